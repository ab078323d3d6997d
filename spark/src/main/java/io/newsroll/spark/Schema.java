package io.newsroll.spark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that the database is one the application created (its migrations made the tables
 * this job writes), and keeps two Spark runs from writing at once.
 */
final class Schema {

	/** The tables the job writes, all made by the application's migrations. */
	static final List<String> TABLES = List.of("article", "article_key", "article_author", "article_band",
			"article_band_pending", "article_mention_pending", "article_mention", "article_mention_scan",
			"article_link", "file_ledger", "reject", "roster_snapshot", "roster_member", "roster_title");

	/**
	 * The application's lock of its ingest job in a PostgreSQL database (its
	 * DatabaseJobLock): the Spark job and {@code newsroll ingest} never write at once.
	 */
	static final String LOCK = "newsroll job ingest";

	private Schema() {
	}

	static void check(Connection connection, String url) throws SQLException, SparkIngest.UsageError {
		List<String> missing = new ArrayList<>();
		try (PreparedStatement st = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
			for (String table : TABLES) {
				st.setString(1, table);
				try (ResultSet rs = st.executeQuery()) {
					rs.next();
					if (!rs.getBoolean(1)) {
						missing.add(table);
					}
				}
			}
		}
		if (!missing.isEmpty()) {
			throw new SparkIngest.UsageError("the database " + url + " lacks newsroll's tables " + missing
					+ ": create them by running newsroll against it once (e.g. `newsroll ingest --db-url " + url
					+ " --input EMPTY_DIR`), then run this again");
		}
	}

	/**
	 * Takes the ingest job's lock for this connection's life (PostgreSQL frees it when
	 * the connection ends, however the driver ends).
	 */
	static boolean lock(Connection connection) throws SQLException {
		try (PreparedStatement st = connection
			.prepareStatement("SELECT pg_try_advisory_lock(hashtextextended(?, 0))")) {
			st.setString(1, LOCK);
			try (ResultSet rs = st.executeQuery()) {
				rs.next();
				return rs.getBoolean(1);
			}
		}
	}

}
