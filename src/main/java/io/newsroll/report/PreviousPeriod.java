package io.newsroll.report;

import java.util.Objects;

/**
 * The period of the same length just before a report's period, with the figures the
 * summary compares: articles, sites and authors.
 */
public record PreviousPeriod(ReportPeriod period, long articles, long sites, long authors) {

	public PreviousPeriod {
		Objects.requireNonNull(period, "period");
	}

	/**
	 * The period of the same number of days that ends the day before {@code period}
	 * starts.
	 */
	public static ReportPeriod before(ReportPeriod period) {
		return new ReportPeriod(period.from().minusDays(period.days()), period.from().minusDays(1));
	}

	/**
	 * The change from {@code before} to {@code now} as a fraction (0.25 is +25 %), or
	 * null when there was nothing before to compare with.
	 */
	public static Double change(long now, long before) {
		return (before == 0) ? null : (double) (now - before) / before;
	}

}
