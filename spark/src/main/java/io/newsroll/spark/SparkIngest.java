package io.newsroll.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

import io.newsroll.core.clock.SystemClocks;

import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsroll-spark}: {@code newsroll ingest}'s article load on Apache Spark, for
 * corpora one machine cannot hold. Lists the article files under any Hadoop path, skips
 * those the file ledger has unchanged, extracts and validates the rest in the executors
 * with newsroll's core, and stores articles, rejects, page rosters and ledger rows in the
 * PostgreSQL database the application created. Copy linking and mention linking are left
 * queued for the application's own steps ({@code newsroll ingest} over the database),
 * which make the end state the same as ingest's.
 */
@Command(name = "newsroll-spark", mixinStandardHelpOptions = true, sortOptions = false,
		version = "newsroll-spark 0.1.0",
		description = {
				"Extract, validate and load the article files under a Hadoop path (file://, hdfs://, s3a://...) "
						+ "into newsroll's PostgreSQL database, on Apache Spark.",
				"Files the ledger has unchanged are skipped; a run that failed or was killed is resumed by the next run "
						+ "over the same input. Then run `newsroll ingest` against the same database to link copies "
						+ "and roster mentions." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:completed (rejects alone do not fail a run)", "1:failed (run it again to resume)",
				"2:usage or configuration error",
				"3:another ingest (newsroll ingest or newsroll-spark) is writing to the database" })
public class SparkIngest implements Callable<Integer> {

	private static final Logger log = LoggerFactory.getLogger(SparkIngest.class);

	static final int OK = 0;

	static final int FAILED = 1;

	static final int USAGE = 2;

	static final int LOCKED = 3;

	@Option(names = "--master", paramLabel = "URL",
			description = "Spark master, e.g. local[*] (default: what spark-submit or spark.master sets).")
	String master;

	@Option(names = "--input", paramLabel = "PATH", required = true,
			description = "Article files, searched recursively: a directory or any Hadoop URI (hdfs://, s3a://...).")
	String input;

	@Option(names = "--db-url", paramLabel = "JDBC_URL",
			description = "PostgreSQL JDBC URL (default: $NEWSROLL_DB_URL).")
	String dbUrl;

	@Option(names = "--db-user", paramLabel = "USER", description = "Database user (default: $NEWSROLL_DB_USER).")
	String dbUser;

	@Option(names = "--db-password", paramLabel = "PASSWORD",
			description = "Database password (default: $NEWSROLL_DB_PASSWORD).")
	String dbPassword;

	@Option(names = "--parquet", paramLabel = "PATH",
			description = "Also write the run's articles and rejects as Parquet under PATH/articles and PATH/rejects.")
	String parquet;

	@Option(names = "--partitions", paramLabel = "N",
			description = "Partitions of the files to extract (default: 4 per core Spark offers).")
	Integer partitions;

	@Option(names = "--writers", paramLabel = "N", defaultValue = "8",
			description = "Tasks that write to the database at once, each on a connection of its own "
					+ "(default: ${DEFAULT-VALUE}).")
	int writers;

	@Option(names = "--batch-files", paramLabel = "N", defaultValue = "100",
			description = "Files per database transaction (default: ${DEFAULT-VALUE}).")
	int batchFiles;

