package io.newsroll.batch.admin;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import io.newsroll.batch.db.Vendor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The execution history for admins, read from Spring Batch's job repository tables and
 * newsroll's reject table: one row per execution with its identifying parameters, status,
 * times (the JVM's wall clock, as Spring Batch keeps them), counts, and the later
 * execution of the same job instance that resumed it, if any.
 */
@Repository
public class RunHistory {

	/**
	 * One execution. Counts are over the file steps: read = files seen, skipped =
	 * unchanged files.
	 */
	public record Run(long id, String job, String parameters, String status, String exitCode, LocalDateTime start,
			LocalDateTime end, long read, long written, long skipped, long rejected, Long resumedBy) {

		public Duration duration() {
			return (this.start != null && this.end != null) ? Duration.between(this.start, this.end) : null;
		}

	}

	/** One step of an execution. */
	public record StepRun(String name, String status, long read, long written, long filtered, long commits,
			long rollbacks, LocalDateTime start, LocalDateTime end, String exitCode, String exitMessage) {

	}

	private static final String RUNS = """
			SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.EXIT_CODE, e.START_TIME, e.END_TIME,
			  (SELECT COALESCE(SUM(s.READ_COUNT), 0) FROM BATCH_STEP_EXECUTION s WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND (s.STEP_NAME LIKE '%:partition%' OR s.STEP_NAME LIKE '%Files')),
			  (SELECT COALESCE(SUM(s.WRITE_COUNT), 0) FROM BATCH_STEP_EXECUTION s WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND (s.STEP_NAME LIKE '%:partition%' OR s.STEP_NAME LIKE '%Files')),
			  (SELECT COALESCE(SUM(s.FILTER_COUNT), 0) FROM BATCH_STEP_EXECUTION s WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND (s.STEP_NAME LIKE '%:partition%' OR s.STEP_NAME LIKE '%Files')),
			  (SELECT COUNT(*) FROM reject r WHERE r.run_id = e.JOB_EXECUTION_ID),
			  (SELECT {parameters}
			     FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.IDENTIFYING = 'Y'),
			  (SELECT MIN(n.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION n
			     WHERE n.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID AND n.JOB_EXECUTION_ID > e.JOB_EXECUTION_ID)
			FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
			""";

	/** The execution query, its parameters joined as the database says it. */
	private String runs() {
		String sql = this.runs;
		if (sql == null) {
			sql = RUNS.replace("{parameters}", Vendor.of(this.jdbc.getDataSource())
				.joined("p.PARAMETER_NAME || '=' || p.PARAMETER_VALUE", " ", "p.PARAMETER_NAME"));
			this.runs = sql;
		}
		return sql;
	}

	private final JdbcTemplate jdbc;

	private volatile String runs;

	public RunHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest executions first, filtered by status and job when given. */
	public List<Run> list(String status, String job, int limit) {
		StringBuilder sql = new StringBuilder(runs()).append(" WHERE 1 = 1");
		List<Object> args = new ArrayList<>();
		if (status != null) {
			sql.append(" AND e.STATUS = ?");
			args.add(status.toUpperCase(java.util.Locale.ROOT));
		}
		if (job != null) {
			sql.append(" AND i.JOB_NAME = ?");
			args.add(job);
		}
		sql.append(" ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
		return this.jdbc.query(sql.toString(),
				(rs, i) -> new Run(rs.getLong(1), rs.getString(2), rs.getString(11), rs.getString(3), rs.getString(4),
						ldt(rs.getTimestamp(5)), ldt(rs.getTimestamp(6)), rs.getLong(7), rs.getLong(8), rs.getLong(9),
						rs.getLong(10), (Long) rs.getObject(12, Long.class)),
				args.toArray());
	}

	public Run get(long id) {
		List<Run> runs = this.jdbc.query(runs() + " WHERE e.JOB_EXECUTION_ID = ?",
				(rs, i) -> new Run(rs.getLong(1), rs.getString(2), rs.getString(11), rs.getString(3), rs.getString(4),
						ldt(rs.getTimestamp(5)), ldt(rs.getTimestamp(6)), rs.getLong(7), rs.getLong(8), rs.getLong(9),
						rs.getLong(10), (Long) rs.getObject(12, Long.class)),
				id);
		return runs.isEmpty() ? null : runs.get(0);
	}

	public List<StepRun> steps(long id) {
		return this.jdbc.query(
				"""
						SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT, FILTER_COUNT, COMMIT_COUNT, ROLLBACK_COUNT, START_TIME,
						  END_TIME, EXIT_CODE, EXIT_MESSAGE
						FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID""",
				(rs, i) -> new StepRun(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getLong(6), rs.getLong(7), ldt(rs.getTimestamp(8)), ldt(rs.getTimestamp(9)),
						rs.getString(10), rs.getString(11)),
				id);
	}

	/** The job execution's exit message: the failure, when it failed. */
	public String exitMessage(long id) {
		List<String> m = this.jdbc
			.queryForList("SELECT EXIT_MESSAGE FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", String.class, id);
		return m.isEmpty() ? null : m.get(0);
	}

	/**
	 * The root cause of a failure in one line, from the exit message Spring Batch keeps
	 * (a stack trace): the last {@code Caused by:} line, else the first line.
	 */
	public static String rootCause(String exitMessage) {
		if (exitMessage == null || exitMessage.isBlank()) {
			return null;
		}
		String cause = null;
		for (String line : exitMessage.lines().toList()) {
			String l = line.strip();
			if (l.startsWith("Caused by: ")) {
				cause = l.substring("Caused by: ".length());
			}
		}
		return (cause != null) ? cause : exitMessage.lines().findFirst().orElse("").strip();
	}

	private static LocalDateTime ldt(java.sql.Timestamp ts) {
		return (ts != null) ? ts.toLocalDateTime() : null;
	}

}
