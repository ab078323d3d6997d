package io.newsroll.batch.hostile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import io.newsroll.batch.db.HsqldbUrls;
import io.newsroll.batch.CliProcess;
import io.newsroll.batch.Tmpfs;
import io.newsroll.batch.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code newsroll ingest} with {@code output/} (database, logs, rejects) on a file system
 * that fills up during the run: a tmpfs of 420 KiB mounted by the test (root only;
 * skipped otherwise). The run must fail with exit 1 and a line naming the full file
 * system, leave its job FAILED in the database (not COMPLETED, not STARTED), and, once
 * space is freed, the same command must complete to the data of an uninterrupted run.
 * Before the fix the same run printed COMPLETED and exited 0 while the database kept the
 * job STARTED and a part of the articles (HSQLDB only logs a failed flush of its redo
 * log).
 */
class DiskFullIT {

	private static final Map<String, String> SETTINGS = Map.of("newsroll.ingest.chunk-size", "5",
			"newsroll.min-free-bytes", String.valueOf(160 * 1024));

	@TempDir
	Path tmp;

	@Test
	void aFileSystemThatFillsFailsTheRunAndTheRerunAfterSpaceIsFreedCompletesIt() throws Exception {
		Workspace clean = workspace(this.tmp.resolve("clean"));
		CliProcess.Result uninterrupted = CliProcess.run(clean.root, SETTINGS, "ingest");
		assertThat(uninterrupted.exitCode()).as(uninterrupted.err()).isZero();

		Workspace ws = workspace(this.tmp.resolve("ws"));
		try (Tmpfs output = Tmpfs.mount(ws.output, "size=420k")) {
			CliProcess.Result full = CliProcess.run(ws.root, SETTINGS, "ingest");

			assertThat(full.exitCode()).as(full.out() + full.err()).isEqualTo(1);
			assertThat(full.out()).as(full.err()).doesNotContain("COMPLETED").contains("FAILED");
			assertThat(full.out()).contains("newsroll: the file system holding")
				.contains("is full")
				.contains("free some space, then run the same command again");
			assertThat(full.err()).doesNotContain("\tat ").doesNotContain("|-ERROR");
			assertThat(jobStatuses(ws)).as("what the database kept of the run").containsExactly("FAILED");

			output.remount("size=16m");
			CliProcess.Result rerun = CliProcess.run(ws.root, SETTINGS, "ingest");

			assertThat(rerun.exitCode()).as(rerun.out() + rerun.err()).isZero();
			assertThat(rerun.out()).contains("COMPLETED");
			Workspace.assertSameData(ws.snapshot(false), clean.snapshot(false));
		}
	}

	/**
	 * The kill-point tests' pages and rosters and the 56 sample files of
	 * {@code input/articles}: an uninterrupted run's database takes about 480 KiB.
	 */
	private static Workspace workspace(Path root) throws Exception {
		Workspace ws = IngestKillPointsIT.workspace(root);
		Path samples = Path.of("input/articles").toAbsolutePath();
		try (var files = Files.walk(samples)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				Path to = ws.articles.resolve("samples").resolve(samples.relativize(f).toString());
				Files.createDirectories(to.getParent());
				Files.copy(f, to);
			}
		}
		return ws;
	}

	/** The job executions' statuses as the database holds them, read from a copy. */
	private List<String> jobStatuses(Workspace ws) throws Exception {
		Path copy = Files.createDirectories(this.tmp.resolve("copy"));
		try (var files = Files.list(ws.output.resolve("db"))) {
			for (Path f : files.toList()) {
				if (Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".lck")) {
					Files.copy(f, copy.resolve(f.getFileName()));
				}
			}
		}
		List<String> statuses = new java.util.ArrayList<>();
		try (Connection con = DriverManager.getConnection(HsqldbUrls.file(copy.resolve("newsroll")), "SA", "");
				Statement st = con.createStatement();
				ResultSet rs = st.executeQuery("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")) {
			while (rs.next()) {
				statuses.add(rs.getString(1));
			}
		}
		return statuses;
	}

}
