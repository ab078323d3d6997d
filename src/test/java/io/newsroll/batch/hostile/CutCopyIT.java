package io.newsroll.batch.hostile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.newsroll.batch.Workspace;
import io.newsroll.batch.articles.IngestLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A download that broke off leaves the first kilobytes of a page: headline, date, the
 * first paragraphs, no footer. That cut copy is the same story as the whole page: one
 * article, the longer body kept, the cut file rejected as its DUPLICATE, whichever of the
 * two files is read first.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CutCopyIT {

	private static final String SEED = "workercn/workercn-2019-05-21-anhui.txt";

	private static final String CUT = "workercn/cut-download.txt";

	private static final String TITLE = "团结动员广大职工为建设美好安徽作贡献";

	@TempDir
	Path tmp;

	@Test
	void aCutCopyReadAfterTheWholePageIsItsDuplicate() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		ingest(ws);
		long whole = bodyChars(ws);

		writeCutCopy(ws);
		ingest(ws);

		assertOneStoryWithTheWholeBody(ws, whole);
	}

	@Test
	void aWholePageReadAfterItsCutCopyReplacesTheCutBody() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		Path seed = ws.articles.resolve(SEED);
		byte[] page = Files.readAllBytes(seed);
		writeCutCopy(ws);
		Files.delete(seed);
		ingest(ws);
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE title = '" + TITLE + "'")).isOne();
		long cut = bodyChars(ws);

		Files.write(seed, page);
		ingest(ws);

		long whole = bodyChars(ws);
		assertThat(whole).isGreaterThan(cut);
		assertOneStoryWithTheWholeBody(ws, whole);
		// the next run changes nothing
		ingest(ws);
		assertOneStoryWithTheWholeBody(ws, whole);
	}

	@Test
	void inOneRunTheWholePageIsKeptThoughTheCutCopysNameSortsFirst() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		writeCutCopy(ws);
		assertThat(CUT).isLessThan(SEED);
		ingest(ws);
		assertThat(ws.count("SELECT COUNT(*) FROM reject WHERE file = '" + SEED + "'")).isZero();
		assertOneStoryWithTheWholeBody(ws, bodyChars(ws));
		assertThat(bodyChars(ws)).isGreaterThan(1000);
	}

	private static void assertOneStoryWithTheWholeBody(Workspace ws, long wholeChars) throws Exception {
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE title = '" + TITLE + "'")).isOne();
		assertThat(bodyChars(ws)).isEqualTo(wholeChars);
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE title = '" + TITLE + "' AND file = '" + SEED + "'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger WHERE path = '" + SEED + "' AND status = 'LOADED'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger WHERE path = '" + CUT + "' AND status = 'REJECTED'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM reject WHERE file = '" + CUT + "' AND reason = 'DUPLICATE' "
				+ "AND message LIKE '%" + SEED + "%'"))
			.isOne();
	}

	private static long bodyChars(Workspace ws) throws Exception {
		return ws.count("SELECT MAX(body_chars) FROM article WHERE title = '" + TITLE + "'");
	}

	/**
	 * The first 3,000 bytes of the seed page, cut inside a UTF-8 character as a broken
	 * download is.
	 */
	private static void writeCutCopy(Workspace ws) throws Exception {
		byte[] page = Files.readAllBytes(ws.articles.resolve(SEED));
		Files.write(ws.articles.resolve(CUT), Arrays.copyOf(page, 3000));
	}

	private static void ingest(Workspace ws) throws Exception {
		try (ConfigurableApplicationContext ctx = ws.open(Map.of())) {
			assertThat(ctx.getBean(IngestLauncher.class).ingest(ws.articles, ws.rosters).completed()).isTrue();
		}
	}

}
