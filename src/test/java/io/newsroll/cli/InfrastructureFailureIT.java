package io.newsroll.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import io.newsroll.batch.CliProcess;
import io.newsroll.core.clock.SystemClocks;
import io.newsroll.batch.Tmpfs;
import io.newsroll.batch.Workspace;
import io.newsroll.batch.run.JobLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Infrastructure failures as a user meets them (issue 17, item 5 and 7): each ends with
 * one console line naming the resource, the cause and the next step, and the exit code of
 * its kind; Spring's bean chain and the stack frames go to the log file only.
 */
class InfrastructureFailureIT {

	@TempDir
	Path tmp;

	@Test
	void aDatabaseHeldByAnotherNewsrollIsExitThreeNamingTheHolder() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		// what a running ingest holds: its job lock and the embedded database's file lock
		try (JobLock lock = JobLock.acquire(ws.output.resolve("locks"), "ingest", SystemClocks.utc());
				Connection held = DriverManager.getConnection(ws.dbUrl(), "SA", "")) {
			CliProcess.Result abandon = CliProcess.run(ws.root, Map.of(), "jobs", "abandon", "0");

			assertOneLine(abandon, ExitCode.LOCKED);
			assertThat(abandon.err()).contains("output/db/newsroll is in use by another process")
				.contains("held by ingest (pid " + ProcessHandle.current().pid())
				.contains("wait until it ends");
		}
	}

	@Test
	void aMalformedDatabaseUrlIsAConfigurationError() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));

		CliProcess.Result list = CliProcess.run(ws.root, Map.of(), "jobs", "list", "--db-url", "output/db/newsroll");

		assertOneLine(list, ExitCode.USAGE);
		assertThat(list.err()).contains("configuration error")
			.contains("'output/db/newsroll'")
			.contains("jdbc:hsqldb:", "jdbc:postgresql:");
	}

	@Test
	void anUnreachableDatabaseServerIsAFailureToRetry() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));

		CliProcess.Result list = CliProcess.run(ws.root, Map.of(), "jobs", "list", "--db-url",
				"jdbc:hsqldb:hsql://127.0.0.1:1/newsroll");

		assertOneLine(list, ExitCode.FAILED);
		assertThat(list.err()).contains("127.0.0.1:1").contains("Connection refused");
	}

	@Test
	void aDamagedDatabaseNamesTheDamageAndTheWayOut() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		try (Connection con = DriverManager.getConnection(ws.dbUrl(), "SA", ""); Statement st = con.createStatement()) {
			st.execute("CREATE TABLE t (id INT PRIMARY KEY)");
			st.execute("SHUTDOWN");
		}
		Path script = ws.output.resolve("db/newsroll.script");
		List<String> lines = new java.util.ArrayList<>(Files.readAllLines(script, StandardCharsets.UTF_8));
		lines.set(lines.size() / 2, "GARBAGE IN THE SCRIPT (((");
		Files.write(script, lines, StandardCharsets.UTF_8);

		CliProcess.Result list = CliProcess.run(ws.root, Map.of(), "jobs", "list");

		assertOneLine(list, ExitCode.FAILED);
		assertThat(list.err()).contains("the database output/db/newsroll cannot be read")
			.contains("error in script file")
			.contains("restore output/db from a backup");
		assertThat(Files.readString(ws.output.resolve("logs/newsroll.log"))).contains("GARBAGE");
	}

	@Test
	void aReadOnlyOutputDirectoryIsAFailureToRetry() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		try (Tmpfs readOnly = Tmpfs.mount(ws.output, "ro,size=64k")) {
			CliProcess.Result ingest = CliProcess.run(ws.root, Map.of(), "ingest");

			assertOneLine(ingest, ExitCode.FAILED);
			assertThat(ingest.err()).contains("Read-only file system").contains("make it writable");
		}
	}

	private static void assertOneLine(CliProcess.Result result, int exitCode) {
		assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
		assertThat(result.err().strip().lines()).as(result.err()).hasSize(1);
		assertThat(result.err()).startsWith("newsroll: ").doesNotContain("Exception:\n").doesNotContain("\tat ");
		assertThat(result.out()).doesNotContain("COMPLETED");
	}

}
