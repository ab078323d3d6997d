package io.newsroll.core.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates a page prints without a year or relative to the day it was shown, dated from a
 * reference time the caller knows (the page's own data, such as a timestamp its scripts
 * carry, or the crawl clock): "10-08 12:00" and "10月8日 12:00" (self-media pages), 今天 / 昨天
 * / 前天 with or without a time, "3小时前", "yesterday", "2 hours ago", "vor 11 Minuten", "il
 * y a 2 heures", "hace 3 horas", "2 godziny temu".
 */
public final class PartialDates {

	/**
	 * Month, day and a time of day, no year: 10-08 12:00, 10/08 12:00:30, 10月8日 12:00.
	 * Without the time a month-day pair is too often something else (a score, a range).
	 */
	private static final Pattern MONTH_DAY_TIME = Pattern
		.compile("(?<![\\d/.:-])(\\d{1,2})\\s?([-/月])\\s?(\\d{1,2})\\s?日?(?![\\d/.-])\\s{0,3}(\\d{1,2})[:：](\\d{2})"
				+ "(?:[:：](\\d{2}))?(?![\\d:])");

	/** A day named relative to today, maybe with a time: 昨天 12:30, 前天, 今天08:00. */
	private static final Pattern RELATIVE_DAY = Pattern
		.compile(
				"(今天|今日|昨天|昨日|前天|yesterday|today|gestern|heute|ayer|hoy|wczoraj|dzisiaj)"
						+ "(?:\\s{0,3}(?:at|um|à|a\\slas|o)?\\s{0,3}(\\d{1,2})[:：](\\d{2}))?",
				Pattern.CASE_INSENSITIVE);

	/**
	 * Some minutes, hours or days ago: 3小时前, 5 minutes ago, vor 2 Stunden, il y a 2
	 * heures, hace 3 horas, 2 godziny temu.
	 */
	private static final Pattern AGO = Pattern.compile("(vor\\s|il\\sy\\sa\\s|hace\\s)?(\\d{1,3})\\s?"
			+ "(分钟|小时|天|minutes?|mins?|hours?|hrs?|days?|Minuten|Stunden|Tagen|heures?|jours?|minutos?|horas?|días?"
			+ "|minut[ay]?|godzin[ay]?|dni)(?!\\p{IsLatin})(前|\\sago|\\stemu)?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private PartialDates() {
	}

	/**
	 * The first month-day-time in the text, in the year that puts it on or before the
	 * reference (a December date read in January is last year's).
	 */
	public static Optional<DateTimes.Found> monthDayTime(CharSequence text, LocalDateTime reference) {
		if (text == null || reference == null) {
			return Optional.empty();
		}
		Matcher m = MONTH_DAY_TIME.matcher(text);
		while (m.find()) {
			int month = Integer.parseInt(m.group(1));
			int day = Integer.parseInt(m.group(3));
			int hour = Integer.parseInt(m.group(4));
			int minute = Integer.parseInt(m.group(5));
			int second = (m.group(6) != null) ? Integer.parseInt(m.group(6)) : 0;
			LocalDateTime candidate = at(reference.getYear(), month, day, hour, minute, second);
			if (candidate == null) {
				continue;
			}
			if (candidate.isAfter(reference.plusDays(1))) {
				candidate = at(reference.getYear() - 1, month, day, hour, minute, second);
				if (candidate == null) {
					continue;
				}
			}
			return Optional.of(new DateTimes.Found(candidate, null, true, m.start(), m.end()));
		}
		return Optional.empty();
	}

	/**
	 * The first relative date in the text (昨天 12:30, 3小时前, yesterday), counted back from
	 * the reference. A day without a time is midnight of that day, without a time.
	 */
	public static Optional<DateTimes.Found> relative(CharSequence text, LocalDateTime reference) {
		if (text == null || reference == null) {
			return Optional.empty();
		}
		DateTimes.Found day = relativeDay(text, reference);
		DateTimes.Found ago = ago(text, reference);
		if (day == null) {
			return Optional.ofNullable(ago);
		}
		return Optional.of((ago != null && ago.start() < day.start()) ? ago : day);
	}

	private static DateTimes.Found relativeDay(CharSequence text, LocalDateTime reference) {
		Matcher m = RELATIVE_DAY.matcher(text);
		while (m.find()) {
			int back = switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
				case "今天", "今日", "today", "heute", "hoy", "dzisiaj" -> 0;
				case "前天" -> 2;
				default -> 1;
			};
			LocalDate date = reference.toLocalDate().minusDays(back);
			if (m.group(2) == null) {
				return new DateTimes.Found(date.atStartOfDay(), null, false, m.start(), m.end());
			}
			int hour = Integer.parseInt(m.group(2));
			int minute = Integer.parseInt(m.group(3));
			if (hour > 23 || minute > 59) {
				continue;
			}
			return new DateTimes.Found(date.atTime(hour, minute), null, true, m.start(), m.end());
		}
		return null;
	}

	private static DateTimes.Found ago(CharSequence text, LocalDateTime reference) {
		Matcher m = AGO.matcher(text);
		while (m.find()) {
			// a word before the number (vor, il y a, hace) or after the unit (前, ago,
			// temu)
			// says it is past
			if (m.group(1) == null && m.group(4) == null) {
				continue;
			}
			long n = Long.parseLong(m.group(2));
			String unit = m.group(3).toLowerCase(java.util.Locale.ROOT);
			LocalDateTime at;
			boolean hasTime = true;
			if (unit.startsWith("分") || unit.startsWith("min")) {
				at = reference.minusMinutes(n);
			}
			else if (unit.startsWith("小") || unit.startsWith("h") || unit.startsWith("stu")
					|| unit.startsWith("godz")) {
				at = reference.minusHours(n);
			}
			else {
				at = reference.toLocalDate().minusDays(n).atStartOfDay();
				hasTime = false;
			}
			return new DateTimes.Found(at, null, hasTime, m.start(), m.end());
		}
		return null;
	}

	private static LocalDateTime at(int year, int month, int day, int hour, int minute, int second) {
		try {
			return LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
