package io.newsroll.batch.articles;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import io.newsroll.batch.db.HsqldbUrls;
import io.newsroll.batch.NewsrollProperties;
import io.newsroll.batch.db.Migrations;
import io.newsroll.core.article.BodyFingerprint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copy linking over a real database: band by band, run after run, the links are those of
 * the definition applied to all articles at once (each copy linked to its group's
 * earliest article), whatever the order the articles arrived in, and after articles are
 * re-loaded or deleted.
 */
class CopyGroupsTest {

	private static final Instant DAY_ONE = Instant.parse("2024-03-01T00:00:00Z");

	@TempDir
	Path tmp;

	private JdbcTemplate jdbc;

	private ArticleRepository articles;

	@BeforeEach
	void database() {
		SimpleDriverDataSource ds = new SimpleDriverDataSource(new org.hsqldb.jdbc.JDBCDriver(),
				HsqldbUrls.unpooled(this.tmp.resolve("db/newsroll")), "SA", "");
		Migrations.migrate(ds);
		this.jdbc = new JdbcTemplate(ds);
		this.articles = new ArticleRepository(this.jdbc,
				new NewsrollProperties(Path.of("input"), Path.of("output"), Path.of("jobs"), ZoneId.of("Asia/Shanghai"),
						new NewsrollProperties.Ingest(50, 2, 1 << 25, 1 << 26, 512, 50, 30_000, 0, 0, "", 1_000_000)));
	}

	@AfterEach
	void shutdown() {
		this.jdbc.execute("SHUTDOWN");
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void linksEachCopyToTheEarliestArticleOfItsGroup(long seed) {
		List<BandCopies.Member> all = clusteredArticles(new Random(seed), 400);
		all.forEach(this::save);

		link();

		Set<String> expected = definition(all);
		assertThat(expected).as("the generated articles hold both kinds of copies, and chains of near copies")
			.anyMatch((l) -> l.contains("|DUPLICATE|"))
			.anyMatch((l) -> l.contains("|REPRINT|"));
		assertThat(links()).isEqualTo(expected);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM article_band_pending", Integer.class)).isZero();
	}

	@ParameterizedTest
	@ValueSource(longs = { 11, 12, 13 })
	void articlesArrivingInAnyOrderOverManyRunsEndWithTheLinksOfOneRun(long seed) {
		Random random = new Random(seed);
		List<BandCopies.Member> all = clusteredArticles(random, 400);
		List<BandCopies.Member> arriving = new ArrayList<>(all);
		Collections.shuffle(arriving, random);
		Map<String, String> firstOriginal = new HashMap<>();
		int from = 0;
		while (from < arriving.size()) {
			int to = Math.min(arriving.size(), from + 1 + random.nextInt(80));
			arriving.subList(from, to).forEach(this::save);
			link();
			for (String l : links()) {
				String[] f = l.split("\\|");
				firstOriginal.putIfAbsent(f[1] + "|" + f[2], f[0]);
			}
			from = to;
		}

		assertThat(links()).isEqualTo(definition(all));
		assertThat(links()).as("some group's original arrived after its copies had been linked to another")
			.anyMatch((l) -> {
				String[] f = l.split("\\|");
				return !f[0].equals(firstOriginal.get(f[1] + "|" + f[2]));
			});
	}

	@ParameterizedTest
	@ValueSource(longs = { 21, 22 })
	void reloadedAndDeletedArticlesLeaveTheLinksOfTheArticlesThatRemain(long seed) {
		Random random = new Random(seed);
		List<BandCopies.Member> all = clusteredArticles(random, 400);
		all.forEach(this::save);
		link();
		Map<String, BandCopies.Member> remaining = new HashMap<>();
		all.forEach((m) -> remaining.put(m.id(), m));
		List<BandCopies.Member> reloaded = clusteredArticles(random, 400);
		for (int i = 0; i < 60; i++) {
			BandCopies.Member old = all.get(random.nextInt(all.size()));
			if (!remaining.containsKey(old.id())) {
				continue;
			}
			if (random.nextBoolean()) {
				this.articles.delete(old.id());
				remaining.remove(old.id());
			}
			else {
				// the same article (id) with another body, site or date
				BandCopies.Member other = reloaded.get(i);
				BandCopies.Member changed = new BandCopies.Member(old.id(), other.siteDomain(), other.bodyHash(),
						other.simhash(), other.published());
				save(changed, true);
				remaining.put(old.id(), changed);
			}
		}

		link();

		assertThat(links()).isEqualTo(definition(new ArrayList<>(remaining.values())));
	}

	@Test
	void aThousandIdenticalBodiesMakeOneLinkPerCopy() {
		long simhash = 0x5a5a_1234_9876_0f0fL;
		List<BandCopies.Member> all = new ArrayList<>();
		for (int i = 0; i < 1500; i++) {
			all.add(new BandCopies.Member(String.format(Locale.ROOT, "id%05d", i), "site" + (i % 7) + ".cn", "same",
					simhash, DAY_ONE.plusSeconds(3600L * ((i * 7919) % 1500))));
		}
		all.subList(0, 1000).forEach(this::save);
		link();
		all.subList(1000, 1500).forEach(this::save);
		link();

		// the earliest: (i * 7919) % 1500 == 0 for i = 0 only
		assertThat(this.jdbc.queryForList("SELECT DISTINCT article_id || ' ' || kind FROM article_link", String.class))
			.containsExactly("id00000 DUPLICATE");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM article_link", Integer.class)).isEqualTo(1499);
	}

	private void save(BandCopies.Member m) {
		save(m, false);
	}

	private void save(BandCopies.Member m, boolean stored) {
		this.articles.saveBands(m.id(), m.siteDomain(), new BodyFingerprint(m.bodyHash(), m.simhash()),
				m.published().atOffset(ZoneOffset.ofHours(8)), stored);
	}

	/** What the linking step does: every pending band, until none is left. */
	private void link() {
		for (List<Integer> bands = this.articles.pendingBands(1000); !bands.isEmpty(); bands = this.articles
			.pendingBands(1000)) {
			for (int band : bands) {
				this.articles.join(BandCopies.find(band, this.articles.band(band), this.articles.pendingIn(band)));
				this.articles.bandLinked(band);
			}
		}
	}

	private Set<String> links() {
		return new HashSet<>(this.jdbc.query("SELECT article_id, other_id, kind, similarity FROM article_link",
				(rs, i) -> link(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4))));
	}

