package io.newsroll.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days a report covers, both ends included, as calendar dates of the publication wall
 * clock (Asia/Shanghai for the articles' {@code published_local}).
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

	public ReportPeriod {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + to + ")");
		}
	}

	/** Number of days in the period, both ends counted. */
	public long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	/**
	 * The first day after the period: the exclusive upper bound for timestamp
	 * comparisons.
	 */
	public LocalDate endExclusive() {
		return this.to.plusDays(1);
	}

	/** {@code 2019-05-01_2019-05-31}: names the report directory and files. */
	public String slug() {
		return this.from + "_" + this.to;
	}

	@Override
	public String toString() {
		return this.from + " – " + this.to;
	}

}
