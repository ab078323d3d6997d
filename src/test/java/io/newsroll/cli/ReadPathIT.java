package io.newsroll.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.newsroll.batch.CliProcess;
import io.newsroll.batch.Workspace;
import io.newsroll.batch.articles.IngestLauncher;
import io.newsroll.batch.db.Migrations;
import io.newsroll.batch.db.TestPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code jobs list}, {@code jobs show} and {@code rejects} read a current database
 * without starting Spring (issue 21: start-up of the small commands), and print byte for
 * byte what they print through the Spring context, on the embedded database and on
 * PostgreSQL; a database nothing has run in reads as empty, one of an older schema is
 * migrated first, as by every command.
 */
class ReadPathIT {

	@TempDir
	Path tmp;

	@BeforeEach
	void outputInTemporaryDirectory() {
		System.setProperty("newsroll.output", this.tmp.resolve("output").toString());
		System.setProperty("newsroll.log-dir", this.tmp.resolve("logs").toString());
	}

	@AfterEach
	void clear() {
		System.clearProperty("newsroll.output");
		System.clearProperty("newsroll.log-dir");
		Reads.withoutSpring = true;
	}

	/** The commands compared, each with the options naming the database appended. */
	private static final List<List<String>> READS = List.of(List.of("jobs", "list"),
			List.of("jobs", "list", "--status", "FAILED"), List.of("jobs", "list", "--job", "ingest", "--limit", "1"),
			List.of("jobs", "show", "{first}"), List.of("jobs", "show", "{first}", "--verbose"),
			List.of("jobs", "show", "{second}"), List.of("jobs", "show", "999"), List.of("rejects"),
			List.of("rejects", "--format", "csv"), List.of("rejects", "--format", "json"),
			List.of("rejects", "--run", "{first}", "--reason", "UNREADABLE"), List.of("rejects", "--reason", "NOPE"));

	@Test
	void theReadPathStartsNoSpringAndTakesTheSettingsOfTheWorkingDirectory() throws Exception {
		Workspace ws = ingestedTwice(Workspace.withSamplePagesAndBrokenFiles(this.tmp.resolve("ws")));
		Files.writeString(ws.root.resolve("application.properties"), "newsroll.zone=Europe/Paris\nnewsroll.zoen=UTC\n");
		for (String command : List.of("jobs list", "rejects")) {
			CliProcess.Result result = withoutSpring(ws, command.split(" "));

			assertThat(result.exitCode()).as(result.err()).isZero();
			assertThat(result.out()).contains("times in Europe/Paris (newsroll.zone)");
			assertThat(result.err()).as("a misspelled setting still warns")
				.contains("unknown setting newsroll.zoen is ignored; did you mean newsroll.zone?");
		}
		assertThat(CliProcess.run(ws.root, Map.of(), "jobs", "list").out()).contains("FAILED")
			.containsPattern("resumed by \\d+");
	}

	@Test
	void bothWaysPrintTheSameOnTheEmbeddedDatabase() throws Exception {
		Workspace ws = ingestedTwice(Workspace.withSamplePagesAndBrokenFiles(this.tmp.resolve("ws")));

		assertBothWaysPrintTheSame(ws);
	}

	@Test
	void bothWaysPrintTheSameOnPostgresql() throws Exception {
		Workspace ws = ingestedTwice(
				Workspace.withSamplePagesAndBrokenFiles(this.tmp.resolve("ws")).on(TestPostgres.newDatabase()));

		assertBothWaysPrintTheSame(ws);
	}