	private static String link(String original, String copy, String kind, double similarity) {
		return original + "|" + copy + "|" + kind + "|" + String.format(Locale.ROOT, "%.6f", similarity);
	}

	/**
	 * The links by the definition, all articles at once: a body hash's articles are a
	 * DUPLICATE group; near bodies (simhash within 3 bits) on different sites, not the
	 * same body, join a REPRINT group, transitively; each copy is linked to its group's
	 * earliest article.
	 */
	private static Set<String> definition(List<BandCopies.Member> all) {
		Set<String> links = new HashSet<>();
		Map<String, List<BandCopies.Member>> byHash = new HashMap<>();
		all.forEach((m) -> byHash.computeIfAbsent(m.bodyHash(), (k) -> new ArrayList<>()).add(m));
		for (List<BandCopies.Member> group : byHash.values()) {
			BandCopies.Member original = Collections.min(group, BandCopies.EARLIEST);
			group.stream()
				.filter((m) -> m != original)
				.forEach((m) -> links.add(link(original.id(), m.id(), "DUPLICATE", 1.0)));
		}
		int[] parent = new int[all.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int i = 0; i < all.size(); i++) {
			for (int j = i + 1; j < all.size(); j++) {
				BandCopies.Member a = all.get(i);
				BandCopies.Member b = all.get(j);
				if (BodyFingerprint.distance(a.simhash(), b.simhash()) <= BodyFingerprint.NEAR_BITS
						&& !Objects.equals(a.siteDomain(), b.siteDomain()) && !a.bodyHash().equals(b.bodyHash())) {
					parent[root(parent, i)] = root(parent, j);
				}
			}
		}
		Map<Integer, List<BandCopies.Member>> components = new HashMap<>();
		for (int i = 0; i < all.size(); i++) {
			components.computeIfAbsent(root(parent, i), (k) -> new ArrayList<>()).add(all.get(i));
		}
		for (List<BandCopies.Member> group : components.values()) {
			BandCopies.Member original = Collections.min(group, BandCopies.EARLIEST);
			group.stream()
				.filter((m) -> m != original)
				.forEach((m) -> links.add(link(original.id(), m.id(), "REPRINT",
						1.0 - BodyFingerprint.distance(original.simhash(), m.simhash()) / 64.0)));
		}
		return links;
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			i = parent[i];
		}
		return i;
	}

	/**
	 * Articles around a few base simhashes, a few bits off, on a few sites, some with the
	 * same body, published on a few days (so that times tie).
	 */
	static List<BandCopies.Member> clusteredArticles(Random random, int n) {
		long[] bases = new long[8];
		for (int i = 0; i < bases.length; i++) {
			bases[i] = random.nextLong();
		}
		List<BandCopies.Member> articles = new ArrayList<>();
		Map<Long, String> hashOf = new HashMap<>();
		for (int i = 0; i < n; i++) {
			long simhash = bases[random.nextInt(bases.length)];
			int flips = random.nextInt(7);
			for (int f = 0; f < flips; f++) {
				simhash ^= 1L << random.nextInt(64);
			}
			String site = (random.nextInt(5) == 0) ? null : "site" + random.nextInt(3) + ".cn";
			// same simhash: usually the same body, sometimes a different one
			String hash = (random.nextInt(4) == 0) ? "other" + random.nextLong()
					: hashOf.computeIfAbsent(simhash, (s) -> "h" + s);
			articles.add(new BandCopies.Member(String.format(Locale.ROOT, "%04d", random.nextInt(10_000)) + "-" + i,
					site, hash, simhash, DAY_ONE.plusSeconds(86_400L * random.nextInt(6))));
		}
		return articles;
	}

}
