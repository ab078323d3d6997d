package io.newsroll.batch.articles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.newsroll.core.article.BodyFingerprint;

/**
 * Finds the copy groups among the articles of one simhash band (all articles whose
 * simhash has the same 16 bits at one of the four band positions), in memory; the
 * repository merges them into the groups already stored ({@link ArticleRepository#join}),
 * where each group is a star: every member linked to the group's original, its
 * earliest-published article (ties: the smallest id).
 * <p>
 * DUPLICATE groups are the articles of one normalized body (any site): grouped by body
 * hash, transitive by nature. Same body hash means the same simhash, so a group shares
 * every band: it is found whole in the band at position 0.
 * <p>
 * REPRINT groups are the connected components of the near pairs: bodies within
 * {@link BodyFingerprint#NEAR_BITS} simhash bits on different sites (and not the same
 * body). Being near is not transitive, and components were chosen over linking each
 * article to the earliest article it is near: with the latter an article whose near
 * copies all have an older near copy of their own stays unlinked, so "articles with a
 * reprint" would miss articles that have one, and a story's copies would be split over
 * several originals depending on which near pairs happen to hold. A component is a
 * function of the set of articles alone (not of file order, partitions or the order in
 * which bands are worked through), each of its members is linked, and a copy counts once.
 * The price is chaining: a component can join texts that drift apart step by step, and
 * the group's original is then not near every member (the link's similarity says how
 * far).
 * <p>
 * A band contributes the components of the pairs it finds (pairs with at least one
 * pending article; a pair sharing several bands is compared in the lowest only), and a
 * component may span bands: the repository unites what this band found with what is
 * stored. A band can hold thousands of articles (variants of one template share most of
 * their body), so the REPRINT search does not compare every pending article with every
 * other: the 48 bits outside the band are cut into four 12-bit blocks, and two simhashes
 * within 3 bits agree on at least one of them; candidates are looked up by block, runs of
 * articles of the pending article's own site are skipped whole, and so are candidates
 * already in the pending article's component.
 */
final class BandCopies {

	/** Simhash bits per band, and the bands' count. */
	static final int BAND_BITS = 16;

	static final int BANDS = 4;

	static final String DUPLICATE = "DUPLICATE";

	static final String REPRINT = "REPRINT";

	private static final int BLOCK_BITS = 12;

	private static final int BLOCKS = 4;

	/**
	 * Earliest published first, then the smallest id: a group's original is its first.
	 */
	static final Comparator<Member> EARLIEST = Comparator.comparing(Member::published).thenComparing(Member::id);

	/** One article of a band, as linking compares it. */
	record Member(String id, String siteDomain, String bodyHash, long simhash, Instant published) {

		Member {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(bodyHash, "bodyHash");
			Objects.requireNonNull(published, "published");
		}

	}

	/**
	 * Articles found to be copies of each other, of one kind: they belong to one group,
	 * together with every group any of them already belongs to.
	 */
	record Group(String kind, List<Member> members) {

		Group {
			Objects.requireNonNull(kind, "kind");
			members = List.copyOf(members);
		}

	}

	private BandCopies() {
	}

	/** The band key of a simhash at a position: position * 65536 + the band's bits. */
	static int key(long simhash, int position) {
		return (position << BAND_BITS) | (int) ((simhash >>> (BAND_BITS * position)) & 0xFFFF);
	}

	/**
	 * The groups this band finds, each with at least two members and at least one
	 * pending.
	 * @param band the band key (see {@link #key})
	 * @param members every article of the band
	 * @param pending ids of the members not yet compared with the band's others
	 */
	static List<Group> find(int band, List<Member> members, Set<String> pending) {
		int position = band >>> BAND_BITS;
		boolean[] isPending = new boolean[members.size()];
		for (int i = 0; i < isPending.length; i++) {
			isPending[i] = pending.contains(members.get(i).id());
		}
		List<Group> groups = new ArrayList<>();
		if (position == 0) {
			duplicates(members, isPending, groups);
		}
		reprints(position, members, isPending, groups);
		return groups;
	}

	/**
	 * The articles of a body hash that has a pending one. Members compared before are
	 * stored in one group already, found through any of them: the pending ones and the
	 * earliest of the others stand for the whole group.
	 */
	private static void duplicates(List<Member> members, boolean[] isPending, List<Group> groups) {
		Map<String, List<Integer>> byHash = new HashMap<>();
		for (int i = 0; i < isPending.length; i++) {
			byHash.computeIfAbsent(members.get(i).bodyHash(), (k) -> new ArrayList<>(2)).add(i);
		}
		for (List<Integer> same : byHash.values()) {
			if (same.size() < 2) {
				continue;
			}
			List<Member> group = new ArrayList<>();
			Member earliestCompared = null;
			for (int i : same) {
				Member m = members.get(i);
				if (isPending[i]) {
					group.add(m);
				}
				else if (earliestCompared == null || EARLIEST.compare(m, earliestCompared) < 0) {
					earliestCompared = m;
				}
			}
			if (group.isEmpty()) {
				continue;
			}
			if (earliestCompared != null) {
				group.add(earliestCompared);
			}
			if (group.size() > 1) {
				groups.add(new Group(DUPLICATE, group));
			}
		}
	}

