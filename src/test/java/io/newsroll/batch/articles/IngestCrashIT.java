package io.newsroll.batch.articles;

import java.nio.file.Path;
import java.util.Map;

import io.newsroll.batch.CliProcess;
import io.newsroll.batch.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code newsroll ingest} as a real process, killed mid-run without any clean-up (as
 * SIGKILL leaves it), then run again with the same command: it must finish with no manual
 * step and the same data as a run that was never interrupted.
 */
class IngestCrashIT {

	@TempDir
	Path tmp;

	@Test
	void rerunAfterKillCompletesWithTheDataOfAnUninterruptedRun() throws Exception {
		Workspace clean = IngestJobIT.workspaceWithBrokenFiles(this.tmp.resolve("clean"));
		CliProcess.Result uninterrupted = CliProcess.run(clean.root, Map.of("newsroll.ingest.chunk-size", "2"),
				"ingest");
		assertThat(uninterrupted.exitCode()).as(uninterrupted.err()).isZero();

		Workspace ws = IngestJobIT.workspaceWithBrokenFiles(this.tmp.resolve("killed"));
		CliProcess.Result killed = CliProcess.run(ws.root,
				Map.of("newsroll.ingest.chunk-size", "2", "newsroll.ingest.halt-after-files", "6"), "ingest");
		assertThat(killed.exitCode()).isEqualTo(137);

		CliProcess.Result rerun = CliProcess.run(ws.root, Map.of("newsroll.ingest.chunk-size", "2"), "ingest");

		assertThat(rerun.exitCode()).as(rerun.err()).isZero();
		assertThat(rerun.out()).contains("COMPLETED");
		Workspace.assertSameData(ws.snapshot(false), clean.snapshot(false));
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger")).isEqualTo(IngestJobIT.countFiles(ws.articles));
	}

	@Test
	void secondConcurrentRunExitsWithCodeThreeNamingTheHolder() throws Exception {
		Workspace ws = IngestJobIT.workspaceWithBrokenFiles(this.tmp.resolve("ws"));
		try (var lock = io.newsroll.batch.run.JobLock.acquire(ws.output.resolve("locks"), "ingest",
				io.newsroll.core.clock.SystemClocks.utc())) {
			CliProcess.Result second = CliProcess.run(ws.root, Map.of(), "ingest");
			assertThat(second.exitCode()).isEqualTo(3);
			assertThat(second.err()).contains("holds the lock").contains("pid " + ProcessHandle.current().pid());
		}
	}

}
