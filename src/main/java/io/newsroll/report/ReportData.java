package io.newsroll.report;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything a report shows, computed beforehand (in the database) so that the Excel and
 * PDF renderers only lay it out and always agree. Views are sorted by value, largest
 * first, except the time series; an empty label stands for a missing value (an article
 * without a channel). The article and reject lists are sources walked once while writing,
 * never held in memory. {@code hours} counts the articles whose page gives a time of day;
 * {@code timeUnknown} those whose page gives only a date (stored at midnight).
 * {@code siteTrend} and {@code sourceTrend} follow the top sites and sources step by step
 * of {@link #granularity()}.
 */
public record ReportData(ReportPeriod period, ZonedDateTime generatedAt, ReportInputs inputs, Kpis kpis,
		List<DayCount> daily, List<Count> weekly, List<Count> monthly, List<Count> hours, List<WeekdayCount> weekdays,
		List<Count> sites, List<Count> channels, List<Count> series, List<Count> authors, List<Count> editors,
		List<Count> sources, List<Count> bodyLengths, List<Count> rejectsByReason, List<MentionedPerson> mentions,
		List<MonthlyMention> monthlyMentions, List<RosterContributor> rosterContributors,
		List<ReprintedArticle> reprinted, List<RunRow> runs, RowSource<ArticleRow> articles,
		RowSource<RejectRow> rejects, long timeUnknown, PreviousPeriod previous, List<Headline> headlines,
		TrendTable siteTrend, TrendTable sourceTrend) {

	public ReportData {
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(generatedAt, "generatedAt");
		Objects.requireNonNull(inputs, "inputs");
		Objects.requireNonNull(kpis, "kpis");
		daily = List.copyOf(daily);
		weekly = List.copyOf(weekly);
		monthly = List.copyOf(monthly);
		hours = List.copyOf(hours);
		weekdays = List.copyOf(weekdays);
		sites = List.copyOf(sites);
		channels = List.copyOf(channels);
		series = List.copyOf(series);
		authors = List.copyOf(authors);
		editors = List.copyOf(editors);
		sources = List.copyOf(sources);
		bodyLengths = List.copyOf(bodyLengths);
		rejectsByReason = List.copyOf(rejectsByReason);
		mentions = List.copyOf(mentions);
		monthlyMentions = List.copyOf(monthlyMentions);
		rosterContributors = List.copyOf(rosterContributors);
		reprinted = List.copyOf(reprinted);
		runs = List.copyOf(runs);
		Objects.requireNonNull(articles, "articles");
		Objects.requireNonNull(rejects, "rejects");
		Objects.requireNonNull(previous, "previous");
		headlines = List.copyOf(headlines);
		Objects.requireNonNull(siteTrend, "siteTrend");
		Objects.requireNonNull(sourceTrend, "sourceTrend");
		if (daily.size() != period.days()) {
			throw new IllegalArgumentException(
					"the daily series has " + daily.size() + " days, the period " + period.days());
		}
	}

	/** The step of the trend view that fits the period. */
	public Granularity granularity() {
		return Granularity.of(this.period);
	}

	/** Articles per step of {@link #granularity()}, every step of the period listed. */
	public List<Count> trend() {
		return granularity().buckets(this.daily);
	}

	/**
	 * True when no article was published in the period: the renderers say so instead of
	 * drawing empty charts.
	 */
	public boolean isEmpty() {
		return this.kpis.articles() == 0;
	}

}
