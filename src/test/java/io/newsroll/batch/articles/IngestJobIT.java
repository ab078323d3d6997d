package io.newsroll.batch.articles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.newsroll.batch.Workspace;
import io.newsroll.batch.run.JobRunner;
import io.newsroll.batch.run.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest job, run whole on a real HSQLDB file database. */
class IngestJobIT {

	@TempDir
	Path tmp;

	@Test
	void loadsPagesAndRejectsBrokenFilesWithReasons() throws Exception {
		Workspace ws = workspaceWithBrokenFiles(this.tmp.resolve("ws"));
		JobRunner.Launch launch = ingest(ws, Map.of());

		assertThat(launch.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long files = countFiles(ws.articles);
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger")).isEqualTo(files);
		assertThat(ws.count("SELECT COUNT(*) FROM article")).isPositive();
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE title = '团结动员广大职工为建设美好安徽作贡献' "
				+ "AND file = 'workercn/workercn-2019-05-21-anhui.txt'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger WHERE status = 'LOADED'"))
			.isEqualTo(ws.count("SELECT COUNT(*) FROM article"));
		assertThat(ws.count(
				"SELECT COUNT(*) FROM reject WHERE file = 'broken/empty.html' AND reason IN ('UNREADABLE', 'NOT_AN_ARTICLE')"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM reject WHERE file = 'broken/junk.html' AND reason = 'UNREADABLE'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM reject WHERE file = 'broken/junk.txt.gz' AND reason = 'UNREADABLE'"))
			.isOne();
		// every file ends loaded or rejected, none silently dropped
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger WHERE status = 'REJECTED'"))
			.isEqualTo(ws.count("SELECT COUNT(DISTINCT file) FROM reject"));
	}

	@Test
	void loadsRosterFilesAsSnapshotsAndRejectsBadRowsWithTheirLine() throws Exception {
		Workspace ws = workspaceWithBrokenFiles(this.tmp.resolve("ws"));
		Files.writeString(ws.rosters.resolve("leaders.csv"), """
				姓名,职务,单位,日期
				王东明,全国总工会主席,中华全国总工会,2019-05-21
				陈 刚,"全国总工会党组书记、副主席",中华全国总工会,2019-05-21
				,全国总工会副主席,中华全国总工会,2019-05-21
				谭天星,"全国总工会副主席、书记处书记",中华全国总工会,2019-05-21
				""");

		JobRunner.Launch launch = ingest(ws, Map.of());

		assertThat(launch.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(ws.count("SELECT COUNT(*) FROM roster_snapshot WHERE source_kind = 'FILE' AND file = 'leaders.csv'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM roster_member m JOIN roster_snapshot s ON s.id = m.snapshot_id "
				+ "WHERE s.file = 'leaders.csv'"))
			.isEqualTo(3);
		assertThat(ws.count("SELECT COUNT(*) FROM roster_member WHERE name = '陈刚'")).isPositive();
		assertThat(ws.count("SELECT COUNT(*) FROM reject WHERE file = 'leaders.csv' AND reason = 'BAD_ROSTER_ROW' "
				+ "AND location = '4'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger WHERE path = 'leaders.csv' AND kind = 'roster' "
				+ "AND status = 'LOADED'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM roster_snapshot WHERE source_kind = 'PAGE' AND heading = '全总领导'"))
			.as("the seed page's roster block")
			.isOne();
		Map<String, List<List<String>>> first = ws.snapshot(true);

		ingest(ws, Map.of());

		Workspace.assertSameData(ws.snapshot(true), first);
	}

	@Test
	void secondRunOfSameInputChangesNothing() throws Exception {
		Workspace ws = workspaceWithBrokenFiles(this.tmp.resolve("ws"));
		ingest(ws, Map.of());
		Map<String, List<List<String>>> first = ws.snapshot(true);

		JobRunner.Launch again = ingest(ws, Map.of());

		assertThat(again.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Workspace.assertSameData(ws.snapshot(true), first);
		long skipped = RunSummary.of(again.execution(), 0, Map.of(), List.of()).skipped();
		assertThat(skipped).as("files skipped as unchanged").isEqualTo(countFiles(ws.articles));
	}

	@Test
	void changedFileIsReprocessedAndReplacesItsArticle() throws Exception {
		Workspace ws = workspaceWithBrokenFiles(this.tmp.resolve("ws"));
		ingest(ws, Map.of());
		Path seed = ws.articles.resolve("workercn/workercn-2019-05-21-anhui.txt");
		String text = Files.readString(seed);
		Files.writeString(seed, text.replace("团结动员广大职工为建设美好安徽作贡献", "团结动员广大职工为建设美好江淮作贡献"));

		ingest(ws, Map.of());

		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE file = 'workercn/workercn-2019-05-21-anhui.txt'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE title = '团结动员广大职工为建设美好江淮作贡献'")).isOne();
	}

	@Test
	void leavesTheReportsADaySummaryForEveryDayItWroteAndRefreshesOnlyTheDayAChangeMoved() throws Exception {
		Workspace ws = workspaceWithBrokenFiles(this.tmp.resolve("ws"));
		ingest(ws, Map.of());
		String outOfDate = "SELECT COUNT(*) FROM article_day_writes w LEFT JOIN report_day s ON s.day = w.day "
				+ "WHERE s.day IS NULL OR s.writes <> w.writes";
		assertThat(ws.count("SELECT COUNT(DISTINCT CAST(published_local AS DATE)) FROM article")).isGreaterThan(5);
		assertThat(ws.count("SELECT COUNT(*) FROM report_day"))
			.isEqualTo(ws.count("SELECT COUNT(DISTINCT CAST(published_local AS DATE)) FROM article"));
		assertThat(ws.count(outOfDate)).isZero();
		assertThat(ws.count("SELECT SUM(articles) FROM report_day"))
			.isEqualTo(ws.count("SELECT COUNT(*) FROM article"));

		Path seed = ws.articles.resolve("workercn/workercn-2019-05-21-anhui.txt");
		Files.writeString(seed, Files.readString(seed).replace("团结动员广大职工为建设美好安徽作贡献", "团结动员广大职工为建设美好江淮作贡献"));
		JobRunner.Launch again = ingest(ws, Map.of());

		assertThat(ws.count(outOfDate)).isZero();
		assertThat(again.execution()
			.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().equals("summarizeDays"))
			.mapToLong((step) -> step.getWriteCount())
			.sum()).as("only the seed's day").isOne();
	}

	@Test
	void changedBodyUnderTheSameTitleReplacesTheStoredBody() throws Exception {
		Workspace ws = workspaceWithBrokenFiles(this.tmp.resolve("ws"));
		ingest(ws, Map.of());
		long articles = ws.count("SELECT COUNT(*) FROM article");
		Path seed = ws.articles.resolve("workercn/workercn-2019-05-21-anhui.txt");
		Files.writeString(seed, Files.readString(seed).replace("凝心聚力", "同心协力"));

		ingest(ws, Map.of());

		assertThat(ws.count("SELECT COUNT(*) FROM article")).isEqualTo(articles);
		String seedBody = "SELECT COUNT(*) FROM article WHERE file = 'workercn/workercn-2019-05-21-anhui.txt' "
				+ "AND body LIKE ";
		assertThat(ws.count(seedBody + "'%同心协力%'")).isOne();
		assertThat(ws.count(seedBody + "'%凝心聚力%'")).isZero();
	}

	@Test
	void failedRunRestartsWhereItStoppedAndEndsLikeAnUninterruptedRun() throws Exception {
		Workspace clean = workspaceWithBrokenFiles(this.tmp.resolve("clean"));
		ingest(clean, Map.of("newsroll.ingest.chunk-size", 2));
		Workspace ws = workspaceWithBrokenFiles(this.tmp.resolve("failing"));

		JobRunner.Launch failed = ingest(ws,
				Map.of("newsroll.ingest.chunk-size", 2, "newsroll.ingest.fail-after-files", 7));

		assertThat(failed.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
		long before = ws.count("SELECT COUNT(*) FROM file_ledger");
		assertThat(before).as("chunks committed before the failure").isPositive().isLessThan(countFiles(ws.articles));

		JobRunner.Launch resumed = ingest(ws, Map.of("newsroll.ingest.chunk-size", 2));

		assertThat(resumed.resumed()).isTrue();
		assertThat(resumed.execution().getJobInstanceId()).isEqualTo(failed.execution().getJobInstanceId());
		assertThat(resumed.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Workspace.assertSameData(ws.snapshot(false), clean.snapshot(false));
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger")).isEqualTo(countFiles(ws.articles));
	}

	static JobRunner.Launch ingest(Workspace ws, Map<String, Object> properties) throws Exception {
		try (ConfigurableApplicationContext ctx = ws.open(properties)) {
			return ctx.getBean(IngestLauncher.class).ingest(ws.articles, ws.rosters);
		}
	}

	/** The sample pages and three files that are rejected. */
	static Workspace workspaceWithBrokenFiles(Path root) throws Exception {
		return Workspace.withSamplePagesAndBrokenFiles(root);
	}

	static long countFiles(Path dir) throws Exception {
		try (var files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

}
