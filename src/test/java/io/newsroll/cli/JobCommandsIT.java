package io.newsroll.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.newsroll.batch.CliProcess;
import io.newsroll.batch.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * run, schedule, jobs and rejects driven as real processes, as cron and admins use them.
 */
class JobCommandsIT {

	private static final String INGEST_JOB = """
			name: nightly
			cron: "%s"
			steps: [ingest-articles]
			""";

	@TempDir
	Path tmp;

	@Test
	void runningACompletedDateAgainSaysSoAndChangesNothing() throws Exception {
		Workspace ws = workspace("*/2 * * * * *");
		CliProcess.Result first = CliProcess.run(ws.root, Map.of(), "run", "nightly", "--date", "2024-05-01");
		assertThat(first.exitCode()).as(first.err()).isZero();
		assertThat(first.out()).contains("COMPLETED");
		var before = ws.snapshot(true);

		CliProcess.Result second = CliProcess.run(ws.root, Map.of(), "run", "nightly", "--date", "2024-05-01");

		assertThat(second.exitCode()).isZero();
		assertThat(second.out()).contains("already completed").contains("--force");
		Workspace.assertSameData(ws.snapshot(true), before);

		CliProcess.Result forced = CliProcess.run(ws.root, Map.of(), "run", "nightly", "--date", "2024-05-01",
				"--force");
		assertThat(forced.exitCode()).isZero();
		assertThat(forced.out()).as("not a terminal: one dated line, no box")
			.containsPattern(
					"(?m)^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d Asia/Shanghai newsroll nightly run \\d+ COMPLETED in ")
			.contains("unchanged")
			.doesNotContain("──");

		CliProcess.Result quiet = CliProcess.run(ws.root, Map.of(), "run", "nightly", "--date", "2024-05-01", "--force",
				"--quiet");
		assertThat(quiet.exitCode()).isZero();
		assertThat(quiet.out()).as("--quiet: nothing to say about a clean run").isEmpty();

		CliProcess.Result list = CliProcess.run(ws.root, Map.of(), "jobs", "list", "--job", "nightly");
		assertThat(list.out()).contains("date=2024-05-01").contains("attempt=1").contains("COMPLETED");
	}

