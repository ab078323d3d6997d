package io.newsroll.batch.articles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.newsroll.batch.db.HsqldbUrls;
import io.newsroll.batch.CliProcess;
import io.newsroll.batch.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rejects CSVs never collide and never go missing (issue 16, item 3): a run killed after
 * its article step leaves the CSV of the rejects it committed, and run 0 of a second
 * database in the same output directory writes a file of its own.
 */
class RejectsCsvIT {

	@TempDir
	Path tmp;

	@Test
	void aKilledRunLeavesItsCsvAndTwoDatabasesNeverShareOne() throws Exception {
		Workspace ws = IngestJobIT.workspaceWithBrokenFiles(this.tmp.resolve("ws"));
		Files.writeString(ws.rosters.resolve("a.csv"), "姓名,职务\n王东明,全国总工会主席\n");
		Files.writeString(ws.rosters.resolve("b.csv"), "姓名,职务\n陈刚,全国总工会副主席\n");

		CliProcess.Result killed = CliProcess.run(ws.root, Map.of("newsroll.ingest.halt-at", "ingestRosterFiles:1"),
				"ingest");

		assertThat(killed.exitCode()).as(killed.err()).isEqualTo(137);
		List<Path> afterKill = csvs(ws);
		assertThat(afterKill).hasSize(1);
		assertThat(afterKill.get(0).getFileName().toString()).matches("rejects-ingest-0-newsroll-[0-9a-f]{8}\\.csv");
		List<String> rows = Files.readAllLines(afterKill.get(0), StandardCharsets.UTF_8);
		assertThat(rows.get(0)).startsWith("\uFEFF\"run_id\"");
		assertThat(String.join("\n", rows)).contains("broken/junk.html").contains("broken/junk.txt.gz");
		long stored = ws.count("SELECT COUNT(*) FROM reject");
		assertThat(rows).hasSize((int) stored + 1);

		String first = Files.readString(afterKill.get(0));
		String otherDb = HsqldbUrls.file(ws.output.resolve("db/other"));
		CliProcess.Result other = CliProcess.run(ws.root, Map.of(), "ingest", "--db-url", otherDb);

		assertThat(other.exitCode()).as(other.err()).isZero();
		List<Path> both = csvs(ws);
		assertThat(both).hasSize(2);
		assertThat(both)
			.anyMatch((p) -> p.getFileName().toString().matches("rejects-ingest-0-other-[0-9a-f]{8}\\.csv"));
		assertThat(Files.readString(afterKill.get(0))).as("the first database's CSV").isEqualTo(first);
		assertThat(other.out()).contains("rejects written to").contains("rejects-ingest-0-other-");
	}

	private static List<Path> csvs(Workspace ws) throws Exception {
		Path dir = ws.output.resolve("rejects");
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (var files = Files.list(dir)) {
			return files.filter((p) -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
		}
	}

}
