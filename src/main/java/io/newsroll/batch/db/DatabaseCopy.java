package io.newsroll.batch.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Copies a newsroll database (the embedded one, typically) into an empty PostgreSQL
 * database: the target gets newsroll's tables (Flyway) and Spring Batch's, then every row
 * of both, in one transaction, so that a failed copy leaves the target as it was. Job
 * history is copied too, so runs, restarts and {@code jobs list} go on where they were;
 * the database's own counters (job ids, reject ids) continue after the copied rows. The
 * per-day write counts that the article triggers keep are rebuilt by the triggers as the
 * articles arrive, and the reports' day summaries are counted again by the next report.
 */
public final class DatabaseCopy {

	private static final Logger log = LoggerFactory.getLogger(DatabaseCopy.class);

	/** Spring Batch's tables, parents first. */
	static final List<String> BATCH_TABLES = List.of("BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION",
			"BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
			"BATCH_STEP_EXECUTION_CONTEXT");

	/** Tables not copied: migration records, and what the target derives itself. */
	static final Set<String> NOT_COPIED = Set.of(Migrations.HISTORY.toUpperCase(Locale.ROOT),
			Migrations.LEGACY_HISTORY.toUpperCase(Locale.ROOT), "ARTICLE_DAY_WRITES", "REPORT_DAY");

	/** Rows per batch insert. */
	private static final int BATCH = 500;

	/** What was copied: rows per table. */
	public record Result(Map<String, Long> rows) {