	@Test
	void runKilledMidwayIsResumedByTheNextRunOfTheSameDate() throws Exception {
		Workspace ws = workspace("0 2 * * *");
		CliProcess.Result killed = CliProcess.run(ws.root,
				Map.of("newsroll.ingest.chunk-size", "2", "newsroll.ingest.halt-after-files", "5"), "run", "nightly",
				"--date", "2024-05-02");
		assertThat(killed.exitCode()).isEqualTo(137);

		CliProcess.Result again = CliProcess.run(ws.root, Map.of("newsroll.ingest.chunk-size", "2"), "run", "nightly",
				"--date", "2024-05-02");

		assertThat(again.exitCode()).as(again.err()).isZero();
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger")).isEqualTo(files(ws));
		assertThat(ws.count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'nightly'")).isOne();
		CliProcess.Result list = CliProcess.run(ws.root, Map.of(), "jobs", "list");
		assertThat(list.out()).contains("FAILED").contains("COMPLETED").containsPattern("FAILED .* resumed by \\d+");
		assertThat(list.out()).contains("times in Asia/Shanghai (newsroll.zone)");
	}

	@Test
	void adminRecoversAndRestartsARunLeftByAKilledProcess() throws Exception {
		Workspace ws = workspace("0 2 * * *");
		CliProcess.Result killed = CliProcess.run(ws.root,
				Map.of("newsroll.ingest.chunk-size", "2", "newsroll.ingest.halt-after-files", "5"), "run", "nightly",
				"--date", "2024-05-03");
		assertThat(killed.exitCode()).isEqualTo(137);
		CliProcess.Result started = CliProcess.run(ws.root, Map.of(), "jobs", "list", "--status", "STARTED");
		String id = started.out().lines().skip(1).findFirst().orElseThrow().trim().split("\\s+")[0];

		assertThat(CliProcess.run(ws.root, Map.of(), "jobs", "restart", "999").exitCode()).isEqualTo(2);
		CliProcess.Result recovered = CliProcess.run(ws.root, Map.of(), "jobs", "recover", id);
		assertThat(recovered.exitCode()).as(recovered.err()).isZero();
		assertThat(recovered.out()).contains("is FAILED");
		CliProcess.Result show = CliProcess.run(ws.root, Map.of(), "jobs", "show", id);
		assertThat(show.out()).contains("status FAILED").contains("ingestArticlesWorker:partition");

		CliProcess.Result restarted = CliProcess.run(ws.root, Map.of(), "jobs", "restart", id);

		assertThat(restarted.exitCode()).as(restarted.err()).isZero();
		assertThat(restarted.out()).contains("COMPLETED");
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger")).isEqualTo(files(ws));
		CliProcess.Result resumed = CliProcess.run(ws.root, Map.of(), "jobs", "show", id);
		assertThat(resumed.out()).as("a failed run points to the run that finished it")
			.containsPattern("resumed by execution \\d+ \\(COMPLETED\\)");
		CliProcess.Result abandon = CliProcess.run(ws.root, Map.of(), "jobs", "abandon", id);
		assertThat(abandon.exitCode()).isZero();
		assertThat(abandon.out()).contains("ABANDONED");
	}

	@Test
	void malformedJobFileIsRefusedWithFileLineAndFieldAndNothingRuns() throws Exception {
		Workspace ws = workspace("0 2 * * *");
		Files.writeString(ws.root.resolve("jobs/broken.yml"),
				"name: broken\ncron: \"0 2 * * *\"\nsteps: [ingest-articles, publish]\n");

		CliProcess.Result result = CliProcess.run(ws.root, Map.of(), "run", "nightly");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("broken.yml:3").contains("field 'steps'").contains("unknown step 'publish'");
		assertThat(Files.exists(ws.output.resolve("db/newsroll.script"))).isFalse();
	}

	@Test
	void unknownJobAndBadDateAreUsageErrors() throws Exception {
		Workspace ws = workspace("0 2 * * *");
		assertThat(CliProcess.run(ws.root, Map.of(), "run", "weekly").exitCode()).isEqualTo(2);
		assertThat(CliProcess.run(ws.root, Map.of(), "run", "nightly", "--date", "2024-13-45").exitCode()).isEqualTo(2);
	}

	@Test
	void scheduleFiresOnCronServesTheDatabaseToAdminsAndStopsOnSigterm() throws Exception {
		Workspace ws = workspace("*/2 * * * * *");
		Process schedule = CliProcess.start(ws.root, Map.of(), "schedule");
		try {
			long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
			while (System.nanoTime() < deadline && !Files.readString(ws.root.resolve(".out")).contains("COMPLETED")) {
				Thread.sleep(500);
			}
			assertThat(Files.readString(ws.root.resolve(".out"))).contains("firing job 'nightly'")
				.contains("COMPLETED");

			Path admin = Files.createDirectories(this.tmp.resolve("admin"));
			Files.createSymbolicLink(admin.resolve("output"), ws.output);
			CliProcess.Result list = CliProcess.run(admin, Map.of(), "jobs", "list", "--job", "nightly");
			assertThat(list.exitCode()).as(list.err()).isZero();
			assertThat(list.out()).contains("nightly").contains("COMPLETED");

			schedule.destroy(); // SIGTERM
			assertThat(schedule.waitFor(60, TimeUnit.SECONDS)).as("schedule stops on SIGTERM").isTrue();
			assertThat(Files.readString(ws.root.resolve(".out"))).contains("SIGTERM received")
				.contains("scheduler stopped");
			assertThat(Files.exists(ws.output.resolve("db/newsroll.server"))).isFalse();
		}
		finally {
			schedule.destroyForcibly();
		}
		CliProcess.Result after = CliProcess.run(ws.root, Map.of(), "jobs", "list", "--job", "nightly");
		assertThat(after.exitCode()).as(after.err()).isZero();
		assertThat(after.out()).doesNotContain("STARTED");
	}

	/**
	 * SIGTERM while a fired job is loading: the job stops at a chunk boundary and is
	 * recorded STOPPED (not left STARTED), the scheduler ends with 143 as its help says,
	 * and {@code jobs restart} finishes the run with every file once.
	 */
	@Test
	void sigtermDuringAFiredJobStopsItRestartablyAndJobsRestartFinishesIt() throws Exception {
		Workspace ws = workspace("*/2 * * * * *");
		String seed = Files.readString(ws.articles.resolve("workercn/workercn-2019-05-21-anhui.txt"));
		Path many = Files.createDirectories(ws.articles.resolve("many"));
		for (int i = 0; i < 400; i++) {
			Files.writeString(many.resolve(String.format("copy-%03d.txt", i)),
					seed.replace("建设美好安徽", "建设美好安徽第" + i + "站"));
		}
		long pages = files(ws);
		Map<String, String> slow = Map.of("newsroll.ingest.chunk-size", "2", "newsroll.ingest.partitions", "1");
		Process schedule = CliProcess.start(ws.root, slow, "schedule");
		try {
			Path log = ws.output.resolve("logs/newsroll.log");
			long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
			while (!(Files.exists(log) && Files.readString(log).contains("ingestArticlesWorker"))) {
				assertThat(schedule.isAlive()).as("schedule ended before it was signalled").isTrue();
				assertThat(System.nanoTime()).as("the fired job never reached its article step").isLessThan(deadline);
				Thread.sleep(100);
			}
			Thread.sleep(300); // 400 files in chunks of 2 take many seconds: the step is
								// mid-way
			schedule.destroy(); // SIGTERM
			assertThat(schedule.waitFor(3, TimeUnit.MINUTES)).as("schedule stops on SIGTERM").isTrue();
		}
		finally {
			schedule.destroyForcibly();
		}
		String out = Files.readString(ws.root.resolve(".out"));
		assertThat(schedule.exitValue()).as(out).isEqualTo(143);
		assertThat(out).contains("SIGTERM received").contains("it stays restartable").contains("STOPPED");
		// the database server it serves says nothing on the console (HSQLDB traced its
		// set-up)
		assertThat(out).doesNotContain("[Server@").doesNotContain("checkRunning");
		assertThat(Files.readString(ws.root.resolve(".err"))).doesNotContain("unknown state");
		assertThat(ws.count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STOPPED'")).isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STARTED'")).isZero();
		assertThat(ws.count("SELECT COUNT(*) FROM article")).isLessThan(pages);

		String id = String
			.valueOf(ws.count("SELECT MIN(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STOPPED'"));
		CliProcess.Result restarted = CliProcess.run(ws.root, Map.of(), "jobs", "restart", id);

		assertThat(restarted.exitCode()).as(restarted.out() + restarted.err()).isZero();
		assertThat(restarted.out()).contains("COMPLETED");
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger")).isEqualTo(pages);
		assertThat(ws.count("SELECT COUNT(*) FROM article")).isEqualTo(pages);
	}

	private Workspace workspace(String cron) throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		Files.createDirectories(ws.root.resolve("jobs"));
		Files.writeString(ws.root.resolve("jobs/nightly.yml"), INGEST_JOB.formatted(cron));
		return ws;
	}

	private static long files(Workspace ws) throws Exception {
		try (var s = Files.walk(ws.articles)) {
			return s.filter(Files::isRegularFile).count();
		}
	}

}
