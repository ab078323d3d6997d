package io.newsroll.spark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Not a test: the PostgreSQL server of docs/spark.md's benchmark, started from the test
 * class path ({@code java -cp ... io.newsroll.spark.BenchmarkDatabase PORT DIR}), with a
 * database {@code newsroll} holding the stand-in schema; it serves until killed.
 */
public final class BenchmarkDatabase {

	private BenchmarkDatabase() {
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		Path dir = Files.createDirectories(Path.of(args[1]));
		EmbeddedPostgres server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dir).start();
		try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
			st.execute("CREATE DATABASE newsroll");
		}
		try (Connection c = server.getDatabase("postgres", "newsroll").getConnection();
				Statement st = c.createStatement()) {
			st.execute(new String(BenchmarkDatabase.class.getResourceAsStream("/postgres-schema.sql").readAllBytes(),
					StandardCharsets.UTF_8));
		}
		System.out.println(server.getJdbcUrl("postgres", "newsroll"));
		Thread.sleep(Long.MAX_VALUE);
	}

}
