package io.newsroll.spark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The Spark job's runs, in a table of its own ({@code spark_run}, created on first use:
 * the application's schema has no place for them, and its run ids are its Spring Batch
 * job executions). Spark runs have negative ids (-1, -2...), so that they never meet an
 * application run's id in the rows both write. A run that did not complete is resumed by
 * the next run over the same input: it keeps its id, so that the files its killed attempt
 * loaded count as this run's, as they do when {@code newsroll ingest} resumes.
 */
final class SparkRuns {

	/** One run: its id, and whether it resumes one that did not complete. */
	record Run(long id, boolean resumed) {
	}

	private final Connection connection;

	private final Clock clock;

	SparkRuns(Connection connection, Clock clock) {
		this.connection = connection;
		this.clock = clock;
	}

	Run begin(String input) throws SQLException {
		try (Statement st = this.connection.createStatement()) {
			st.execute("CREATE TABLE IF NOT EXISTS spark_run (run_id BIGINT NOT NULL PRIMARY KEY, "
					+ "input VARCHAR(2048) NOT NULL, status VARCHAR(16) NOT NULL, "
					+ "started_at TIMESTAMP WITH TIME ZONE NOT NULL, ended_at TIMESTAMP WITH TIME ZONE)");
		}
		long last = 0;
		try (Statement st = this.connection.createStatement();
				ResultSet rs = st.executeQuery("SELECT run_id, input, status FROM spark_run ORDER BY run_id LIMIT 1")) {
			if (rs.next()) {
				last = rs.getLong(1);
				if (!"COMPLETED".equals(rs.getString(3)) && input.equals(rs.getString(2))) {
					update("UPDATE spark_run SET status = 'STARTED', started_at = ?, ended_at = NULL WHERE run_id = ?",
							now(), last);
					return new Run(last, true);
				}
			}
		}
		long id = last - 1;
		update("INSERT INTO spark_run (run_id, input, status, started_at) VALUES (?, ?, 'STARTED', ?)", id, input,
				now());
		return new Run(id, false);
	}

	void end(long runId, boolean completed) throws SQLException {
		update("UPDATE spark_run SET status = ?, ended_at = ? WHERE run_id = ?", completed ? "COMPLETED" : "FAILED",
				now(), runId);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private void update(String sql, Object... args) throws SQLException {
		try (PreparedStatement st = this.connection.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				st.setObject(i + 1, args[i]);
			}
			st.executeUpdate();
		}
	}

}
