package io.newsroll.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One PostgreSQL server for the tests of a JVM (zonky's embedded binaries), started on
 * first use and stopped when the JVM ends; each test makes its own database in it.
 */
final class PostgresServer {

	private static EmbeddedPostgres server;

	private static int databases;

	private PostgresServer() {
	}

	static synchronized EmbeddedPostgres get() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot start the embedded PostgreSQL server", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ex) {
					// the JVM ends anyway
				}
			}));
		}
		return server;
	}

	/** A new empty database; its JDBC URL. */
	static synchronized String newDatabase() throws SQLException {
		String name = "newsroll" + (++databases);
		try (Connection c = get().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
			st.execute("CREATE DATABASE " + name);
		}
		return get().getJdbcUrl("postgres", name);
	}

}
