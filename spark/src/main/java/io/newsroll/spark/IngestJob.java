package io.newsroll.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.unix_micros;

/**
 * The Spark plan of one run: the listed files less those the ledger has unchanged, read
 * and extracted in the executors, the article ids that several files give settled (the
 * name sorting first keeps it), stored by the executors a batch of files per transaction,
 * and, on request, written as Parquet.
 */
final class IngestJob {

	private static final Logger log = LoggerFactory.getLogger(IngestJob.class);

	/**
	 * What a run did: files listed, left out as unchanged, and what became of the rest.
	 */
	record Result(long listed, long unchanged, long loaded, long rejectedFiles, long touched) {
	}

	private static final StructType LISTED = new StructType().add("file", DataTypes.StringType, false)
		.add("uri", DataTypes.StringType, false)
		.add("size", DataTypes.LongType, false)
		.add("modified", DataTypes.LongType, false)
		.add("link", DataTypes.BooleanType, false);

	private final SparkSession spark;

	private final IngestSettings settings;

	private final int partitions;

	private final int writers;

	IngestJob(SparkSession spark, IngestSettings settings, int partitions, int writers) {
		this.spark = spark;
		this.settings = settings;
		this.partitions = partitions;
		this.writers = writers;
	}

	Result run(List<ListedFile> listed, String parquet) {
		Phases phases = new Phases();
		Dataset<Row> changed = changed(listed).persist(StorageLevel.MEMORY_AND_DISK());
		long changedCount = changed.count();
		phases.done("ledger look-up: " + changedCount + " of " + listed.size() + " files new or changed");
		int parts = (int) Math.max(1, Math.min(this.partitions, changedCount));
		Dataset<Row> outcomes = changed.repartition(parts)
			.mapPartitions(new PageProcessor(this.settings, hadoopConf()), Encoders.row(Outcomes.OUTCOME))
			.persist(StorageLevel.MEMORY_AND_DISK());
		outcomes.count();
		phases.done("read and extract " + changedCount + " files in " + parts + " partitions");

		// an article id several files of this run give: the file whose name sorts first
		// keeps it (few ids: broadcast to the outcomes, which stay where they are)
		Dataset<Row> shared = outcomes.where(col("status").equalTo(Outcomes.Status.LOADED.name()))
			.groupBy(col("id").as("shared_id"))
			.agg(min("file").as("kept_file"), count(lit(1)).as("files"))
			.where(col("files").gt(1))
			.drop("files");
		Dataset<Row> settled = outcomes
			.join(broadcast(shared), outcomes.col("id").equalTo(shared.col("shared_id")), "left_outer")
			.drop("shared_id");
		// at most this many tasks write at once, each on a connection of its own (the
		// extraction before them is stored, and keeps its parallelism)
		Dataset<Row> written = settled.coalesce(this.writers)
			.mapPartitions(new BatchWriter(this.settings), Encoders.row(Outcomes.OUTCOME))
			.persist(StorageLevel.MEMORY_AND_DISK());
		Map<String, Long> byStatus = new HashMap<>();
		for (Row r : written.groupBy("status").count().collectAsList()) {
			byStatus.put(r.getString(0), r.getLong(1));
		}
		phases.done("database writes: " + byStatus);
		if (parquet != null) {
			writeParquet(written, parquet);
			phases.done("Parquet under " + parquet);
		}
		written.unpersist();
		outcomes.unpersist();
		changed.unpersist();
		return new Result(listed.size(), listed.size() - changedCount,
				byStatus.getOrDefault(Outcomes.Status.LOADED.name(), 0L),
				byStatus.getOrDefault(Outcomes.Status.REJECTED.name(), 0L),
				byStatus.getOrDefault(Outcomes.Status.TOUCHED.name(), 0L));
	}

	/** Logs how long each phase of a run took: where the time goes. */
	static final class Phases {

		private long start = System.nanoTime();

		void done(String what) {
			long now = System.nanoTime();
			log.info("{}: {} ms", what, (now - this.start) / 1_000_000);
			this.start = now;
		}

	}

	/**
	 * The listed files that the ledger does not have with the same size and modification
	 * time, with the content hash it recorded (same bytes: only re-stamped).
	 */
	private Dataset<Row> changed(List<ListedFile> listed) {
		List<Row> rows = new ArrayList<>(listed.size());
		for (ListedFile f : listed) {
			rows.add(RowFactory.create(f.name(), f.uri(), f.size(), f.modifiedMicros(), f.link()));
		}
		Dataset<Row> files = this.spark.createDataFrame(rows, LISTED);
		Database db = this.settings.database();
		Dataset<Row> ledger = this.spark.read()
			.jdbc(db.url(), "(SELECT path, size_bytes, modified, sha256 FROM file_ledger) AS ledger", db.properties());
		Column unchanged = col("path").isNotNull()
			.and(col("size").equalTo(col("size_bytes")))
			.and(col("modified").equalTo(unix_micros(col("ledger_modified"))));
		return files
			.join(ledger.withColumnRenamed("modified", "ledger_modified"), files.col("file").equalTo(col("path")),
					"left_outer")
			.where(unchanged.unary_$bang())
			.select(col("file"), col("uri"), col("size"), col("modified"), col("link"),
					col("sha256").as("recorded_sha"));
	}

	/**
	 * Articles and rejects of this run for a data lake: {@code PATH/articles} and
	 * {@code PATH/rejects}, one {@code run_id=} directory per run, appended.
	 */
	private void writeParquet(Dataset<Row> written, String path) {
		Column run = lit(this.settings.runId());
		written.where(col("status").equalTo(Outcomes.Status.LOADED.name()))
			.drop("status", "violations", "roster", "size", "modified")
			.withColumn("run_id", run)
			.write()
			.mode(SaveMode.Append)
			.partitionBy("run_id")
			.parquet(path + "/articles");
		written.select(explode(col("violations")).as("v"))
			.select(col("v.file"), col("v.location"), col("v.reason"), col("v.message"))
			.withColumn("run_id", run)
			.write()
			.mode(SaveMode.Append)
			.partitionBy("run_id")
			.parquet(path + "/rejects");
	}

	/**
	 * The driver's Hadoop settings (spark.hadoop.*, credentials...), for the executors.
	 */
	private Map<String, String> hadoopConf() {
		Configuration conf = this.spark.sparkContext().hadoopConfiguration();
		Map<String, String> map = new HashMap<>();
		conf.forEach((e) -> map.put(e.getKey(), e.getValue()));
		return map;
	}

}
