package io.newsroll.batch.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Counts, over the copies of each article of the period, how many articles have an exact
 * duplicate and how many a reprint, and keeps the most copied ones (a bounded heap: the
 * rest is never held).
 */
final class LinkTally {

	/** The copies of one article. */
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

	void add(String id, long reprints, long duplicates) {
		if (reprints > 0) {
			this.reprinted++;
		}
		if (duplicates > 0) {
			this.duplicated++;
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