	@Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Asia/Shanghai",
			description = "Zone of pages without an offset, and of local publication times (newsroll.zone; "
					+ "default: ${DEFAULT-VALUE}).")
	ZoneId zone;

	@Option(names = "--max-file-bytes", paramLabel = "N", defaultValue = "" + IngestSettings.MAX_FILE_BYTES,
			description = "Larger files are rejected as TOO_LARGE unread (default: ${DEFAULT-VALUE}).")
	long maxFileBytes;

	@Option(names = "--max-decompressed-bytes", paramLabel = "N",
			defaultValue = "" + IngestSettings.MAX_DECOMPRESSED_BYTES,
			description = "A page inflating beyond this is rejected as TOO_LARGE (default: ${DEFAULT-VALUE}).")
	long maxDecompressedBytes;

	@Option(names = "--max-dom-depth", paramLabel = "N", defaultValue = "" + IngestSettings.MAX_DOM_DEPTH,
			description = "Deeper HTML nesting is cut off (default: ${DEFAULT-VALUE}).")
	int maxDomDepth;

	@Option(names = "--min-body-chars", paramLabel = "N", defaultValue = "" + IngestSettings.MIN_BODY_CHARS,
			description = "Shorter bodies are rejected as BODY_TOO_SHORT (default: ${DEFAULT-VALUE}).")
	int minBodyChars;

	@Option(names = "--max-file-millis", paramLabel = "N", defaultValue = "" + IngestSettings.MAX_FILE_MILLIS,
			description = "A page taking longer to extract is rejected as TIME_LIMIT; 0: no limit "
					+ "(default: ${DEFAULT-VALUE}).")
	long maxFileMillis;

	/** The kill tests' hook: halt the JVM after this many files are committed. */
	@Option(names = "--halt-after-files", hidden = true, defaultValue = "0")
	int haltAfterFiles;

	@Spec
	CommandSpec spec;

	private final Clock clock;

	public SparkIngest() {
		this(SystemClocks.utc());
	}

	SparkIngest(Clock clock) {
		this.clock = clock;
	}

	public static void main(String[] args) {
		System.exit(run(new SparkIngest(), args));
	}

	static int run(SparkIngest command, String... args) {
		return commandLine(command).execute(args);
	}

	/** The command line, with the failure handling that gives the exit codes. */
	static CommandLine commandLine(SparkIngest command) {
		CommandLine cli = new CommandLine(command);
		cli.setExecutionExceptionHandler((ex, line, parsed) -> {
			if (ex instanceof UsageError usage) {
				line.getErr().println("newsroll-spark: " + usage.getMessage());
				return USAGE;
			}
			String message = (ex instanceof Failure) ? ex.getMessage()
					: BatchWriter.rootMessage(ex) + "; run it again to resume (details in the log, "
							+ System.getProperty("newsroll.spark.log", "logs/newsroll-spark.log") + ")";
			line.getErr().println("newsroll-spark: failed: " + message.lines().findFirst().orElse(""));
			log.error("newsroll-spark failed", ex);
			return FAILED;
		});
		return cli;
	}

	/** A failure whose message says what to do: exit 1 and that line. */
	static final class Failure extends Exception {

		Failure(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/** A configuration the job cannot run with: exit 2 and one line. */
	static final class UsageError extends Exception {

		UsageError(String message) {
			super(message);
		}

	}

	@Override
	public Integer call() throws Exception {
		Database db = database();
		check("--batch-files", this.batchFiles, 1);
		check("--writers", this.writers, 1);
		check("--max-file-bytes", this.maxFileBytes, 1);
		check("--max-decompressed-bytes", this.maxDecompressedBytes, 1);
		check("--max-dom-depth", this.maxDomDepth, 16);
		check("--max-file-millis", this.maxFileMillis, 0);
		PrintWriter out = this.spec.commandLine().getOut();
		long start = System.nanoTime();
		try (Connection connection = connect(db)) {
			Schema.check(connection, db.url());
			if (!Schema.lock(connection)) {
				this.spec.commandLine()
					.getErr()
					.println(
							"newsroll-spark: another ingest (newsroll ingest or newsroll-spark) holds the ingest lock in "
									+ db.url() + "; run again when it has ended");
				return LOCKED;
			}
			SparkRuns runs = new SparkRuns(connection, this.clock);
			SparkRuns.Run run = runs.begin(this.input);
			IngestSettings settings = new IngestSettings(this.zone, this.maxFileBytes, this.maxDecompressedBytes,
					this.maxDomDepth, this.minBodyChars, this.maxFileMillis, this.clock, db, run.id(), this.batchFiles,
					this.haltAfterFiles);
			IngestJob.Result result;
			IngestJob.Phases phases = new IngestJob.Phases();
			try (SparkSession spark = session()) {
				phases.done("Spark session");
				List<ListedFile> files = list(spark);
				phases.done("listing: " + files.size() + " article files under " + this.input);
				int parts = (this.partitions != null) ? this.partitions : 4 * spark.sparkContext().defaultParallelism();
				result = new IngestJob(spark, settings, parts, this.writers).run(files, this.parquet);
			}
			catch (UsageError | RuntimeException ex) {
				runs.end(run.id(), false);
				throw ex;
			}
			runs.end(run.id(), true);
			Summary.of(connection, run, result, Duration.ofNanos(System.nanoTime() - start)).print(out);
			return OK;
		}
	}

	private Database database() throws UsageError {
		String url = firstNonBlank(this.dbUrl, System.getenv("NEWSROLL_DB_URL"));
		if (url == null) {
			throw new UsageError("no database: give --db-url (or set NEWSROLL_DB_URL)");
		}
		if (!url.startsWith("jdbc:postgresql:")) {
			throw new UsageError("--db-url " + url + " is not a PostgreSQL JDBC URL (jdbc:postgresql://HOST/DB): "
					+ "the Spark job loads into newsroll's PostgreSQL database");
		}
		return new Database(url, firstNonBlank(this.dbUser, System.getenv("NEWSROLL_DB_USER")),
				firstNonBlank(this.dbPassword, System.getenv("NEWSROLL_DB_PASSWORD")));
	}

	private static Connection connect(Database db) throws Failure {
		try {
			return db.open();
		}
		catch (SQLException ex) {
			throw new Failure("cannot connect to " + db.url() + " (" + BatchWriter.rootMessage(ex)
					+ "); check that the database server runs and the URL, user and password", ex);
		}
	}

	private SparkSession session() {
		SparkSession.Builder builder = SparkSession.builder()
			.appName("newsroll-spark")
			.config("spark.sql.datetime.java8API.enabled", "true")
			.config("spark.ui.showConsoleProgress", "false");
		if (this.master != null) {
			builder.master(this.master);
			if (this.master.startsWith("local")) {
				builder.config("spark.ui.enabled", "false");
			}
		}
		return builder.getOrCreate();
	}

	private List<ListedFile> list(SparkSession spark) throws UsageError {
		try {
			return FileListing.list(this.input, spark.sparkContext().hadoopConfiguration());
		}
		catch (FileListing.NoInput ex) {
			throw new UsageError(ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + this.input + ": " + ex.getMessage(), ex);
		}
	}

	private static void check(String option, long value, long min) throws UsageError {
		if (value < min) {
			throw new UsageError(option + " must be at least " + min + ", not " + value);
		}
	}

	private static String firstNonBlank(String... values) {
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				return v;
			}
		}
		return null;
	}

}
