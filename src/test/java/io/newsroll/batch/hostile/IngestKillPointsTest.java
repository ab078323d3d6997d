package io.newsroll.batch.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import io.newsroll.batch.CliProcess;
import io.newsroll.batch.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code newsroll ingest} as a real process, halted without any clean-up (as SIGKILL
 * leaves it) at kill points inside the copy-linking and roster steps, in the middle of a
 * transaction; then the same command again: it opens the database with no manual step and
 * ends with the data of a run that was never interrupted (every article once, the same
 * links, snapshots and mentions).
 */
class IngestKillPointsTest {

	private static final String LEADERS = """
			姓名,职务,单位,日期
			李强,国务院总理,国务院,2019-05-21
			李 明,安徽省人大常委会副主任、省总工会主席,,2019-05-21
			尹文卓,编辑,中工网,2019-05-21
			""";

	private static final String UNION = """
			姓名,职务,单位,日期
			王东明,全国总工会主席,中华全国总工会,2019-05-21
			陈 刚,"全国总工会党组书记、副主席",中华全国总工会,2019-05-21
			谭天星,"全国总工会副主席、书记处书记",中华全国总工会,2019-05-21
			""";

	private static final String SEED_TITLE = "团结动员广大职工为建设美好安徽作贡献";

	@TempDir
	static Path tmp;

	static Workspace clean;

	static Map<String, List<List<String>>> uninterrupted;

	@BeforeAll
	static void runOnceWithoutInterruption() throws Exception {
		clean = workspace(tmp.resolve("clean"));
		CliProcess.Result run = CliProcess.run(clean.root, Map.of(), "ingest");
		assertThat(run.exitCode()).as(run.err()).isZero();
		uninterrupted = clean.snapshot(false);
		// the steps under test have work to lose: links, roster files, mentions
		assertThat(clean.count("SELECT COUNT(*) FROM article_link")).isGreaterThanOrEqualTo(4);
		assertThat(clean.count("SELECT COUNT(*) FROM roster_snapshot WHERE source_kind = 'FILE'")).isEqualTo(3);
		assertThat(clean.count("SELECT COUNT(*) FROM article_mention")).isGreaterThanOrEqualTo(5);
	}

	@ParameterizedTest(name = "halted at {0}")
	@CsvSource(delimiter = ';',
			value = { "linkCopies:3; SELECT COUNT(*) FROM article_link",
					"ingestRosterFiles:2; SELECT COUNT(*) FROM roster_snapshot WHERE source_kind = 'FILE'",
					"linkMentions:5; SELECT COUNT(*) FROM article_mention_scan" })
	void rerunAfterAHaltInsideTheStepEndsWithTheDataOfAnUninterruptedRun(String killPoint, String stepRows,
			@TempDir Path dir) throws Exception {
		Workspace ws = workspace(dir.resolve("ws"));

		CliProcess.Result killed = CliProcess.run(ws.root, Map.of("newsroll.ingest.halt-at", killPoint), "ingest");

		assertThat(killed.exitCode()).as(killed.err()).isEqualTo(137);
		assertThat(killed.err()).contains("halted at kill point " + killPoint);
		// a copy of what the halt left (the rerun must find the original untouched): the
		// steps before committed, the step's open transaction is gone
		Path left = copyDatabase(ws, dir.resolve("left"));
		assertThat(count(left, "SELECT COUNT(*) FROM article")).isEqualTo(clean.count("SELECT COUNT(*) FROM article"));
		assertThat(count(left, stepRows)).as("rows of the halted step's open transaction").isZero();

		CliProcess.Result rerun = CliProcess.run(ws.root, Map.of(), "ingest");

		assertThat(rerun.exitCode()).as(rerun.err()).isZero();
		assertThat(rerun.out()).contains("COMPLETED");
		Workspace.assertSameData(ws.snapshot(false), uninterrupted);
		assertThat(ws.count("SELECT COUNT(*) FROM article")).isEqualTo(clean.count("SELECT COUNT(*) FROM article"));
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger"))
			.isEqualTo(countFiles(ws.articles) + countFiles(ws.rosters));
	}

	/**
	 * The sample pages, four copies of the seed page under other headlines (same body:
	 * linked as DUPLICATE), three roster files naming people in the pages.
	 */
	static Workspace workspace(Path root) throws IOException {
		Workspace ws = Workspace.withSamplePages(root);
		Path seed = ws.articles.resolve("workercn/workercn-2019-05-21-anhui.txt");
		String text = Files.readString(seed);
		Path copies = Files.createDirectories(ws.articles.resolve("copies"));
		String[] places = { "江淮", "皖北", "皖南", "合肥" };
		for (int i = 0; i < places.length; i++) {
			Files.writeString(copies.resolve("copy-" + i + ".txt"),
					text.replace(SEED_TITLE, SEED_TITLE.replace("安徽", places[i])));
		}
		Files.writeString(ws.rosters.resolve("leaders.csv"), LEADERS);
		Files.writeString(ws.rosters.resolve("union.csv"), UNION);
		Files.writeString(ws.rosters.resolve("union-later.csv"), UNION.replace("2019-05-21", "2019-09-01"));
		return ws;
	}

	private static Path copyDatabase(Workspace ws, Path to) throws IOException {
		Path from = ws.output.resolve("db");
		Files.createDirectories(to);
		try (var files = Files.list(from)) {
			for (Path f : files.toList()) {
				// the dead process's lock file would make the copy wait for it
				if (Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".lck")) {
					Files.copy(f, to.resolve(f.getFileName()));
				}
			}
		}
		return to.resolve("newsroll");
	}

	private static long count(Path db, String sql) throws Exception {
		try (Connection con = DriverManager.getConnection("jdbc:hsqldb:file:" + db + ";shutdown=true", "SA", "");
				Statement st = con.createStatement();
				ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static long countFiles(Path dir) throws IOException {
		try (var files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

}
