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
import io.newsroll.report.Granularity;
import io.newsroll.report.ReportPeriod;
import io.newsroll.report.Timeline;
import io.newsroll.report.TrendTable;

/**
 * Adds up the period's articles from the counts of its days (see {@link DayCounts}): per
 * day and hour, site, channel, series, editor, source publication, author and body
 * length, and per step of the trend by site and source. Memory grows with the number of
 * distinct values (sites, authors), never with the number of articles.
 */
final class ArticleTally {

	private final Timeline timeline;

	private final Map<DayCounts.View, Map<String, long[]>> counts = new EnumMap<>(DayCounts.View.class);

	private final Map<Integer, Long> lengths = new HashMap<>();

	/** The views followed over the period, step by step: who published when. */
	static final List<DayCounts.View> TRENDS = List.of(DayCounts.View.SITE, DayCounts.View.SOURCE);

	private final ReportPeriod period;

	private final List<String> steps;

	/** The step of each day of the period. */
	private final int[] stepOfDay;

	/** Articles per label per step of the trend, for the views of {@link #TRENDS}. */
	private final Map<DayCounts.View, Map<String, long[]>> perStep = new EnumMap<>(DayCounts.View.class);

	ArticleTally(ReportPeriod period) {
		this.timeline = new Timeline(period);
		for (DayCounts.View view : DayCounts.View.values()) {
			this.counts.put(view, new HashMap<>());
		}
		this.period = period;
		Granularity granularity = Granularity.of(period);
		this.steps = granularity.steps(period);
		this.stepOfDay = new int[Math.toIntExact(period.days())];
		LocalDate day = period.from();
		for (int i = 0, step = 0; i < this.stepOfDay.length; i++, day = day.plusDays(1)) {
			if (!granularity.label(day).equals(this.steps.get(step))) {
				step++;
			}
			this.stepOfDay[i] = step;
		}
		TRENDS.forEach((view) -> this.perStep.put(view, new HashMap<>()));
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
		int step = step(day);
		for (DayCounts.View view : TRENDS) {
			Map<String, long[]> total = this.perStep.get(view);
			counts.counts(view)
				.forEach((label, n) -> total.computeIfAbsent(label, (k) -> new long[this.steps.size()])[step] += n[0]);
		}
	}

	/** The index of a day's step. */
	private int step(LocalDate day) {
		long index = day.toEpochDay() - this.period.from().toEpochDay();
		if (index < 0 || index >= this.stepOfDay.length) {
			throw new IllegalArgumentException(day + " is outside " + this.period);
		}
		return this.stepOfDay[(int) index];
	}

	/**
	 * The {@code top} labels of a view with the most articles (the missing label left
	 * out), each with its articles per step.
	 */
	TrendTable trend(DayCounts.View view, int top) {
		Map<String, long[]> byStep = this.perStep.get(view);
		if (byStep == null) {
			throw new IllegalArgumentException(view + " is not followed over time");
		}
		List<TrendTable.Row> rows = new ArrayList<>();
		for (Count c : sorted(this.counts.get(view))) {
			if (rows.size() >= top) {
				break;
			}
			if (c.label().isEmpty()) {
				continue;
			}
			List<Long> steps = new ArrayList<>(this.steps.size());
			for (long n : byStep.get(c.label())) {
				steps.add(n);
			}
			rows.add(new TrendTable.Row(c.label(), c.value(), steps));
		}
		return new TrendTable(this.steps, rows);
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
