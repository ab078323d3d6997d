package io.newsroll.batch.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.newsroll.report.BodyLengthBuckets;
import io.newsroll.report.Count;
import io.newsroll.report.ReportPeriod;
import io.newsroll.report.Timeline;

/**
 * Adds up the period's articles from the counts of its days (see {@link DayCounts}): per
 * day and hour, site, channel, series, editor, source publication, author and body
 * length. Memory grows with the number of distinct values (sites, authors), never with
 * the number of articles.
 */
final class ArticleTally {

	private final Timeline timeline;

	private final Map<DayCounts.View, Map<String, long[]>> counts = new EnumMap<>(DayCounts.View.class);

	private final Map<Integer, Long> lengths = new HashMap<>();

	ArticleTally(ReportPeriod period) {
		this.timeline = new Timeline(period);
		for (DayCounts.View view : DayCounts.View.values()) {
			this.counts.put(view, new HashMap<>());
		}
	}

	/** Adds the counts of one day of the period. */
	void add(LocalDate day, DayCounts counts) {
		long[] hours = counts.hours();
		for (int h = 0; h < hours.length; h++) {
			if (hours[h] > 0) {
				this.timeline.add(day, h, hours[h]);
			}
		}
		for (DayCounts.View view : DayCounts.View.values()) {
			Map<String, long[]> total = this.counts.get(view);
			counts.counts(view).forEach((label, n) -> total.computeIfAbsent(label, (k) -> new long[1])[0] += n[0]);
		}
		counts.lengths().forEach((length, n) -> this.lengths.merge(length, n[0], Long::sum));
	}

	Timeline timeline() {
		return this.timeline;
	}

	BodyLengthBuckets lengths() {
		return new BodyLengthBuckets(this.lengths);
	}

	List<Count> sites() {
		return sorted(this.counts.get(DayCounts.View.SITE));
	}

	List<Count> channels() {
		return sorted(this.counts.get(DayCounts.View.CHANNEL));
	}

	List<Count> series() {
		return sorted(this.counts.get(DayCounts.View.SERIES));
	}

	List<Count> editors() {
		return sorted(this.counts.get(DayCounts.View.EDITOR));
	}

	List<Count> sources() {
		return sorted(this.counts.get(DayCounts.View.SOURCE));
	}

	/**
	 * The job executions that loaded the period's articles, with how many each loaded.
	 */
	List<Count> runs() {
		return sorted(this.counts.get(DayCounts.View.RUN));
	}

	/**
	 * Authors have no "missing" row: an article without a byline has no author to count.
	 */
	List<Count> authors() {
		return sorted(this.counts.get(DayCounts.View.AUTHOR));
	}

	/**
	 * Largest first; ties in label order, so that two reports of the same data read the
	 * same.
	 */
	static List<Count> sorted(Map<String, long[]> counts) {
		List<Count> list = new ArrayList<>(counts.size());
		counts.forEach((label, n) -> list.add(new Count(label, n[0])));
		list.sort(Comparator.comparingLong(Count::value).reversed().thenComparing(Count::label));
		return list;
	}

}
