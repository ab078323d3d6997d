package io.newsroll.batch.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import io.newsroll.batch.db.DatabaseFailures;
import io.newsroll.batch.db.HsqldbUrls;
import io.newsroll.batch.db.Migrations;
import io.newsroll.batch.db.Vendor;
import io.newsroll.batch.rejects.RejectRepository;
import io.newsroll.core.clock.SystemClocks;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The execution history and the rejects read over one plain JDBC connection, without the
 * Spring context (no job repository, no Flyway, no connection pool), for the commands
 * that only read: they start in a fraction of the time (docs/performance.md, "Start-up of
 * the small commands"). The queries are {@link RunHistory}'s and
 * {@link RejectRepository}'s own, so both ways print the same.
 * <p>
 * Only a database whose schema is current is read this way: one that nothing has run in
 * yet reads as empty (an embedded database that does not exist is not created), and one
 * whose schema an upgrade must migrate first is left to the Spring context, which
 * migrates it as every command does ({@link #open} is then empty).
 */
public final class PlainReads implements AdminReads, AutoCloseable {

	/** Spring Batch's table of executions: present once any job has run. */
	static final String EXECUTIONS = "BATCH_JOB_EXECUTION";

	private final Connection connection;

	private final AdminReads reads;

	private PlainReads(Connection connection, AdminReads reads) {
		this.connection = connection;
		this.reads = reads;
	}

	/**
	 * Opens the database at {@code url} for reading, logging in with {@code login}
	 * ({@code user}, {@code password} and any driver property); empty when its schema is
	 * not current. A database that cannot be opened throws, with the driver's exception
	 * as the cause.
	 */
	public static Optional<PlainReads> open(String url, Properties login) {
		if (HsqldbUrls.isFile(url) && !exists(HsqldbUrls.path(url))) {
			return Optional.of(new PlainReads(null, NONE));
		}
		Properties properties = new Properties();
		properties.putAll(login);
		if (Vendor.ofUrl(url).orElse(null) == Vendor.POSTGRESQL) {
			DatabaseFailures.serverDefaults(properties);
		}
		Connection con;
		try {
			con = DriverManager.getConnection(url, properties);
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("cannot open the database", ex);
		}
		try {
			int version = Migrations.version(con);
			boolean executions = Migrations.tableExists(con, EXECUTIONS);
			if (version == 0 && !executions) {
				return Optional.of(new PlainReads(con, NONE));
			}
			if (version != Migrations.LATEST || !executions) {
				con.close();
				return Optional.empty();
			}
			con.setReadOnly(true);
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(con, true));
			// the repository only reads here: its clock (for the rejects it stores) is
			// never
			// asked
			return Optional.of(new PlainReads(con,
					AdminReads.of(new RunHistory(jdbc), new RejectRepository(jdbc, SystemClocks.utc()))));
		}
		catch (SQLException ex) {
			closeQuietly(con, ex);
			throw new DataAccessResourceFailureException("cannot read the database's schema", ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(con, ex);
			throw ex;
		}
	}

	/**
	 * Whether an HSQLDB file database is there: HSQLDB writes its {@code .properties} and
	 * {@code .script} files when it creates one.
	 */
	private static boolean exists(Path db) {
		return Files.exists(db.resolveSibling(db.getFileName() + ".properties"))
				|| Files.exists(db.resolveSibling(db.getFileName() + ".script"));
	}

	private static void closeQuietly(Connection con, Exception failure) {
		try {
			con.close();
		}
		catch (SQLException ex) {
			failure.addSuppressed(ex);
		}
	}

	@Override
	public List<RunHistory.Run> runs(String status, String job, int limit) {
		return this.reads.runs(status, job, limit);
	}

	@Override
	public RunHistory.Run run(long id) {
		return this.reads.run(id);
	}

	@Override
	public List<RunHistory.StepRun> steps(long id) {
		return this.reads.steps(id);
	}

	@Override
	public String exitMessage(long id) {
		return this.reads.exitMessage(id);
	}

	@Override
	public List<RejectRepository.Reject> rejects(Long runId, String reason) {
		return this.reads.rejects(runId, reason);
	}

	/** Closes the connection (an embedded database shuts down with its last one). */
	@Override
	public void close() {
		if (this.connection != null) {
			try {
				this.connection.close();
			}
			catch (SQLException ex) {
				throw new DataAccessResourceFailureException("cannot close the database", ex);
			}
		}
	}

}
