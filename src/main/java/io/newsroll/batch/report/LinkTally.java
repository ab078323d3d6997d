package io.newsroll.batch.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Counts how many articles of the period have an exact duplicate and how many a reprint
 * (every member of a copy group, the original included), and keeps the originals with the
 * most copies (a bounded heap: the rest is never held). A copy is counted once, with its
 * group's original; a copy itself has no copies.
 */
final class LinkTally {

	/** The copies of one original. */
	record Copies(String id, long reprints, long duplicates) {

		long total() {
			return this.reprints + this.duplicates;
		}

	}

	/**
	 * Most copies first, then most reprints, then by id so that equal counts always list
	 * alike.
	 */
	static final Comparator<Copies> MOST_COPIED = Comparator.comparingLong(Copies::total)
		.reversed()
		.thenComparing(Comparator.comparingLong(Copies::reprints).reversed())
		.thenComparing(Copies::id);

	private final int keep;

	private final PriorityQueue<Copies> top;

	private long duplicated;

	private long reprinted;

	LinkTally(int keep) {
		this.keep = keep;
		this.top = new PriorityQueue<>(MOST_COPIED.reversed());
	}

	/**
	 * One article of the period.
	 * @param reprints its copies on other sites, when it is the original of a REPRINT
	 * group
	 * @param duplicates its copies with the same body, when it is the original of a
	 * DUPLICATE group
	 * @param reprinted whether it is in a REPRINT group (as original or copy)
	 * @param duplicated whether it is in a DUPLICATE group
	 */
	void add(String id, long reprints, long duplicates, boolean reprinted, boolean duplicated) {
		if (reprinted) {
			this.reprinted++;
		}
		if (duplicated) {
			this.duplicated++;
		}
		if (reprints + duplicates == 0) {
			return;
		}
		this.top.add(new Copies(id, reprints, duplicates));
		if (this.top.size() > this.keep) {
			this.top.poll();
		}
	}

	/** Articles of the period with at least one exact duplicate. */
	long duplicated() {
		return this.duplicated;
	}

	/** Articles of the period with at least one reprint on another site. */
	long reprinted() {
		return this.reprinted;
	}

	List<Copies> top() {
		List<Copies> list = new ArrayList<>(this.top);
		list.sort(MOST_COPIED);
		return list;
	}

}
