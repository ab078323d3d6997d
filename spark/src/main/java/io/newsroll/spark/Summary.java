package io.newsroll.spark;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one-screen summary that ends a run, as {@code newsroll ingest}'s: files seen,
 * skipped as unchanged, loaded, rejected by reason, time; then the next step.
 *
 * @param run the run
 * @param result what this attempt did
 * @param loaded files loaded by the run (all its attempts)
 * @param rejectsByReason the run's rejects by reason code, most frequent first
 * @param took wall-clock time of this attempt
 */
record Summary(SparkRuns.Run run, IngestJob.Result result, long loaded, Map<String, Long> rejectsByReason,
		Duration took) {

	static Summary of(Connection connection, SparkRuns.Run run, IngestJob.Result result, Duration took)
			throws SQLException {
		long loaded;
		try (PreparedStatement st = connection
			.prepareStatement("SELECT COUNT(*) FROM file_ledger WHERE run_id = ? AND status = 'LOADED'")) {
			st.setLong(1, run.id());
			try (ResultSet rs = st.executeQuery()) {
				rs.next();
				loaded = rs.getLong(1);
			}
		}
		Map<String, Long> reasons = new LinkedHashMap<>();
		try (PreparedStatement st = connection.prepareStatement("SELECT reason, COUNT(*) FROM reject WHERE run_id = ? "
				+ "GROUP BY reason ORDER BY COUNT(*) DESC, reason")) {
			st.setLong(1, run.id());
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					reasons.put(rs.getString(1), rs.getLong(2));
				}
			}
		}
		return new Summary(run, result, loaded, reasons, took);
	}

	long rejected() {
		return this.rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
	}

	void print(PrintWriter out) {
		out.println("──────────────────────────────────────────────");
		out.printf("newsroll-spark ingest  run %d  COMPLETED%s%n", this.run.id(),
				this.run.resumed() ? " (resumed)" : "");
		out.printf("  files seen        %,10d%n", this.result.listed());
		out.printf("  skipped unchanged %,10d%n", this.result.unchanged() + this.result.touched());
		out.printf("  loaded            %,10d%n", this.loaded);
		out.printf("  rejected          %,10d%n", rejected());
		this.rejectsByReason.forEach((reason, n) -> out.printf("    %-16s%,10d%n", reason, n));
		out.printf("  time              %d.%03d s%n", this.took.toSeconds(), this.took.toMillisPart());
		out.println("  next              copies and roster mentions are linked by `newsroll ingest` on this database");
		out.println("──────────────────────────────────────────────");
		out.flush();
	}

}
