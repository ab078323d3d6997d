package io.newsroll.batch.articles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.newsroll.core.article.BodyFingerprint;

/**
 * Finds the copies among the articles of one simhash band (all articles whose simhash has
 * the same 16 bits at one of the four band positions), in memory.
 * <p>
 * Copies are the same normalized body (DUPLICATE, any site) or bodies within
 * {@link BodyFingerprint#NEAR_BITS} simhash bits on different sites (REPRINT). Two such
 * bodies share at least one band; a pair sharing several is linked only in the band at
 * the lowest of their shared positions, so that each pair is compared once. Only pairs
 * with at least one pending article are linked.
 * <p>
 * A band can hold thousands of articles (variants of one template share most of their
 * body), so the REPRINT search does not compare every pending article with every other:
 * the 48 bits outside the band are cut into four 12-bit blocks, and two simhashes within
 * 3 bits agree on at least one of them; candidates are looked up by block, and runs of
 * articles of the pending article's own site are skipped whole.
 */
final class BandCopies {

	/** Simhash bits per band, and the bands' count. */
	static final int BAND_BITS = 16;

	static final int BANDS = 4;

	private static final int BLOCK_BITS = 12;

	private static final int BLOCKS = 4;

	/** One article of a band, as linking compares it. */
	record Member(String id, String siteDomain, String bodyHash, long simhash) {

		Member {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(bodyHash, "bodyHash");
		}

	}

	/** A link between two articles, {@code first} sorting before {@code second}. */
	record Link(String first, String second, String kind, double similarity) {

		static Link of(String a, String b, String kind, double similarity) {
			return (a.compareTo(b) < 0) ? new Link(a, b, kind, similarity) : new Link(b, a, kind, similarity);
		}

	}

	private BandCopies() {
	}

	/** The band key of a simhash at a position: position * 65536 + the band's bits. */
	static int key(long simhash, int position) {
		return (position << BAND_BITS) | (int) ((simhash >>> (BAND_BITS * position)) & 0xFFFF);
	}

	/**
	 * The links this band is responsible for.
	 * @param band the band key (see {@link #key})
	 * @param members every article of the band
	 * @param pending ids of the members not yet compared with the band's others
	 */
	static List<Link> find(int band, List<Member> members, Set<String> pending) {
		int position = band >>> BAND_BITS;
		List<Link> links = new ArrayList<>();
		if (position == 0) {
			duplicates(members, pending, links);
		}
		reprints(position, members, pending, links);
		return links;
	}

	/**
	 * Same body hash means the same simhash, so such pairs share every band: they are
	 * linked in the band at position 0.
	 */
	private static void duplicates(List<Member> members, Set<String> pending, List<Link> links) {
		Map<String, List<Member>> byHash = new HashMap<>();
		for (Member m : members) {
			byHash.computeIfAbsent(m.bodyHash(), (k) -> new ArrayList<>(2)).add(m);
		}
		for (List<Member> same : byHash.values()) {
			if (same.size() < 2) {
				continue;
			}
			for (Member p : same) {
				if (!pending.contains(p.id())) {
					continue;
				}
				for (Member m : same) {
					if (m != p && !linkedFromOtherSide(p, m, pending)) {
						links.add(Link.of(p.id(), m.id(), "DUPLICATE", 1.0));
					}
				}
			}
		}
	}

	private static void reprints(int position, List<Member> members, Set<String> pending, List<Link> links) {
		Map<Integer, Block> blocks = new HashMap<>();
		for (Member m : members) {
			long rest = outside(m.simhash(), position);
			for (int j = 0; j < BLOCKS; j++) {
				blocks.computeIfAbsent(blockKey(rest, j), (k) -> new Block()).members.add(m);
			}
		}
		blocks.values().forEach(Block::seal);
		for (Member p : members) {
			if (!pending.contains(p.id())) {
				continue;
			}
			long rest = outside(p.simhash(), position);
			for (int j = 0; j < BLOCKS; j++) {
				Block block = blocks.get(blockKey(rest, j));
				List<Member> list = block.members;
				for (int i = 0; i < list.size(); i++) {
					Member m = list.get(i);
					if (Objects.equals(m.siteDomain(), p.siteDomain())) {
						// the block is sorted by site: skip the pending article's whole
						// site
						i = block.runEnd[i] - 1;
						continue;
					}
					int distance = BodyFingerprint.distance(p.simhash(), m.simhash());
					if (distance > BodyFingerprint.NEAR_BITS || p.bodyHash().equals(m.bodyHash())
							|| firstSharedBlock(rest, outside(m.simhash(), position)) != j
							|| sharesLowerBand(p.simhash(), m.simhash(), position)
							|| linkedFromOtherSide(p, m, pending)) {
						continue;
					}
					links.add(Link.of(p.id(), m.id(), "REPRINT", 1.0 - distance / 64.0));
				}
			}
		}
	}

	/** Both pending: the one whose id sorts first links the pair. */
	private static boolean linkedFromOtherSide(Member p, Member m, Set<String> pending) {
		return m.id().compareTo(p.id()) < 0 && pending.contains(m.id());
	}

	private static boolean sharesLowerBand(long a, long b, int position) {
		for (int i = 0; i < position; i++) {
			if (key(a, i) == key(b, i)) {
				return true;
			}
		}
		return false;
	}

	/** The 48 bits outside the band at {@code position}, packed. */
	private static long outside(long simhash, int position) {
		long low = (1L << (BAND_BITS * position)) - 1;
		return (simhash & low) | ((simhash >>> BAND_BITS) & ~low);
	}

	private static int blockKey(long rest, int j) {
		return (j << BLOCK_BITS) | (int) ((rest >>> (BLOCK_BITS * j)) & 0xFFF);
	}

	private static int firstSharedBlock(long a, long b) {
		for (int j = 0; j < BLOCKS; j++) {
			if (blockKey(a, j) == blockKey(b, j)) {
				return j;
			}
		}
		return -1;
	}

	/**
	 * Articles agreeing on one 12-bit block, sorted by site, with where each site's run
	 * ends.
	 */
	private static final class Block {

		private static final Comparator<Member> BY_SITE = Comparator.comparing(Member::siteDomain,
				Comparator.nullsFirst(Comparator.naturalOrder()));

		final List<Member> members = new ArrayList<>(2);

		int[] runEnd;

		void seal() {
			this.members.sort(BY_SITE);
			int n = this.members.size();
			this.runEnd = new int[n];
			int end = n;
			for (int i = n - 1; i >= 0; i--) {
				if (i < n - 1
						&& !Objects.equals(this.members.get(i).siteDomain(), this.members.get(i + 1).siteDomain())) {
					end = i + 1;
				}
				this.runEnd[i] = end;
			}
		}

	}

}
