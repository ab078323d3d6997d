package io.newsroll.batch.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.newsroll.batch.db.HsqldbUrls;
import io.newsroll.batch.CliProcess;
import io.newsroll.batch.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code newsroll ingest} as a real process, killed with SIGKILL (or halted without any
 * clean-up) at kill points inside the copy-linking and roster steps, in the middle of a
 * transaction, and each rerun killed again at the next step's kill point while it
 * resumes; then the same command once more: it opens the database with no manual step and
 * ends with the data of a run that was never interrupted (every article once, the same
 * links, snapshots and mentions).
 */
class IngestKillPointsIT {

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

	private static final String ARTICLES = "SELECT COUNT(*) FROM article";

	private static final String LINKS = "SELECT COUNT(*) FROM article_link";

	private static final String ROSTER_FILES = "SELECT COUNT(*) FROM roster_snapshot WHERE source_kind = 'FILE'";

	private static final String SCANNED = "SELECT COUNT(*) FROM article_mention_scan";

	/**
	 * Kill point; how (a SIGKILL from this test while the process waits there, or the
	 * process halting itself); the rows its step writes (none may outlive the kill); the
	 * rows of the step before it (all there: that step finished, in this run or resumed
	 * by it).
	 */
	private static final List<List<String>> KILL_POINTS = List.of(List.of("linkCopies:3", "SIGKILL", LINKS, ARTICLES),
			List.of("ingestRosterFiles:2", "halt", ROSTER_FILES, LINKS),
			List.of("linkMentions:5", "SIGKILL", SCANNED, ROSTER_FILES));

	@TempDir
	Path tmp;

	@Test
	void rerunsAfterHaltsInsideEachStepEndWithTheDataOfAnUninterruptedRun() throws Exception {
		Workspace clean = workspace(this.tmp.resolve("clean"));
		CliProcess.Result run = CliProcess.run(clean.root, Map.of(), "ingest");
		assertThat(run.exitCode()).as(run.err()).isZero();
		Map<String, List<List<String>>> uninterrupted = clean.snapshot(false);
		// the steps under test have work to lose: links, roster files, mentions
		assertThat(clean.count(LINKS)).isGreaterThanOrEqualTo(4);
		assertThat(clean.count(ROSTER_FILES)).isEqualTo(3);
		assertThat(clean.count("SELECT COUNT(*) FROM article_mention")).isGreaterThanOrEqualTo(5);

		Workspace ws = workspace(this.tmp.resolve("ws"));
		for (List<String> point : KILL_POINTS) {
			String killPoint = point.get(0);
			if (point.get(1).equals("SIGKILL")) {
				assertThat(sigkillAt(ws, killPoint)).as("exit code after SIGKILL").isEqualTo(137);
			}
			else {
				CliProcess.Result killed = CliProcess.run(ws.root, Map.of("newsroll.ingest.halt-at", killPoint),
						"ingest");
				assertThat(killed.exitCode()).as(killed.err()).isEqualTo(137);
				assertThat(killed.err()).contains("halted at kill point " + killPoint);
			}
			// what the kill left, looked at in a copy (the rerun must find the original
			// untouched)
			Path left = copyDatabase(ws, this.tmp.resolve("left-" + killPoint.replace(':', '-')));
			assertThat(count(left, point.get(2))).as("rows of the open transaction at %s", killPoint).isZero();
			assertThat(count(left, point.get(3))).as("rows of the step before %s", killPoint)
				.isEqualTo(clean.count(point.get(3)));
		}
		CliProcess.Result rerun = CliProcess.run(ws.root, Map.of(), "ingest");

		assertThat(rerun.exitCode()).as(rerun.err()).isZero();
		assertThat(rerun.out()).contains("COMPLETED");
		Map<String, List<List<String>>> after = ws.snapshot(false);
		Workspace.assertSameData(after, uninterrupted);
		assertThat(ws.count(ARTICLES)).isEqualTo(clean.count(ARTICLES));
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger"))
			.isEqualTo(countFiles(ws.articles) + countFiles(ws.rosters));
		System.out.printf("kill points tried: %s; rows compared with the uninterrupted run: %s%n",
				KILL_POINTS.stream().map((p) -> p.get(0)).toList(),
				new java.util.TreeMap<>(after.entrySet()
					.stream()
					.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().size()))));
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

	/**
	 * Starts ingest waiting at the kill point, and kills it with SIGKILL once it says it
	 * is there.
	 */
	private static int sigkillAt(Workspace ws, String killPoint) throws Exception {
		Process p = CliProcess.start(ws.root, Map.of("newsroll.ingest.halt-at", killPoint + ":wait"), "ingest");
		Path err = ws.root.resolve(".err");
		long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (!(Files.exists(err) && new String(Files.readAllBytes(err), StandardCharsets.UTF_8)
			.contains("waiting at kill point " + killPoint))) {
			if (!p.isAlive() || System.nanoTime() > giveUp) {
				p.destroyForcibly().waitFor();
				throw new AssertionError("ingest did not reach kill point " + killPoint + ": "
						+ new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
			}
			Thread.sleep(50);
		}
		p.destroyForcibly();
		return p.waitFor();
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
		try (Connection con = DriverManager.getConnection(HsqldbUrls.file(db), "SA", "");
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