	private static void reprints(int position, List<Member> members, boolean[] isPending, List<Group> groups) {
		int n = members.size();
		// added in site order, every block is sorted by site, in position order within
		// a site
		Integer[] bySite = new Integer[n];
		for (int i = 0; i < n; i++) {
			bySite[i] = i;
		}
		Arrays.sort(bySite, (a, b) -> Block.SITES.compare(members.get(a).siteDomain(), members.get(b).siteDomain()));
		Map<Integer, Block> blocks = new HashMap<>();
		for (int i : bySite) {
			long rest = outside(members.get(i).simhash(), position);
			for (int j = 0; j < BLOCKS; j++) {
				blocks.computeIfAbsent(blockKey(rest, j), (k) -> new Block()).add(i);
			}
		}
		blocks.values().forEach((b) -> b.seal(members));
		int[] parent = null;
		for (int pi = 0; pi < n; pi++) {
			if (!isPending[pi]) {
				continue;
			}
			Member p = members.get(pi);
			long rest = outside(p.simhash(), position);
			for (int j = 0; j < BLOCKS; j++) {
				Block block = blocks.get(blockKey(rest, j));
				for (int k = 0; k < block.size; k++) {
					int mi = block.members[k];
					Member m = members.get(mi);
					if (Objects.equals(m.siteDomain(), p.siteDomain())) {
						// the block is sorted by site: skip the pending article's whole
						// site
						k = block.runEnd[k] - 1;
						continue;
					}
					if (parent != null && root(parent, pi) == root(parent, mi)) {
						continue;
					}
					if (BodyFingerprint.distance(p.simhash(), m.simhash()) > BodyFingerprint.NEAR_BITS
							|| p.bodyHash().equals(m.bodyHash())
							|| firstSharedBlock(rest, outside(m.simhash(), position)) != j
							|| sharesLowerBand(p.simhash(), m.simhash(), position)
							|| comparedFromOtherSide(p, m, isPending[mi])) {
						continue;
					}
					if (parent == null) {
						parent = new int[n];
						for (int i = 0; i < n; i++) {
							parent[i] = i;
						}
					}
					parent[root(parent, pi)] = root(parent, mi);
				}
			}
		}
		if (parent != null) {
			components(members, parent, groups);
		}
	}

	/** The components of two or more members, in the order of their first member. */
	private static void components(List<Member> members, int[] parent, List<Group> groups) {
		Map<Integer, List<Member>> byRoot = new LinkedHashMap<>();
		int[] size = new int[parent.length];
		for (int i = 0; i < parent.length; i++) {
			size[root(parent, i)]++;
		}
		for (int i = 0; i < parent.length; i++) {
			int r = root(parent, i);
			if (size[r] > 1) {
				byRoot.computeIfAbsent(r, (k) -> new ArrayList<>()).add(members.get(i));
			}
		}
		byRoot.values().forEach((c) -> groups.add(new Group(REPRINT, c)));
	}

	/** The root of a member's tree, halving the path on the way. */
	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	/** Both pending: the one whose id sorts first compares the pair. */
	private static boolean comparedFromOtherSide(Member p, Member m, boolean mPending) {
		return mPending && m.id().compareTo(p.id()) < 0;
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
	 * Articles (their positions in the band) agreeing on one 12-bit block, added sorted
	 * by site, with where each site's run ends.
	 */
	private static final class Block {

		private static final Comparator<String> SITES = Comparator.nullsFirst(Comparator.naturalOrder());

		int[] members = new int[2];

		int size;

		int[] runEnd;

		void add(int member) {
			if (this.size == this.members.length) {
				this.members = Arrays.copyOf(this.members, this.size * 2);
			}
			this.members[this.size++] = member;
		}

		/** Marks where each site's run ends; the members were added in site order. */
		void seal(List<Member> band) {
			this.runEnd = new int[this.size];
			int end = this.size;
			for (int i = this.size - 1; i >= 0; i--) {
				if (i < this.size - 1 && !Objects.equals(band.get(this.members[i]).siteDomain(),
						band.get(this.members[i + 1]).siteDomain())) {
					end = i + 1;
				}
				this.runEnd[i] = end;
			}
		}

	}

}