	@Test
	void aRefusedSettingIsTheSameOneLineBothWays() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		System.setProperty("newsroll.ingest.chunk-size", "fifty");
		try {
			Result spring = run(false, ws, "jobs", "list");
			Result plain = run(true, ws, "jobs", "list");

			assertThat(plain).isEqualTo(spring);
			assertThat(plain.exit()).isEqualTo(ExitCode.USAGE);
			assertThat(plain.err().strip()).isEqualTo(
					"newsroll: configuration error: invalid setting newsroll.ingest.chunk-size = \"fifty\": not a number");
		}
		finally {
			System.clearProperty("newsroll.ingest.chunk-size");
		}
	}

	@Test
	void aDatabaseNothingRanInReadsAsEmptyAndIsNotCreated() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		List<Result> plain = new ArrayList<>();
		for (List<String> read : List.of(List.of("jobs", "list"), List.of("rejects"), List.of("jobs", "show", "0"))) {
			plain.add(run(true, ws, read.toArray(String[]::new)));
		}
		assertThat(ws.output.resolve("db")).as("nothing written").doesNotExist();

		assertThat(plain.get(0).out()).endsWith("times in Asia/Shanghai (newsroll.zone)\n(no executions)\n");
		assertThat(plain.get(1).out()).endsWith("0 reject(s); times in Asia/Shanghai (newsroll.zone)\n");
		assertThat(plain.get(2).exit()).isEqualTo(ExitCode.USAGE);
		assertThat(plain.get(2).err()).isEqualTo("newsroll: configuration error: no job execution 0\n");
		int i = 0;
		for (List<String> read : List.of(List.of("jobs", "list"), List.of("rejects"), List.of("jobs", "show", "0"))) {
			assertThat(run(false, ws, read.toArray(String[]::new))).as("through Spring: " + read)
				.isEqualTo(plain.get(i++));
		}
		assertThat(run(true, ws, "jobs", "list")).as("the tables Spring created, read without it")
			.isEqualTo(plain.get(0));
	}

	@Test
	void aDatabaseOfAnOlderSchemaIsMigratedFirst() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		JDBCDataSource old = new JDBCDataSource();
		old.setUrl(ws.dbUrl());
		old.setUser("SA");
		old.setPassword("");
		FluentConfiguration eight = Flyway.configure().dataSource(old).target("8");
		Migrations.configure(eight);
		eight.load().migrate();
		assertThat(version(ws)).isEqualTo(8);

		Result list = run(true, ws, "jobs", "list");

		assertThat(list.exit()).as(list.err()).isZero();
		assertThat(list.out()).endsWith("(no executions)\n");
		assertThat(version(ws)).as("migrated by the Spring context").isEqualTo(Migrations.LATEST);
	}

	/**
	 * Runs a command in a process of its own, as a user does, and checks from the JVM's
	 * class loading that it read the database without Spring: no Spring application, no
	 * application context, no job repository, no Flyway, no connection pool.
	 */
	private CliProcess.Result withoutSpring(Workspace ws, String... args) throws Exception {
		Path classes = Files.createTempFile(this.tmp, "classes", ".log");
		CliProcess.Result result = CliProcess.run(ws.root, List.of("-Xlog:class+load=info:file=" + classes), Map.of(),
				args);
		assertThat(Files.readString(classes)).as("classes loaded by " + String.join(" ", args))
			.contains("io.newsroll.batch.admin.PlainReads ")
			.doesNotContain("org.springframework.boot.SpringApplication ")
			.doesNotContain("org.springframework.context.support.AbstractApplicationContext ")
			.doesNotContain("org.springframework.batch.core.repository.support")
			.doesNotContain("org.flywaydb.")
			.doesNotContain("com.zaxxer.hikari.");
		return result;
	}

	private static int version(Workspace ws) throws Exception {
		try (Connection con = DriverManager.getConnection(ws.dbUrl(), "SA", "")) {
			return Migrations.version(con);
		}
	}

	private void assertBothWaysPrintTheSame(Workspace ws) throws Exception {
		long first = ws.count("SELECT MIN(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION");
		long second = ws.count("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION");
		assertThat(second).isGreaterThan(first);
		for (List<String> read : READS) {
			String[] args = read.stream()
				.map((a) -> a.replace("{first}", Long.toString(first)).replace("{second}", Long.toString(second)))
				.toArray(String[]::new);

			Result spring = run(false, ws, args);
			Result plain = run(true, ws, args);

			assertThat(plain).as(String.join(" ", args)).isEqualTo(spring);
		}
		List<String> list = new ArrayList<>(List.of("jobs", "list"));
		list.addAll(ws.dbOptions());
		CliProcess.Result alone = withoutSpring(ws, list.toArray(String[]::new));
		assertThat(alone.out()).isEqualTo(run(false, ws, "jobs", "list").out());
		Result show = run(true, ws, "jobs", "show", Long.toString(first));
		assertThat(show.out()).contains("status FAILED")
			.contains("  cause: ")
			.contains("resumed by execution " + second + " (COMPLETED)")
			.contains("(--verbose shows the stack trace)");
		assertThat(run(true, ws, "rejects").out()).contains("broken/junk.html").contains(" reject(s); ");
	}

	/** What a command printed and returned. */
	private record Result(int exit, String out, String err) {
	}

	private Result run(boolean withoutSpring, Workspace ws, String... args) {
		Reads.withoutSpring = withoutSpring;
		try {
			List<String> all = new ArrayList<>(List.of(args));
			all.addAll(ws.dbOptions());
			StringWriter out = new StringWriter();
			StringWriter err = new StringWriter();
			CommandLine cl = NewsrollCommand.commandLine();
			cl.setOut(new PrintWriter(out, true));
			cl.setErr(new PrintWriter(err, true));
			int exit = cl.execute(all.toArray(String[]::new));
			return new Result(exit, out.toString(), err.toString());
		}
		finally {
			Reads.withoutSpring = true;
		}
	}

	/**
	 * A failed ingest (the test hook fails it after five files) and the run that resumed
	 * it.
	 */
	private static Workspace ingestedTwice(Workspace ws) throws Exception {
		ingest(ws, Map.of("newsroll.ingest.chunk-size", 2, "newsroll.ingest.fail-after-files", 5));
		ingest(ws, Map.of());
		return ws;
	}

	private static void ingest(Workspace ws, Map<String, Object> properties) throws Exception {
		try (ConfigurableApplicationContext ctx = ws.open(properties)) {
			ctx.getBean(IngestLauncher.class).ingest(ws.articles, ws.rosters);
		}
	}

}
