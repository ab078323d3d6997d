package io.newsroll.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds every time view of a period (per day with empty days shown, ISO week, month,
 * hour of day, weekday) from one small table of articles per day and hour, so the
 * database is scanned once.
 */
public final class Timeline {

	private final ReportPeriod period;

	private final long[] perDay;

	private final long[] perHour = new long[24];

	private long timeUnknown;

	public Timeline(ReportPeriod period) {
		this.period = period;
		this.perDay = new long[Math.toIntExact(period.days())];
	}

	/**
	 * Adds the articles published on a day at an hour (0–23, or {@link #TIME_UNKNOWN} for
	 * pages that give only a date); days outside the period are refused.
	 */
	public void add(LocalDate day, int hour, long articles) {
		long index = day.toEpochDay() - this.period.from().toEpochDay();
		if (index < 0 || index >= this.perDay.length) {
			throw new IllegalArgumentException(day + " is outside " + this.period);
		}
		if (hour < 0 || hour > TIME_UNKNOWN) {
			throw new IllegalArgumentException("hour " + hour);
		}
		this.perDay[(int) index] += articles;
		if (hour == TIME_UNKNOWN) {
			this.timeUnknown += articles;
		}
		else {
			this.perHour[hour] += articles;
		}
	}

	/** The hour given for an article whose time of day is unknown. */
	public static final int TIME_UNKNOWN = 24;

	/** Articles whose page gives only a date: in no hour. */
	public long timeUnknown() {
		return this.timeUnknown;
	}

	public long total() {
		long total = 0;
		for (long n : this.perDay) {
			total += n;
		}
		return total;
	}

	public List<DayCount> daily() {
		List<DayCount> days = new ArrayList<>(this.perDay.length);
		for (int i = 0; i < this.perDay.length; i++) {
			days.add(new DayCount(this.period.from().plusDays(i), this.perDay[i]));
		}
		return days;
	}

	/**
	 * ISO weeks touched by the period, labelled {@code 2019-W21}; edge weeks count only
	 * the period's days.
	 */
	public List<Count> weekly() {
		Map<String, Long> weeks = new LinkedHashMap<>();
		for (DayCount d : daily()) {
			String week = String.format("%d-W%02d", d.day().get(IsoFields.WEEK_BASED_YEAR),
					d.day().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			weeks.merge(week, d.value(), Long::sum);
		}
		return weeks.entrySet().stream().map((e) -> new Count(e.getKey(), e.getValue())).toList();
	}

	/** Months touched by the period, labelled {@code 2019-05}. */
	public List<Count> monthly() {
		Map<String, Long> months = new LinkedHashMap<>();
		for (DayCount d : daily()) {
			months.merge(YearMonth.from(d.day()).toString(), d.value(), Long::sum);
		}
		return months.entrySet().stream().map((e) -> new Count(e.getKey(), e.getValue())).toList();
	}

	/** All 24 hours, labelled {@code 00} to {@code 23}. */
	public List<Count> hours() {
		List<Count> hours = new ArrayList<>(24);
		for (int h = 0; h < 24; h++) {
			hours.add(new Count(String.format("%02d", h), this.perHour[h]));
		}
		return hours;
	}

	/** Monday to Sunday. */
	public List<WeekdayCount> weekdays() {
		long[] perWeekday = new long[7];
		for (DayCount d : daily()) {
			perWeekday[d.day().getDayOfWeek().getValue() - 1] += d.value();
		}
		List<WeekdayCount> days = new ArrayList<>(7);
		for (DayOfWeek day : DayOfWeek.values()) {
			days.add(new WeekdayCount(day, perWeekday[day.getValue() - 1]));
		}
		return days;
	}

}
