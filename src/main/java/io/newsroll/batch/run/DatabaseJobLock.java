package io.newsroll.batch.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.newsroll.batch.db.Vendor;

import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A job's lock in a PostgreSQL database, beside its {@link JobLock} file: runs on
 * different machines share the database but not the lock file, so each run also holds a
 * PostgreSQL session-level advisory lock named after the job for as long as it runs. The
 * server releases it when the session ends, however the process ends (a killed process's
 * connection closes; a dead machine's, when TCP keep-alive gives it up). The embedded
 * database needs none: only processes of one machine open it, and the file lock already
 * keeps them apart.
 */
final class DatabaseJobLock implements AutoCloseable {

	private static final String KEY = "hashtextextended(?, 0)";

	private final Connection connection;

	private final String name;

	private DatabaseJobLock(Connection connection, String name) {
		this.connection = connection;
		this.name = name;
	}

	/** Takes the job's lock, or says who holds it. */
	static DatabaseJobLock acquire(DataSource dataSource, String job) throws JobLock.HeldException {
		String name = "newsroll job " + job;
		Connection con = null;
		try {
			con = dataSource.getConnection();
			if (Vendor.of(con) != Vendor.POSTGRESQL) {
				con.close();
				return new DatabaseJobLock(null, name);
			}
			boolean taken;
			try (PreparedStatement ps = con.prepareStatement("SELECT pg_try_advisory_lock(" + KEY + ")")) {
				ps.setString(1, name);
				try (ResultSet rs = ps.executeQuery()) {
					taken = rs.next() && rs.getBoolean(1);
				}
			}
			if (!taken) {
				String holder = holder(con, name);
				con.close();
				throw new JobLock.HeldException("another run of job '" + job + "' holds its lock in the database ("
						+ holder + "), from this machine or another");
			}
			return new DatabaseJobLock(con, name);
		}
		catch (SQLException ex) {
			close(con);
			throw new CannotGetJdbcConnectionException("cannot take the job lock in the database", ex);
		}
	}

	/** The session holding the lock, as the server knows it. */
	private static String holder(Connection con, String name) throws SQLException {
		try (PreparedStatement ps = con.prepareStatement("SELECT a.pid, a.client_addr, a.application_name, "
				+ "a.backend_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
				+ "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
				+ "AND ((l.classid::bigint << 32) | l.objid::bigint) = " + KEY)) {
			ps.setString(1, name);
			try (ResultSet rs = ps.executeQuery()) {
				if (!rs.next()) {
					return "a session that just ended: run again";
				}
				String address = rs.getString(2);
				return "server session " + rs.getLong(1) + " of " + rs.getString(3) + " from "
						+ ((address != null) ? address : "a local socket") + ", connected " + rs.getString(4);
			}
		}
	}

	@Override
	public void close() {
		if (this.connection == null) {
			return;
		}
		try (PreparedStatement ps = this.connection.prepareStatement("SELECT pg_advisory_unlock(" + KEY + ")")) {
			ps.setString(1, this.name);
			ps.execute();
		}
		catch (SQLException ex) {
			// the session's end releases it in any case
		}
		finally {
			close(this.connection);
		}
	}

	private static void close(Connection con) {
		if (con != null) {
			try {
				con.close();
			}
			catch (SQLException ex) {
				// nothing held that the server does not release with the session
			}
		}
	}

}
