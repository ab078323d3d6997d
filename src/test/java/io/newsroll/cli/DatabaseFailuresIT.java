package io.newsroll.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import io.newsroll.batch.db.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database newsroll cannot use fails a command with one line naming the cause and the
 * next step, and the right exit code: 2 when a setting is wrong (an unsupported URL, a
 * refused login, a missing database), 1 when the server is out of reach (refusing, or
 * silent past the timeout); never a Spring bean chain or a stack trace.
 */
class DatabaseFailuresIT {

	@TempDir
	Path tmp;

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void outputInTemporaryDirectory() {
		System.setProperty("newsroll.output", this.tmp.resolve("output").toString());
		System.setProperty("newsroll.log-dir", this.tmp.resolve("logs").toString());
	}

	@AfterEach
	void clear() {
		System.clearProperty("newsroll.output");
		System.clearProperty("newsroll.log-dir");
	}

	@Test
	void anUnsupportedUrlIsAConfigurationErrorNamingTheSupportedDatabases() {
		int code = run("jobs", "list", "--db-url", "jdbc:mysql://127.0.0.1:3306/newsroll");

		assertThat(code).isEqualTo(ExitCode.USAGE);
		assertOneLine().contains("unsupported database URL 'jdbc:mysql://127.0.0.1:3306/newsroll'")
			.contains("HSQLDB (jdbc:hsqldb:")
			.contains("PostgreSQL (jdbc:postgresql:");
	}

	@Test
	void aServerThatRefusesFailsTheCommandNamingHostAndPort() throws Exception {
		int port;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = probe.getLocalPort();
		}
		int code = run("jobs", "list", "--db-url", "jdbc:postgresql://127.0.0.1:" + port + "/newsroll");

		assertThat(code).isEqualTo(ExitCode.FAILED);
		assertOneLine().contains("cannot connect to the database server 127.0.0.1:" + port).contains("run again");
	}

	@Test
	void aServerThatDoesNotAnswerFailsTheCommandWithinTenSeconds() throws Exception {
		// accepts connections (the system does) and never says a word
		try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
			long start = System.nanoTime();
			int code = run("jobs", "list", "--db-url",
					"jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/newsroll");
			Duration took = Duration.ofNanos(System.nanoTime() - start);

			assertThat(code).isEqualTo(ExitCode.FAILED);
			assertOneLine().contains("the database server 127.0.0.1:" + silent.getLocalPort() + " did not answer");
			assertThat(took).isLessThan(Duration.ofSeconds(10));
		}
	}

	@Test
	void aWrongPasswordIsAConfigurationErrorNamingTheUser() {
		TestPostgres.Database db = TestPostgres.newDatabase();

		int code = run("jobs", "list", "--db-url", db.url(), "--db-user", db.user(), "--db-password", "wrong");

		assertThat(code).isEqualTo(ExitCode.USAGE);
		assertOneLine().contains("refused the login of user '" + db.user() + "'")
			.contains("127.0.0.1:" + TestPostgres.port())
			.contains("--db-password");
	}

	@Test
	void aMissingDatabaseIsAConfigurationErrorNamingIt() {
		TestPostgres.Database db = TestPostgres.newDatabase();

		int code = run("jobs", "list", "--db-url", db.url() + "_gone", "--db-user", db.user(), "--db-password",
				db.password());

		assertThat(code).isEqualTo(ExitCode.USAGE);
		assertOneLine().contains("the database '" + db.name() + "_gone' does not exist");
	}

	@Test
	void theRightLoginOpensTheServerDatabase() {
		TestPostgres.Database db = TestPostgres.newDatabase();

		int code = run("jobs", "list", "--db-url", db.url(), "--db-user", db.user(), "--db-password", db.password());

		assertThat(code).as(this.err.toString()).isZero();
	}

	private int run(String... args) {
		CommandLine cl = NewsrollCommand.commandLine();
		cl.setErr(new PrintWriter(this.err, true));
		cl.setOut(new PrintWriter(new StringWriter(), true));
		return cl.execute(args);
	}

	private org.assertj.core.api.AbstractStringAssert<?> assertOneLine() {
		String text = this.err.toString().strip();
		assertThat(text.lines()).as(text).hasSize(1);
		assertThat(text).doesNotContain("Exception").doesNotContain("bean").startsWith("newsroll: ");
		return assertThat(text);
	}

}
