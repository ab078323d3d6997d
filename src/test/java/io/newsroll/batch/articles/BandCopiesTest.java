package io.newsroll.batch.articles;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import io.newsroll.core.article.BodyFingerprint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BandCopiesTest {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void bandByBandFindsExactlyThePairsOfTheAllPairsDefinition(long seed) {
		Random random = new Random(seed);
		List<BandCopies.Member> articles = clusteredArticles(random, 400);
		Set<String> pending = new HashSet<>();
		for (BandCopies.Member m : articles) {
			if (random.nextInt(3) > 0) {
				pending.add(m.id());
			}
		}

		List<BandCopies.Link> found = new ArrayList<>();
		for (Map.Entry<Integer, List<BandCopies.Member>> band : byBand(articles).entrySet()) {
			found.addAll(BandCopies.find(band.getKey(), band.getValue(), pending));
		}

		Set<BandCopies.Link> expected = allPairs(articles, pending);
		assertThat(expected).as("the generated articles hold both kinds of copies")
			.anyMatch((l) -> l.kind().equals("DUPLICATE"))
			.anyMatch((l) -> l.kind().equals("REPRINT"));
		assertThat(found).as("each pair found once").doesNotHaveDuplicates();
		assertThat(new HashSet<>(found)).isEqualTo(expected);
	}

	@Test
	void sameSiteNearBodiesAreNoReprintButSameBodiesAreDuplicatesOnAnySite() {
		long simhash = 0x0123_4567_89ab_cdefL;
		BandCopies.Member a = new BandCopies.Member("a", "one.cn", "h1", simhash);
		BandCopies.Member b = new BandCopies.Member("b", "one.cn", "h2", simhash ^ 0b101);
		BandCopies.Member c = new BandCopies.Member("c", "two.cn", "h3", simhash ^ (1L << 40));
		BandCopies.Member d = new BandCopies.Member("d", "one.cn", "h1", simhash);
		BandCopies.Member e = new BandCopies.Member("e", "two.cn", "h4", simhash ^ 0b1111);

		List<BandCopies.Link> links = BandCopies.find(BandCopies.key(simhash, 0), List.of(a, b, c, d, e), Set.of("a"));

		assertThat(links).containsExactlyInAnyOrder(new BandCopies.Link("a", "d", "DUPLICATE", 1.0),
				new BandCopies.Link("a", "c", "REPRINT", 1.0 - 1 / 64.0));
	}

	@Test
	void aBandOfOneSitesManyVariantsIsNotComparedPairByPair() {
		Random random = new Random(9);
		long base = random.nextLong();
		List<BandCopies.Member> members = new ArrayList<>();
		for (int i = 0; i < 100_000; i++) {
			long variant = base ^ (1L << (16 + random.nextInt(48))) ^ (1L << (16 + random.nextInt(48)));
			members.add(new BandCopies.Member("id" + i, "template.cn", "h" + i, variant));
		}

		assertThat(timed(members)).as("CPU milliseconds (all pairs: 5*10^9 comparisons)").isLessThan(5_000);
	}

	@Test
	void aBandSharedByManySitesFarApartElsewhereIsNotComparedPairByPair() {
		Random random = new Random(10);
		long band = random.nextLong() & 0xFFFF;
		List<BandCopies.Member> members = new ArrayList<>();
		for (int i = 0; i < 100_000; i++) {
			members.add(new BandCopies.Member("id" + i, "site" + random.nextInt(100) + ".cn", "h" + i,
					(random.nextLong() & ~0xFFFFL) | band));
		}

		assertThat(timed(members)).as("CPU milliseconds (all pairs: 5*10^9 comparisons)").isLessThan(5_000);
	}

	/**
	 * Links every article of one band with the others, all pending: CPU milliseconds of
	 * this thread (not wall time, which a busy machine stretches).
	 */
	private static long timed(List<BandCopies.Member> members) {
		Set<String> pending = new HashSet<>();
		members.forEach((m) -> pending.add(m.id()));
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long t0 = threads.getCurrentThreadCpuTime();
		List<BandCopies.Link> links = BandCopies.find(BandCopies.key(members.get(0).simhash(), 0), members, pending);
		long millis = (threads.getCurrentThreadCpuTime() - t0) / 1_000_000;
		assertThat(links).allSatisfy((l) -> assertThat(l.kind()).isEqualTo("REPRINT"));
		return millis;
	}

	/**
	 * Articles around a few base simhashes, a few bits off, on a few sites, some with the
	 * same body.
	 */
	private static List<BandCopies.Member> clusteredArticles(Random random, int n) {
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
			String hash = (random.nextInt(4) == 0) ? "other" + i : hashOf.computeIfAbsent(simhash, (s) -> "h" + s);
			articles.add(new BandCopies.Member(String.format("%04d", random.nextInt(10_000)) + "-" + i, site, hash,
					simhash));
		}
		return articles;
	}

	private static Map<Integer, List<BandCopies.Member>> byBand(List<BandCopies.Member> articles) {
		Map<Integer, List<BandCopies.Member>> bands = new HashMap<>();
		for (BandCopies.Member m : articles) {
			for (int i = 0; i < BandCopies.BANDS; i++) {
				bands.computeIfAbsent(BandCopies.key(m.simhash(), i), (k) -> new ArrayList<>()).add(m);
			}
		}
		return bands;
	}

	/** What linking means, pair by pair: the previous implementation's rule. */
	private static Set<BandCopies.Link> allPairs(List<BandCopies.Member> articles, Set<String> pending) {
		Set<BandCopies.Link> links = new HashSet<>();
		for (BandCopies.Member p : articles) {
			if (!pending.contains(p.id())) {
				continue;
			}
			for (BandCopies.Member m : articles) {
				if (m == p) {
					continue;
				}
				int distance = BodyFingerprint.distance(p.simhash(), m.simhash());
				if (p.bodyHash().equals(m.bodyHash())) {
					links.add(BandCopies.Link.of(p.id(), m.id(), "DUPLICATE", 1.0));
				}
				else if (!Objects.equals(p.siteDomain(), m.siteDomain()) && distance <= BodyFingerprint.NEAR_BITS) {
					links.add(BandCopies.Link.of(p.id(), m.id(), "REPRINT", 1.0 - distance / 64.0));
				}
			}
		}
		return links;
	}

}
