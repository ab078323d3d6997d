package io.newsroll.spark;

import java.util.ArrayList;
import java.util.List;

import io.newsroll.core.reject.Violation;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The rows that flow through the job: a file listed (with what the ledger recorded of
 * it), and what processing it gave (an article, rejects, or only a new modification
 * time), one row per file, the article's columns named as in the {@code article} table.
 */
final class Outcomes {

	private Outcomes() {
	}

	/** What became of a file. */
	enum Status {

		/** An article to load. */
		LOADED,
		/** Rejected, for one or more reasons. */
		REJECTED,
		/** Same content as recorded, only the modification time moved. */
		TOUCHED

	}

	/** A listed file that the ledger does not have unchanged. */
	static final StructType CHANGED = new StructType().add("file", DataTypes.StringType, false)
		.add("uri", DataTypes.StringType, false)
		.add("size", DataTypes.LongType, false)
		.add("modified", DataTypes.LongType, false)
		.add("link", DataTypes.BooleanType, false)
		.add("recorded_sha", DataTypes.StringType, true);

	static final StructType VIOLATION = new StructType().add("file", DataTypes.StringType, false)
		.add("location", DataTypes.StringType, true)
		.add("reason", DataTypes.StringType, false)
		.add("message", DataTypes.StringType, false);

	private static final StructField[] FIELDS = {
			// the file
			field("file", DataTypes.StringType, false), field("size", DataTypes.LongType, false),
			field("modified", DataTypes.LongType, false), field("sha256", DataTypes.StringType, true),
			field("status", DataTypes.StringType, false),
			field("violations", DataTypes.createArrayType(VIOLATION, false), false),
			// its article
			field("id", DataTypes.StringType, true), field("format", DataTypes.StringType, true),
			field("encoding", DataTypes.StringType, true), field("site", DataTypes.StringType, true),
			field("site_domain", DataTypes.StringType, true), field("url", DataTypes.StringType, true),
			field("channel", DataTypes.StringType, true), field("series", DataTypes.StringType, true),
			field("title", DataTypes.StringType, true),
			field("authors", DataTypes.createArrayType(DataTypes.StringType, false), true),
			field("published", DataTypes.TimestampType, true),
			field("published_local", DataTypes.TimestampNTZType, true), field("kicker", DataTypes.StringType, true),
			field("lead", DataTypes.StringType, true),
			field("subheadings", DataTypes.createArrayType(DataTypes.StringType, false), true),
			field("body", DataTypes.StringType, true), field("body_chars", DataTypes.IntegerType, true),
			field("body_hash", DataTypes.StringType, true), field("body_simhash", DataTypes.LongType, true),
			field("author_note", DataTypes.StringType, true), field("source", DataTypes.StringType, true),
			field("source_publication", DataTypes.StringType, true), field("editor", DataTypes.StringType, true),
			field("lang", DataTypes.StringType, true),
			field("warnings", DataTypes.createArrayType(DataTypes.StringType, false), true),
			// a roster block the page carries (PageRoster's bytes)
			field("roster", DataTypes.BinaryType, true) };

	/** What processing a file gave. */
	static final StructType OUTCOME = new StructType(FIELDS);

	private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
		return DataTypes.createStructField(name, type, nullable);
	}

	/** A file's outcome without an article: rejected, or touched. */
	static Row withoutArticle(Row changed, String sha256, Status status, List<Violation> violations) {
		Object[] values = new Object[FIELDS.length];
		values[0] = changed.getString(0);
		values[1] = changed.getLong(2);
		values[2] = changed.getLong(3);
		values[3] = sha256;
		values[4] = status.name();
		values[5] = violations(violations);
		return RowFactory.create(values);
	}

	/** The same outcome, rejected after all. */
	static Row rejected(Row outcome, List<Violation> violations) {
		Object[] values = new Object[FIELDS.length];
		for (int i = 0; i < 4; i++) {
			values[i] = outcome.get(i);
		}
		values[4] = Status.REJECTED.name();
		values[5] = violations(violations);
		return RowFactory.create(values);
	}

	/** The outcome's own columns, without any the job added for its own use. */
	static Row trim(Row outcome) {
		if (outcome.length() == FIELDS.length) {
			return outcome;
		}
		Object[] values = new Object[FIELDS.length];
		for (int i = 0; i < values.length; i++) {
			values[i] = outcome.get(i);
		}
		return RowFactory.create(values);
	}

	/** Violations as the rows of the {@code violations} column. */
	static List<Row> violationRows(List<Violation> violations) {
		List<Row> rows = new ArrayList<>(violations.size());
		for (Violation v : violations) {
			rows.add(RowFactory.create(v.file(), v.location(), v.reason().name(), v.message()));
		}
		return rows;
	}

	static Seq<Row> violations(List<Violation> violations) {
		return seq(violationRows(violations));
	}

	/** A list as a Row holds an array: a Scala sequence. */
	static <T> Seq<T> seq(List<T> list) {
		return CollectionConverters.asScala(list).toSeq();
	}

	static String file(Row outcome) {
		return outcome.getString(0);
	}

	static Status status(Row outcome) {
		return Status.valueOf(outcome.getString(4));
	}

	static String id(Row outcome) {
		return outcome.getString(6);
	}

}
