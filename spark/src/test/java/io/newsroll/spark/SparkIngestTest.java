package io.newsroll.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the command says and returns before any Spark work: usage and configuration errors
 * (exit 2), a database it cannot reach (exit 1), another ingest at work (exit 3), each in
 * one line.
 */
class SparkIngestTest {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine cli = SparkIngest.commandLine(new SparkIngest());
		cli.setOut(new PrintWriter(this.out, true));
		cli.setErr(new PrintWriter(this.err, true));
		return cli.execute(args);
	}

	@Test
	void aMissingInputIsAUsageError() {
		assertThat(run("--db-url", "jdbc:postgresql://localhost/x")).isEqualTo(SparkIngest.USAGE);
		assertThat(this.err.toString()).contains("--input");
	}

	@Test
	void aDatabaseOtherThanPostgresqlIsAConfigurationError() {
		assertThat(run("--input", "in", "--db-url", "jdbc:hsqldb:file:db")).isEqualTo(SparkIngest.USAGE);
		assertThat(this.err.toString().strip())
			.isEqualTo("newsroll-spark: --db-url jdbc:hsqldb:file:db is not a PostgreSQL JDBC URL "
					+ "(jdbc:postgresql://HOST/DB): the Spark job loads into newsroll's PostgreSQL database");
	}

	@Test
	void aLimitOutOfRangeIsAConfigurationError() {
		assertThat(run("--input", "in", "--db-url", "jdbc:postgresql://localhost/x", "--writers", "0"))
			.isEqualTo(SparkIngest.USAGE);
		assertThat(this.err.toString()).contains("--writers must be at least 1, not 0");
	}

	@Test
	void aDatabaseThatDoesNotAnswerFailsTheRunInOneLine() {
		assertThat(run("--input", "in", "--db-url", "jdbc:postgresql://127.0.0.1:1/newsroll?connectTimeout=2"))
			.isEqualTo(SparkIngest.FAILED);
		assertThat(this.err.toString().strip()).startsWith("newsroll-spark: failed: cannot connect to")
			.contains("check that the database server runs")
			.doesNotContain("\n");
	}

	@Test
	void aDatabaseWithoutNewsrollsTablesIsAConfigurationError() throws Exception {
		String url = PostgresServer.newDatabase();

		assertThat(run("--input", "in", "--db-url", url, "--db-user", "postgres")).isEqualTo(SparkIngest.USAGE);
		assertThat(this.err.toString()).contains("lacks newsroll's tables [article, article_key")
			.contains("create them by running newsroll against it once");
	}

	@Test
	void anotherIngestHoldingTheLockStopsTheRunWithExit3() throws Exception {
		String url = PostgresServer.newDatabase();
		try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
			c.createStatement()
				.execute(new String(getClass().getResourceAsStream("/postgres-schema.sql").readAllBytes(), "UTF-8"));
			try (PreparedStatement st = c.prepareStatement("SELECT pg_advisory_lock(hashtextextended(?, 0))")) {
				st.setString(1, "newsroll job ingest");
				st.execute();
			}

			assertThat(run("--input", "in", "--db-url", url, "--db-user", "postgres")).isEqualTo(SparkIngest.LOCKED);
			assertThat(this.err.toString()).contains("holds the ingest lock");
		}
	}

}
