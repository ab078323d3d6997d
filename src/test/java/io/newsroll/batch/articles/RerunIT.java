package io.newsroll.batch.articles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import io.newsroll.batch.Workspace;
import io.newsroll.batch.run.JobRunner;
import io.newsroll.batch.run.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a rerun does with each kind of file: the ledger's size and modification time are
 * trusted (the file is not read), a moved modification time costs one read and hash, and
 * any other change is loaded again.
 */
class RerunIT {

	private static final String SEED = "workercn/workercn-2019-05-21-anhui.txt";

	private static final String TITLE = "团结动员广大职工为建设美好安徽作贡献";

	// the same number of UTF-8 bytes as 安徽
	private static final String OTHER_TITLE = "团结动员广大职工为建设美好江淮作贡献";

	@TempDir
	Path tmp;

	@Test
	void unchangedRerunReadsNoFileAndWritesNoChunk() throws Exception {
		Workspace ws = IngestJobIT.workspaceWithBrokenFiles(this.tmp.resolve("ws"));
		IngestJobIT.ingest(ws, Map.of());
		Map<String, List<List<String>>> first = ws.snapshot(true);

		JobRunner.Launch again = IngestJobIT.ingest(ws, Map.of());

		assertThat(again.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Workspace.assertSameData(ws.snapshot(true), first);
		List<StepExecution> partitions = again.execution()
			.getStepExecutions()
			.stream()
			.filter((s) -> s.getStepName().contains(":partition"))
			.toList();
		assertThat(partitions).isNotEmpty()
			.allSatisfy((s) -> assertThat(s.getReadCount()).as("files handed to the processor").isZero());
		RunSummary summary = RunSummary.of(again.execution(), 0, Map.of(), List.of());
		long files = IngestJobIT.countFiles(ws.articles);
		assertThat(summary.filesSeen()).isEqualTo(files);
		assertThat(summary.skipped()).isEqualTo(files);
	}

	@Test
	void fileWithTheRecordedSizeAndModificationTimeIsNotReadAgain() throws Exception {
		Workspace ws = IngestJobIT.workspaceWithBrokenFiles(this.tmp.resolve("ws"));
		IngestJobIT.ingest(ws, Map.of());
		Path seed = ws.articles.resolve(SEED);
		FileTime modified = Files.getLastModifiedTime(seed);
		long size = Files.size(seed);
		// other bytes, same size, modification time put back: the ledger cannot tell
		Files.writeString(seed, Files.readString(seed, StandardCharsets.UTF_8).replace(TITLE, OTHER_TITLE),
				StandardCharsets.UTF_8);
		Files.setLastModifiedTime(seed, modified);
		assertThat(Files.size(seed)).isEqualTo(size);

		IngestJobIT.ingest(ws, Map.of());

		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE title = '" + TITLE + "'")).as("old title kept").isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE title = '" + OTHER_TITLE + "'")).isZero();
	}

	@Test
	void touchedFileWithTheSameContentIsReStampedAndNotLoadedAgain() throws Exception {
		Workspace ws = IngestJobIT.workspaceWithBrokenFiles(this.tmp.resolve("ws"));
		IngestJobIT.ingest(ws, Map.of());
		Map<String, List<List<String>>> first = ws.snapshot(false);
		long firstRun = ws.count("SELECT run_id FROM article WHERE file = '" + SEED + "'");
		Path seed = ws.articles.resolve(SEED);
		Files.setLastModifiedTime(seed, FileTime.fromMillis(Files.getLastModifiedTime(seed).toMillis() + 3_600_000));

		JobRunner.Launch touched = IngestJobIT.ingest(ws, Map.of());

		assertThat(readCount(touched)).as("the touched file is read and hashed").isOne();
		Workspace.assertSameData(ws.snapshot(false), first);
		assertThat(ws.count("SELECT run_id FROM article WHERE file = '" + SEED + "'")).as("article not rewritten")
			.isEqualTo(firstRun);
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger WHERE path = '" + SEED + "' AND modified = TIMESTAMP '"
				+ Files.getLastModifiedTime(seed).toInstant().toString().replace('T', ' ').replace("Z", "+00:00")
				+ "'"))
			.as("ledger re-stamped")
			.isOne();

		JobRunner.Launch third = IngestJobIT.ingest(ws, Map.of());

		assertThat(readCount(third)).as("the re-stamped file is skipped unread").isZero();
	}

	@Test
	void fileChangedWithTheSameSizeIsLoadedAgain() throws Exception {
		Workspace ws = IngestJobIT.workspaceWithBrokenFiles(this.tmp.resolve("ws"));
		// people the seed page names, so that its article has mentions to lose
		Files.writeString(ws.rosters.resolve("leaders.csv"), """
				姓名,职务,单位,日期
				李 明,安徽省人大常委会副主任、省总工会主席,,2019-05-21
				尹文卓,编辑,中工网,2019-05-21
				""");
		IngestJobIT.ingest(ws, Map.of());
		Path seed = ws.articles.resolve(SEED);
		FileTime modified = Files.getLastModifiedTime(seed);
		long size = Files.size(seed);
		Files.writeString(seed, Files.readString(seed, StandardCharsets.UTF_8).replace(TITLE, OTHER_TITLE),
				StandardCharsets.UTF_8);
		Files.setLastModifiedTime(seed, FileTime.fromMillis(modified.toMillis() + 1_000));
		assertThat(Files.size(seed)).isEqualTo(size);

		JobRunner.Launch changed = IngestJobIT.ingest(ws, Map.of());

		assertThat(readCount(changed)).isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE file = '" + SEED + "'")).isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE title = '" + OTHER_TITLE + "'")).isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE title = '" + TITLE + "'")).isZero();
		// the replaced article's mentions went with it; the new one's were computed
		assertThat(ws.count("SELECT COUNT(*) FROM article_mention m JOIN article a ON a.id = m.article_id "
				+ "WHERE a.title = '" + OTHER_TITLE + "'"))
			.isPositive();
		assertThat(ws.count("SELECT COUNT(*) FROM article_mention m WHERE NOT EXISTS "
				+ "(SELECT 1 FROM article a WHERE a.id = m.article_id)"))
			.isZero();
		assertThat(ws.count("SELECT COUNT(*) FROM article_mention_scan s WHERE NOT EXISTS "
				+ "(SELECT 1 FROM article a WHERE a.id = s.article_id)"))
			.isZero();
	}

	@Test
	void restartAmongUnchangedFilesEndsLikeAnUninterruptedRerun() throws Exception {
		Workspace clean = halfLoaded(this.tmp.resolve("clean"));
		IngestJobIT.ingest(clean, Map.of("newsroll.ingest.chunk-size", 1));
		Workspace ws = halfLoaded(this.tmp.resolve("failing"));
		long unchanged = ws.count("SELECT COUNT(*) FROM file_ledger");

		JobRunner.Launch failed = IngestJobIT.ingest(ws,
				Map.of("newsroll.ingest.chunk-size", 1, "newsroll.ingest.fail-after-files", unchanged + 2));

		assertThat(failed.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger")).isGreaterThan(unchanged)
			.isLessThan(IngestJobIT.countFiles(ws.articles));

		JobRunner.Launch resumed = IngestJobIT.ingest(ws, Map.of("newsroll.ingest.chunk-size", 1));

		assertThat(resumed.resumed()).isTrue();
		assertThat(resumed.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Workspace.assertSameData(ws.snapshot(false), clean.snapshot(false));
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger")).isEqualTo(IngestJobIT.countFiles(ws.articles));
	}

	/**
	 * A workspace whose every other file (by name) was loaded by a first run; the others
	 * are then added.
	 */
	private static Workspace halfLoaded(Path root) throws Exception {
		Workspace ws = IngestJobIT.workspaceWithBrokenFiles(root);
		Path aside = Files.createDirectories(root.resolve("aside"));
		List<Path> files;
		try (var walk = Files.walk(ws.articles)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		for (int i = 1; i < files.size(); i += 2) {
			Path target = aside.resolve(ws.articles.relativize(files.get(i)).toString().replace('/', '_'));
			Files.move(files.get(i), target);
		}
		IngestJobIT.ingest(ws, Map.of());
		for (int i = 1; i < files.size(); i += 2) {
			Files.move(aside.resolve(ws.articles.relativize(files.get(i)).toString().replace('/', '_')), files.get(i));
		}
		return ws;
	}

	private static long readCount(JobRunner.Launch launch) {
		return launch.execution()
			.getStepExecutions()
			.stream()
			.filter((s) -> s.getStepName().contains(":partition"))
			.mapToLong(StepExecution::getReadCount)
			.sum();
	}

}
