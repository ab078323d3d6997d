package io.newsroll.batch.articles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.newsroll.batch.Workspace;
import io.newsroll.batch.run.JobRunner;
import io.newsroll.batch.run.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page whose path is 1,300 characters long (a 250-character name 30 folders deep)
 * beside the sample pages (issue 17, item 4): it failed the whole ingest with "string
 * data, right truncation" (the ledger's path column held 1,024), and every rerun failed
 * the same way. It now loads under its whole path, and the rerun skips it unchanged.
 */
class LongPathIT {

	@TempDir
	Path tmp;

	@Test
	void aPageOfAPathOverAThousandCharactersLoadsUnderItsWholePath() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		Path dir = ws.articles.resolve("deep");
		for (int i = 0; i < 30; i++) {
			dir = dir.resolve(String.format("folder-%02d-", i) + "x".repeat(25));
		}
		Files.createDirectories(dir);
		Path page = dir.resolve("p".repeat(245) + ".txt");
		String seed = Files.readString(ws.articles.resolve("workercn/workercn-2019-05-21-anhui.txt"));
		Files.writeString(page, seed.replace("团结动员广大职工为建设美好安徽作贡献", "团结动员广大职工为建设美好江淮作贡献"));
		String name = ws.articles.relativize(page).toString();
		assertThat(name.length()).isGreaterThan(1_200);

		JobRunner.Launch first = IngestJobIT.ingest(ws, Map.of());

		assertThat(first.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE file = '" + name + "'")).isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger WHERE path = '" + name + "' AND status = 'LOADED'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM article")).isEqualTo(Workspace.SAMPLE_PAGES.size() + 2);

		JobRunner.Launch rerun = IngestJobIT.ingest(ws, Map.of());

		assertThat(rerun.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(RunSummary.of(rerun.execution(), 0, Map.of(), java.util.List.of()).skipped())
			.isEqualTo(Workspace.SAMPLE_PAGES.size() + 2);
	}

}
