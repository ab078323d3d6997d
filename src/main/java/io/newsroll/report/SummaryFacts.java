package io.newsroll.report;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the summary page (PDF) and summary sheet (workbook) say, worked out once so that
 * both read the same: the opening sentence, the busiest day and step, the top-N of a view
 * without its "(none)" row, and the change on the previous period.
 */
public final class SummaryFacts {

	/** Rows of each top list on the summary. */
	public static final int TOP = 5;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	private final ReportData data;

	private final ReportLocale locale;

	public SummaryFacts(ReportData data, ReportLocale locale) {
		this.data = data;
		this.locale = locale;
	}

	/** The first {@code n} labelled rows of a view: "(none)" is counted, never ranked. */
	public static List<Count> top(List<Count> counts, int n) {
		return counts.stream().filter((c) -> !c.label().isEmpty()).limit(n).toList();
	}

	/**
	 * The view with its "(none)" row moved to the end: tables list it, charts drawn over
	 * the first rows leave it out.
	 */
	public static List<Count> missingLast(List<Count> counts) {
		List<Count> list = new java.util.ArrayList<>(counts.stream().filter((c) -> !c.label().isEmpty()).toList());
		counts.stream().filter((c) -> c.label().isEmpty()).forEach(list::add);
		return list;
	}

	/** The articles of a view with no value (no channel, no source). */
	public static long missing(List<Count> counts) {
		return counts.stream().filter((c) -> c.label().isEmpty()).mapToLong(Count::value).sum();
	}

	/**
	 * The day with the most articles; the earliest of a tie; none for a one-day period.
	 */
	public Optional<DayCount> busiestDay() {
		if (this.data.period().days() == 1) {
			return Optional.empty();
		}
		return this.data.daily()
			.stream()
			.filter((d) -> d.value() > 0)
			.max(Comparator.comparingLong(DayCount::value).thenComparing(DayCount::day, Comparator.reverseOrder()));
	}

	/**
	 * The week, month or quarter with the most articles, when the trend is not by day.
	 */
	public Optional<Count> busiestStep() {
		if (this.data.granularity() == Granularity.DAY) {
			return Optional.empty();
		}
		List<Count> trend = this.data.trend();
		Count best = null;
		for (Count c : trend) {
			if (c.value() > 0 && (best == null || c.value() > best.value())) {
				best = c;
			}
		}
		return Optional.ofNullable(best);
	}

	/** "+25.0%", "-3.1%", "±0%"; empty when there is nothing to compare with. */
	public static String change(long now, long before) {
		Double change = PreviousPeriod.change(now, before);
		if (change == null) {
			return "";
		}
		if (change == 0) {
			return "±0%";
		}
		return String.format(Locale.ROOT, "%+.1f%%", 100 * change);
	}

	/** The opening sentence of the report, the one a reader forwards. */
	public String sentence() {
		ReportData d = this.data;
		if (d.isEmpty()) {
			return (d.inputs().newestArticle() != null)
					? f(Label.SUMMARY_EMPTY, DAY.format(d.inputs().newestArticle().toLocalDate()))
					: t(Label.SUMMARY_EMPTY_DATABASE);
		}
		StringBuilder s = new StringBuilder(
				f(Label.SUMMARY_ARTICLES, number(d.kpis().articles()), number(d.kpis().sites())));
		PreviousPeriod p = d.previous();
		if (p.articles() == 0) {
			s.append(f(Label.SUMMARY_NO_PREVIOUS, p.period().toString()));
		}
		else {
			s.append(f(Label.SUMMARY_CHANGE, change(d.kpis().articles(), p.articles()), p.period().toString(),
					number(p.articles())));
		}
		busiestDay()
			.ifPresent((day) -> s.append(f(Label.SUMMARY_BUSIEST_DAY, day.day().toString(), number(day.value()))));
		busiestStep().ifPresent(
				(step) -> s.append(f(Label.SUMMARY_BUSIEST_STEP, t(stepName()), step.label(), number(step.value()))));
		top(d.sites(), 1).forEach((site) -> s.append(f(Label.SUMMARY_TOP_SITE, site.label(), number(site.value()))));
		s.append(t(Label.SUMMARY_END));
		return s.toString();
	}

	/** The name of the trend's step in a sentence: day, week, month or quarter. */
	public Label stepName() {
		return switch (this.data.granularity()) {
			case DAY -> Label.DAY;
			case WEEK -> Label.STEP_WEEK;
			case MONTH -> Label.STEP_MONTH;
			case QUARTER -> Label.STEP_QUARTER;
		};
	}

	/** The heading of the trend view's step column: day, week, month or quarter. */
	public Label stepHeading() {
		return switch (this.data.granularity()) {
			case DAY -> Label.DAY;
			case WEEK -> Label.WEEK;
			case MONTH -> Label.MONTH;
			case QUARTER -> Label.QUARTER;
		};
	}

	private String t(Label label) {
		return this.locale.text(label);
	}

	private String f(Label label, Object... args) {
		return String.format(Locale.ROOT, t(label), args);
	}

	public static String number(long n) {
		return String.format(Locale.ROOT, "%,d", n);
	}

}
