package io.newsroll.batch.articles;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BandCopiesTest {

	@Test
	void sameSiteNearBodiesAreNoReprintButSameBodiesAreDuplicatesOnAnySite() {
		long simhash = 0x0123_4567_89ab_cdefL;
		BandCopies.Member a = member("a", "one.cn", "h1", simhash);
		BandCopies.Member b = member("b", "one.cn", "h2", simhash ^ 0b101);
		BandCopies.Member c = member("c", "two.cn", "h3", simhash ^ (1L << 40));
		BandCopies.Member d = member("d", "one.cn", "h1", simhash);
		BandCopies.Member e = member("e", "two.cn", "h4", simhash ^ 0b1111);

		List<BandCopies.Group> groups = BandCopies.find(BandCopies.key(simhash, 0), List.of(a, b, c, d, e),
				Set.of("a"));

		assertThat(groups).extracting(BandCopies.Group::kind, (g) -> ids(g))
			.containsExactlyInAnyOrder(tuple("DUPLICATE", Set.of("a", "d")), tuple("REPRINT", Set.of("a", "c")));
	}

	@Test
	void nearPairsJoinTransitivelyIntoOneReprintGroup() {
		long simhash = 0x0123_4567_89ab_cdefL;
		// a ~ b ~ c (2 bits each, 4 bits from a to c), each on its own site
		BandCopies.Member a = member("a", "one.cn", "h1", simhash);
		BandCopies.Member b = member("b", "two.cn", "h2", simhash ^ (0b11L << 20));
		BandCopies.Member c = member("c", "three.cn", "h3", simhash ^ (0b11L << 20) ^ (0b11L << 40));
		BandCopies.Member far = member("far", "four.cn", "h4", simhash ^ (0b1111L << 20) ^ (0b1111L << 40));

		List<BandCopies.Group> groups = BandCopies.find(BandCopies.key(simhash, 0), List.of(a, b, c, far),
				Set.of("a", "c", "far"));

		assertThat(groups).extracting(BandCopies.Group::kind, (g) -> ids(g))
			.containsExactly(tuple("REPRINT", Set.of("a", "b", "c")));
	}

	@Test
	void identicalBodiesComparedBeforeStandForTheirGroupByTheirEarliest() {
		long simhash = 0x0123_4567_89ab_cdefL;
		List<BandCopies.Member> members = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			members.add(new BandCopies.Member("id" + i, "site.cn", "same", simhash,
					Instant.parse("2024-01-01T00:00:00Z").plusSeconds(100 - i)));
		}

		List<BandCopies.Group> groups = BandCopies.find(BandCopies.key(simhash, 0), members, Set.of("id3", "id7"));

		assertThat(groups).extracting(BandCopies.Group::kind, (g) -> ids(g))
			.containsExactly(tuple("DUPLICATE", Set.of("id3", "id7", "id99")));
	}

	@Test
	void aBandOfOneSitesManyVariantsIsNotComparedPairByPair() {
		Random random = new Random(9);
		long base = random.nextLong();
		List<BandCopies.Member> members = new ArrayList<>();
		for (int i = 0; i < 100_000; i++) {
			long variant = base ^ (1L << (16 + random.nextInt(48))) ^ (1L << (16 + random.nextInt(48)));
			members.add(member("id" + i, "template.cn", "h" + i, variant));
		}

		assertThat(timed(members)).as("CPU milliseconds (all pairs: 5*10^9 comparisons)").isLessThan(5_000);
	}

	@Test
	void aBandSharedByManySitesFarApartElsewhereIsNotComparedPairByPair() {
		Random random = new Random(10);
		long band = random.nextLong() & 0xFFFF;
		List<BandCopies.Member> members = new ArrayList<>();
		for (int i = 0; i < 100_000; i++) {
			members.add(member("id" + i, "site" + random.nextInt(100) + ".cn", "h" + i,
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
		List<BandCopies.Group> groups = BandCopies.find(BandCopies.key(members.get(0).simhash(), 0), members, pending);
		long millis = (threads.getCurrentThreadCpuTime() - t0) / 1_000_000;
		assertThat(groups).allSatisfy((g) -> assertThat(g.kind()).isEqualTo("REPRINT"));
		return millis;
	}

	private static BandCopies.Member member(String id, String site, String bodyHash, long simhash) {
		return new BandCopies.Member(id, site, bodyHash, simhash, Instant.parse("2024-01-01T00:00:00Z"));
	}

	private static Set<String> ids(BandCopies.Group group) {
		Set<String> ids = new HashSet<>();
		group.members().forEach((m) -> ids.add(m.id()));
		return ids;
	}

}