		public long total() {
			return this.rows.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/** The target is not an empty PostgreSQL database. */
	public static final class RefusedException extends RuntimeException {

		public RefusedException(String message) {
			super(message);
		}

	}

	private DatabaseCopy() {
	}

	/**
	 * Copies every row of {@code source} (at the current schema) into the database at
	 * {@code url}, which must be PostgreSQL and hold no newsroll rows.
	 * @throws RefusedException when the target is not such a database, or refuses the
	 * login
	 * @throws DatabaseFailures.UnavailableException when its server is out of reach
	 */
	public static Result copy(org.springframework.context.ApplicationContext source, String url, String user,
			String password) throws SQLException {
		return copy(source.getBean(DataSource.class), url, user, password);
	}

	/**
	 * Copies every row of {@code source} into the database at {@code url}; see
	 * {@link #copy(org.springframework.context.ApplicationContext, String, String, String)}.
	 */
	public static Result copy(DataSource source, String url, String user, String password) throws SQLException {
		DatabaseFailures.unsupported(url).ifPresent((failure) -> {
			throw new RefusedException(failure.message());
		});
		try (Connection target = connect(url, user, password)) {
			return copy(source, target);
		}
	}

	private static Connection connect(String url, String user, String password) {
		java.util.Properties p = new java.util.Properties();
		p.setProperty("user", user);
		p.setProperty("password", password);
		p.setProperty("connectTimeout", Integer.toString(DatabaseFailures.CONNECT_TIMEOUT_SECONDS));
		p.setProperty("loginTimeout", Integer.toString(DatabaseFailures.LOGIN_TIMEOUT_SECONDS));
		p.setProperty("ApplicationName", "newsroll db copy");
		try {
			return java.sql.DriverManager.getConnection(url, p);
		}
		catch (SQLException ex) {
			DatabaseFailures.Failure failure = DatabaseFailures.describe(ex, url, user)
				.orElse(new DatabaseFailures.Failure(false, "cannot open the target database "
						+ DatabaseFailures.withoutCredentials(url) + ": " + ex.getMessage()));
			throw failure.configuration() ? new RefusedException(failure.message())
					: new DatabaseFailures.UnavailableException(failure.message(), ex);
		}
	}

	/**
	 * Copies every row of {@code source} (at the current schema) into the database of
	 * {@code target}, which must be PostgreSQL and hold no newsroll rows.
	 */
	static Result copy(DataSource source, Connection target) throws SQLException {
		if (Vendor.of(target) != Vendor.POSTGRESQL) {
			throw new RefusedException(
					"newsroll db copy writes into a PostgreSQL database; the target is " + Vendor.of(target));
		}
		Migrations.migrate(new SingleConnectionDataSource(target, true));
		if (!Migrations.tableExists(target, "BATCH_JOB_INSTANCE")) {
			ScriptUtils.executeSqlScript(target,
					new ClassPathResource("org/springframework/batch/core/schema-postgresql.sql"));
		}
		long held = count(target, "article") + count(target, "BATCH_JOB_INSTANCE");
		if (held > 0) {
			throw new RefusedException(
					"the target database already holds newsroll data (" + count(target, "article") + " articles, "
							+ count(target, "BATCH_JOB_INSTANCE") + " job instances): copy into a new, empty database");
		}
		Map<String, Long> copied = new LinkedHashMap<>();
		boolean autoCommit = target.getAutoCommit();
		target.setAutoCommit(false);
		try (Connection from = source.getConnection()) {
			List<String> tables = new ArrayList<>(BATCH_TABLES);
			tables.addAll(newsrollTables(target));
			for (String table : tables) {
				if (Migrations.tableExists(from, table)) {
					copied.put(table.toLowerCase(Locale.ROOT), copyTable(from, target, table));
				}
			}
			continueCounters(target);
			target.commit();
		}
		catch (SQLException | RuntimeException ex) {
			target.rollback();
			throw ex;
		}
		finally {
			target.setAutoCommit(autoCommit);
		}
		return new Result(copied);
	}

	/** newsroll's tables in the target (as migrated), in name order. */
	private static List<String> newsrollTables(Connection target) throws SQLException {
		Set<String> tables = new TreeSet<>();
		DatabaseMetaData meta = target.getMetaData();
		try (ResultSet rs = meta.getTables(null, target.getSchema(), "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				String name = rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
				if (!name.startsWith("BATCH_") && !NOT_COPIED.contains(name)) {
					tables.add(name);
				}
			}
		}
		return new ArrayList<>(tables);
	}

	private static long copyTable(Connection from, Connection to, String table) throws SQLException {
		List<String> columns = columns(to, table);
		String select = "SELECT " + String.join(", ", columns) + " FROM " + table;
		String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
				+ String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
		long rows = 0;
		try (Statement st = from.createStatement();
				ResultSet rs = st.executeQuery(select);
				PreparedStatement ps = to.prepareStatement(insert)) {
			ResultSetMetaData md = rs.getMetaData();
			int pending = 0;
			while (rs.next()) {
				for (int i = 1; i <= columns.size(); i++) {
					// PostgreSQL's driver says TIMESTAMP for a timestamptz, by its name
					int type = "timestamptz".equals(md.getColumnTypeName(i)) ? Types.TIMESTAMP_WITH_TIMEZONE
							: md.getColumnType(i);
					ps.setObject(i, value(rs, i, type));
				}
				ps.addBatch();
				rows++;
				if (++pending == BATCH) {
					ps.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				ps.executeBatch();
			}
		}
		log.info("db copy: {} rows of {}", rows, table);
		return rows;
	}

	/** A column's value as java.time types, the same on both databases. */
	private static Object value(ResultSet rs, int i, int type) throws SQLException {
		return switch (type) {
			case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, OffsetDateTime.class);
			case Types.TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
			case Types.DATE -> rs.getObject(i, LocalDate.class);
			case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR -> rs.getString(i);
			default -> rs.getObject(i);
		};
	}

	/** The target table's columns, in its order. */
	private static List<String> columns(Connection con, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		for (String name : new String[] { table.toLowerCase(Locale.ROOT), table }) {
			try (ResultSet rs = con.getMetaData().getColumns(null, con.getSchema(), name, null)) {
				while (rs.next()) {
					columns.add(rs.getString("COLUMN_NAME"));
				}
			}
			if (!columns.isEmpty()) {
				break;
			}
		}
		return columns;
	}

	/** Job ids and every identity column continue after the copied rows. */
	private static void continueCounters(Connection to) throws SQLException {
		try (Statement st = to.createStatement()) {
			st.execute("SELECT setval('batch_job_instance_seq', COALESCE((SELECT MAX(job_instance_id) "
					+ "FROM batch_job_instance), 0) + 1, false)");
			st.execute("SELECT setval('batch_job_execution_seq', COALESCE((SELECT MAX(job_execution_id) "
					+ "FROM batch_job_execution), 0) + 1, false)");
			st.execute("SELECT setval('batch_step_execution_seq', COALESCE((SELECT MAX(step_execution_id) "
					+ "FROM batch_step_execution), 0) + 1, false)");
			// every identity column: reject ids, roster load order, and those of later
			// versions
			List<String[]> identities = new ArrayList<>();
			try (ResultSet rs = st.executeQuery("SELECT table_name, column_name FROM information_schema.columns "
					+ "WHERE table_schema = current_schema() AND is_identity = 'YES'")) {
				while (rs.next()) {
					identities.add(new String[] { rs.getString(1), rs.getString(2) });
				}
			}
			for (String[] identity : identities) {
				st.execute("SELECT setval(pg_get_serial_sequence('" + identity[0] + "', '" + identity[1]
						+ "'), COALESCE((SELECT MAX(" + identity[1] + ") FROM " + identity[0] + "), 0) + 1, false)");
			}
		}
	}

	private static long count(Connection con, String table) throws SQLException {
		if (!Migrations.tableExists(con, table)) {
			return 0;
		}
		try (Statement st = con.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
			return rs.next() ? rs.getLong(1) : 0;
		}
	}

}
