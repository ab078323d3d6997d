package io.newsroll.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Summarizes the body lengths of a period from their histogram (length → articles), which
 * the database computes in one GROUP BY: exact mean and median, and the counts per length
 * bucket. The buckets follow what a news page is: briefs under 500 characters, ordinary
 * articles up to 3000, long reads beyond.
 */
public final class BodyLengthBuckets {

	/** Lower bounds of the buckets, in characters; the last bucket is open-ended. */
	static final int[] BOUNDS = { 0, 500, 1000, 2000, 3000, 5000, 10000 };

	private final NavigableMap<Integer, Long> histogram;

	private final long articles;

	public BodyLengthBuckets(Map<Integer, Long> histogram) {
		this.histogram = new TreeMap<>(histogram);
		this.articles = this.histogram.values().stream().mapToLong(Long::longValue).sum();
	}

	public long articles() {
		return this.articles;
	}

	public double mean() {
		if (this.articles == 0) {
			return 0;
		}
		double sum = 0;
		for (Map.Entry<Integer, Long> e : this.histogram.entrySet()) {
			sum += (double) e.getKey() * e.getValue();
		}
		return sum / this.articles;
	}

	/**
	 * The middle length; with an even number of articles, the mean of the two middle
	 * ones.
	 */
	public double median() {
		if (this.articles == 0) {
			return 0;
		}
		long lowerRank = (this.articles - 1) / 2;
		long upperRank = this.articles / 2;
		Integer lower = null;
		Integer upper = null;
		long seen = 0;
		for (Map.Entry<Integer, Long> e : this.histogram.entrySet()) {
			long next = seen + e.getValue();
			if (lower == null && lowerRank < next) {
				lower = e.getKey();
			}
			if (upperRank < next) {
				upper = e.getKey();
				break;
			}
			seen = next;
		}
		return (lower + upper) / 2.0;
	}

	/**
	 * Articles per bucket, every bucket listed (zero where empty), labelled
	 * {@code 500–999} and {@code 10000+}.
	 */
	public List<Count> buckets() {
		List<Count> counts = new ArrayList<>();
		for (int i = 0; i < BOUNDS.length; i++) {
			int low = BOUNDS[i];
			boolean last = (i == BOUNDS.length - 1);
			NavigableMap<Integer, Long> range = last ? this.histogram.tailMap(low, true)
					: this.histogram.subMap(low, true, BOUNDS[i + 1], false);
			long n = range.values().stream().mapToLong(Long::longValue).sum();
			String label = last ? low + "+" : low + "–" + (BOUNDS[i + 1] - 1);
			counts.add(new Count(label, n));
		}
		return counts;
	}

}
