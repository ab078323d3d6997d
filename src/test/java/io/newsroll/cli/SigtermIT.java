package io.newsroll.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.newsroll.batch.CliProcess;
import io.newsroll.batch.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM during {@code ingest} (issue 17, item 6): the run stops at the end of a chunk,
 * is recorded STOPPED, says how to resume, and the process ends with 143; the next run
 * resumes it to every file once. Before: the context was closed under the running job,
 * the console printed "This job is now in an unknown state" six times and the run was
 * left STARTED.
 */
class SigtermIT {

	private static final Map<String, String> SETTINGS = Map.of("newsroll.ingest.chunk-size", "2",
			"newsroll.ingest.partitions", "1");

	@TempDir
	Path tmp;

	@Test
	void sigtermStopsTheRunAtAChunkBoundaryAndTheNextRunResumesIt() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		String seed = Files.readString(ws.articles.resolve("workercn/workercn-2019-05-21-anhui.txt"));
		Path many = Files.createDirectories(ws.articles.resolve("many"));
		for (int i = 0; i < 150; i++) {
			Files.writeString(many.resolve(String.format("copy-%03d.txt", i)),
					seed.replace("建设美好安徽", "建设美好安徽第" + i + "站"));
		}
		long files = 151 + Workspace.SAMPLE_PAGES.size();

		Process p = CliProcess.start(ws.root, SETTINGS, "ingest");
		Path log = ws.output.resolve("logs/newsroll.log");
		long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (!(Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains("ingestArticlesWorker"))) {
			assertThat(p.isAlive()).as("ingest ended before it was signalled").isTrue();
			assertThat(System.nanoTime()).as("ingest never started its article step").isLessThan(giveUp);
			Thread.sleep(100);
		}
		Thread.sleep(1500);
		p.destroy(); // SIGTERM
		assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
		String out = Files.readString(ws.root.resolve(".out"));
		String err = Files.readString(ws.root.resolve(".err"));

		assertThat(p.exitValue()).as(out + err).isEqualTo(143);
		assertThat(out).contains("STOPPED").contains("run the same command again to resume it");
		assertThat(err).contains("SIGTERM: stopping run 0 of ingest").doesNotContain("unknown state");
		assertThat(status(ws)).isEqualTo("STOPPED");

		CliProcess.Result rerun = CliProcess.run(ws.root, SETTINGS, "ingest");

		assertThat(rerun.exitCode()).as(rerun.out() + rerun.err()).isZero();
		assertThat(rerun.out()).contains("COMPLETED");
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger")).isEqualTo(files);
		assertThat(ws.count("SELECT COUNT(*) FROM article")).isEqualTo(files);
	}

	private static String status(Workspace ws) throws Exception {
		try (Connection con = DriverManager.getConnection(ws.dbUrl(), "SA", "");
				Statement st = con.createStatement();
				ResultSet rs = st.executeQuery("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = 0")) {
			rs.next();
			return rs.getString(1);
		}
	}

}
