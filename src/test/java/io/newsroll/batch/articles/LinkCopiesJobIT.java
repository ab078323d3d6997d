package io.newsroll.batch.articles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.newsroll.batch.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Copy linking in the whole ingest job, over the narrow key and band rows. */
class LinkCopiesJobIT {

	private static final String SEED = "workercn/workercn-2019-05-21-anhui.txt";

	private static final String COPY = "other/anhui-copy.txt";

	private static final String PAIR = "SELECT COUNT(*) FROM article_link l JOIN article a ON a.id = l.article_id "
			+ "JOIN article b ON b.id = l.other_id WHERE l.kind = 'DUPLICATE' AND " + "((a.file = '" + SEED
			+ "' AND b.file = '" + COPY + "') OR (a.file = '" + COPY + "' AND b.file = '" + SEED + "'))";

	@TempDir
	Path tmp;

	@Test
	void sameBodyUnderAnotherTitleIsLinkedAndTheLinkGoesWhenTheCopyChanges() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		String seed = Files.readString(ws.articles.resolve(SEED), StandardCharsets.UTF_8);
		Path copy = Files.createDirectories(ws.articles.resolve("other")).resolve("anhui-copy.txt");
		// another title is another article id; the body is the same
		Files.writeString(copy, seed.replace("团结动员广大职工为建设美好安徽作贡献", "安徽：团结动员广大职工建设美好安徽"), StandardCharsets.UTF_8);

		IngestJobIT.ingest(ws, Map.of());

		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE file IN ('" + SEED + "', '" + COPY + "')"))
			.isEqualTo(2);
		assertThat(ws.count(PAIR)).isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM article_band_pending")).as("nothing left to link").isZero();
		assertThat(ws.count("SELECT COUNT(*) FROM article_band"))
			.isEqualTo(4 * ws.count("SELECT COUNT(*) FROM article"));
		assertThat(ws.count("SELECT COUNT(*) FROM article_key k JOIN article a ON a.id = k.article_id "
				+ "AND a.file = k.file AND a.run_id = k.run_id"))
			.isEqualTo(ws.count("SELECT COUNT(*) FROM article"));

		Files.writeString(copy,
				seed.replace("团结动员广大职工为建设美好安徽作贡献", "安徽：团结动员广大职工建设美好安徽").replace("职工", "工人").replace("工会", "协会"),
				StandardCharsets.UTF_8);
		IngestJobIT.ingest(ws, Map.of());

		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE file = '" + COPY + "' AND body LIKE '%协会%'")).isOne();
		assertThat(ws.count(PAIR)).as("the changed copy is no copy any more").isZero();
		assertThat(ws.count("SELECT COUNT(*) FROM article_band"))
			.isEqualTo(4 * ws.count("SELECT COUNT(*) FROM article"));
		assertThat(ws.count("SELECT COUNT(*) FROM article_band_pending")).isZero();
	}

	@Test
	void copiesArrivingInALaterRunEndWithTheLinksOfOneRunOverAllFiles() throws Exception {
		// the seed's body under other titles (other ids) and dates; two of them,
		// published
		// before the seed, arrive in a second run
		Map<String, String> later = Map.of("later-1.txt", "2019-05-22 09:00:00", "later-2.txt", "2019-05-23 10:00:00");
		Map<String, String> earlier = Map.of("earlier-1.txt", "2019-05-20 08:00:00", "earlier-2.txt",
				"2019-05-19 07:00:00");
		Workspace incremental = Workspace.withSamplePages(this.tmp.resolve("incremental"));
		writeCopies(incremental, later);
		IngestJobIT.ingest(incremental, Map.of());
		assertThat(incremental.count(DUPLICATES_OF_SEED_DAY)).as("the seed is the original of the first run's copies")
			.isEqualTo(2);
		writeCopies(incremental, earlier);
		IngestJobIT.ingest(incremental, Map.of());

		Workspace once = Workspace.withSamplePages(this.tmp.resolve("once"));
		writeCopies(once, later);
		writeCopies(once, earlier);
		IngestJobIT.ingest(once, Map.of());

		List<List<String>> links = incremental.snapshot(false).get("article_link");
		assertThat(links).isEqualTo(once.snapshot(false).get("article_link"));
		assertThat(incremental.count("SELECT COUNT(*) FROM article_link l JOIN article a ON a.id = l.article_id "
				+ "WHERE l.kind = 'DUPLICATE' AND a.file = 'other/earlier-2.txt'"))
			.as("the earliest copy is the original of the four others")
			.isEqualTo(4);
		assertThat(incremental.count("SELECT COUNT(*) FROM article_link WHERE kind = 'DUPLICATE'")).isEqualTo(4);
	}

	private static final String DUPLICATES_OF_SEED_DAY = "SELECT COUNT(*) FROM article_link l JOIN article a "
			+ "ON a.id = l.article_id WHERE l.kind = 'DUPLICATE' AND a.file = '" + SEED + "'";

	private static void writeCopies(Workspace ws, Map<String, String> dates) throws Exception {
		String seed = Files.readString(ws.articles.resolve(SEED), StandardCharsets.UTF_8);
		Path dir = Files.createDirectories(ws.articles.resolve("other"));
		for (Map.Entry<String, String> copy : dates.entrySet()) {
			String title = "安徽：团结动员广大职工建设美好安徽（" + copy.getKey() + "）";
			Files.writeString(dir.resolve(copy.getKey()),
					seed.replace("团结动员广大职工为建设美好安徽作贡献", title).replace("2019-05-21 07:39:30", copy.getValue()),
					StandardCharsets.UTF_8);
		}
	}

}
