package io.newsroll.batch.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Which dates a scheduled report covers, relative to the run date: the previous day, week
 * (Monday to Sunday) or month, the month to date, or fixed dates. The rule of a job file;
 * {@link #resolve(LocalDate)} turns it into the dates of one run, which the report writes
 * as an {@link io.newsroll.report.ReportPeriod}.
 */
public record ScheduledPeriod(Kind kind, LocalDate from, LocalDate to) {

	/** The kinds of period a job file can name. */
	public enum Kind {

		PREVIOUS_DAY, PREVIOUS_WEEK, PREVIOUS_MONTH, MONTH_TO_DATE, FIXED;

		/** The name used in job files, e.g. {@code previous-day}. */
		public String fileName() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		public static Kind fromFileName(String name) {
			for (Kind k : values()) {
				if (k.fileName().equals(name)) {
					return k;
				}
			}
			throw new IllegalArgumentException("unknown report period '" + name
					+ "' (expected previous-day, previous-week, previous-month, month-to-date, or from/to dates)");
		}

	}

	public ScheduledPeriod {
		if (kind == Kind.FIXED && (from == null || to == null || from.isAfter(to))) {
			throw new IllegalArgumentException("a fixed report period needs from <= to");
		}
	}

	public static ScheduledPeriod relative(Kind kind) {
		return new ScheduledPeriod(kind, null, null);
	}

	/** The first and last day covered for a run on {@code runDate}. */
	public LocalDate[] resolve(LocalDate runDate) {
		return switch (this.kind) {
			case PREVIOUS_DAY -> new LocalDate[] { runDate.minusDays(1), runDate.minusDays(1) };
			case PREVIOUS_WEEK -> {
				LocalDate monday = runDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
				yield new LocalDate[] { monday, monday.plusDays(6) };
			}
			case PREVIOUS_MONTH -> {
				LocalDate first = runDate.withDayOfMonth(1).minusMonths(1);
				yield new LocalDate[] { first, first.with(TemporalAdjusters.lastDayOfMonth()) };
			}
			case MONTH_TO_DATE -> new LocalDate[] { runDate.withDayOfMonth(1), runDate };
			case FIXED -> new LocalDate[] { this.from, this.to };
		};
	}

}
