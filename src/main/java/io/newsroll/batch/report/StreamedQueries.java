package io.newsroll.batch.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

import io.newsroll.report.RowSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Queries whose results are too long to hold: read through a forward-only cursor, each
 * row handed on and forgotten, and walked over a date range a week at a time.
 */
final class StreamedQueries {

	/** Rows fetched per round trip. */
	static final int FETCH_SIZE = 1000;

	/**
	 * Results longer than this are kept on disk by HSQLDB: a safety net for an unusually
	 * dense week, since an in-process HSQLDB otherwise builds each result whole in the
	 * heap, whatever the fetch size.
	 */
	static final int SPILL_ROWS = 200_000;

	/** Days per query of a {@link #weekByWeek} walk. */
	static final int CHUNK_DAYS = 7;

	/** Reads one row of a result. */
	@FunctionalInterface
	interface RowReader<T> {

		T read(ResultSet rs) throws SQLException;

	}

	private final JdbcTemplate jdbc;

	StreamedQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A list read through a forward-only cursor, {@link #FETCH_SIZE} rows at a time. On
	 * HSQLDB the session keeps results over {@link #SPILL_ROWS} rows on disk.
	 */
	<T> RowSource<T> cursor(String sql, RowReader<T> reader, Object[] params) {
		return (Consumer<? super T> action) -> {
			Long rows = this.jdbc.execute((ConnectionCallback<Long>) (con) -> {
				boolean hsqldb = isHsqldb(con);
				// PostgreSQL's driver fetches in pages only inside a transaction, else
				// it reads the whole result at once
				boolean ownTransaction = !hsqldb && con.getAutoCommit();
				if (hsqldb) {
					try (Statement st = con.createStatement()) {
						st.execute("SET SESSION RESULT MEMORY ROWS " + SPILL_ROWS);
					}
				}
				if (ownTransaction) {
					con.setAutoCommit(false);
				}
				try (PreparedStatement ps = con.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
						ResultSet.CONCUR_READ_ONLY)) {
					ps.setFetchSize(FETCH_SIZE);
					for (int i = 0; i < params.length; i++) {
						ps.setObject(i + 1, params[i]);
					}
					long n = 0;
					try (ResultSet rs = ps.executeQuery()) {
						while (rs.next()) {
							action.accept(reader.read(rs));
							n++;
						}
					}
					return n;
				}
				finally {
					if (ownTransaction) {
						con.rollback();
						con.setAutoCommit(true);
					}
					if (hsqldb) {
						try (Statement st = con.createStatement()) {
							st.execute("SET SESSION RESULT MEMORY ROWS 0");
						}
					}
				}
			});
			return (rows != null) ? rows : 0;
		};
	}

	/**
	 * Walks a query over the days {@code from} (included) to {@code until} (excluded) a
	 * week at a time, in order: {@code sql} has the two {@code published_local} bounds as
	 * its only parameters. A week of articles is what the database sorts and holds at
	 * once, so the cost stays one index range scan in all (a single query over a million
	 * rows would be sorted or spilled to disk as a whole).
	 */
	<T> RowSource<T> weekByWeek(String sql, RowReader<T> reader, LocalDate from, LocalDate until) {
		return (Consumer<? super T> action) -> {
			long n = 0;
			for (LocalDate start = from; start.isBefore(until); start = start.plusDays(CHUNK_DAYS)) {
				LocalDate end = start.plusDays(CHUNK_DAYS);
				if (end.isAfter(until)) {
					end = until;
				}
				n += cursor(sql, reader, new Object[] { start.atStartOfDay(), end.atStartOfDay() }).forEach(action);
			}
			return n;
		};
	}

	static boolean isHsqldb(Connection con) throws SQLException {
		return con.getMetaData().getDatabaseProductName().toUpperCase(Locale.ROOT).contains("HSQL");
	}

}
