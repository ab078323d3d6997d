package io.newsroll.core.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and parses publication dates as news pages write them: ISO 8601
 * ({@code 2019-05-21T07:39:30+08:00}), numeric forms ({@code 2019-05-21 07:39:30},
 * {@code 2019/05/21}, {@code 2019.5.21}), Chinese ({@code 2019年5月21日 07:39},
 * {@code 下午3:05}) and English ({@code December 21, 2023 10:30 AM}, {@code Dec. 21, 2023},
 * {@code 21 December 2023}, {@code 21-Dec-2023}, {@code Thu 21 Dec 2023 13.30 GMT}), and
 * day-month-year in German, French, Spanish, Italian, Portuguese, Dutch and Polish
 * ({@code 21. Dezember 2023 um 10:30}, {@code 21 de diciembre de 2023}, see
 * {@link MonthNames}). A time in GMT or UTC keeps that offset; pages without a zone are
 * read in a zone the caller gives. The patterns are anchored on digits and bounded, so a
 * long line cannot make them backtrack.
 */
public final class DateTimes {

	/** A Chinese weekday between a date and its time: 2023年12月21日 星期四 10:30. */
	private static final String WEEKDAY = "(?:[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?\\s{0,3})?";

	/**
	 * A time of day after a date, optional: day period, hour, minute, second, AM/PM, zone
	 * (the groups {@link #build} reads).
	 */
	private static final String TIME = "(?:\\s{0,3}" + WEEKDAY
			+ "(?:[T,|·•]|at|um|à|a\\slas|às|alle|om|o\\sgodz\\.?|-)?\\s{0,3}(上午|下午|晚上|早上|凌晨|中午|晚|早)?\\s{0,2}"
			+ "(\\d{1,2})(?:\\s?[:：时]\\s?|\\.(?=\\d{2}\\s?(?:GMT|UTC|BST|[AaPp]\\.?[Mm])))(\\d{2})"
			+ "(?:\\s?[:：分]\\s?(\\d{2})(?:\\.\\d{1,9})?)?\\s?(?:秒)?\\s?([AaPp]\\.?[Mm]\\.?)?\\s?"
			+ "(?:(Z|(?:GMT|UTC)(?!\\s?[+-]\\d))|(?:GMT|UTC)?([+-]\\d{2}):?(\\d{2}))?)?";

	/** {@link #TIME} without its final "?": the time must be there. */
	private static final String REQUIRED_TIME = TIME.substring(0, TIME.length() - 1);

	private static final Pattern NUMERIC = Pattern
		.compile("(?<!\\d)((?:19|20)\\d{2})\\s?([-/.年])\\s?(\\d{1,2})\\s?[-/.月]\\s?(\\d{1,2})(?!\\d)\\s?日?" + TIME);

	private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
			+ "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

	// No word boundary before the month or after the year: page text glues bylines to
	// dates
	// ("CorrespondentDec 22, 2023", "27 August 202229 August 2022").
	private static final Pattern ENGLISH_MDY = Pattern.compile(
			MONTH + "\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}((?:19|20)\\d{2})" + TIME, Pattern.CASE_INSENSITIVE);

	private static final Pattern ENGLISH_DMY = Pattern.compile(
			"(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?(?:\\s{1,3}|-)" + MONTH + "(?:,?\\s{1,3}|-)((?:19|20)\\d{2})" + TIME,
			Pattern.CASE_INSENSITIVE);

	/**
	 * Day, month name and year in the languages of {@link MonthNames}: "21. Dezember
	 * 2023", "1er mars 2023", "21 de diciembre de 2023", "21 grudnia 2023, 10:30"; the
	 * word is a month only when the table says so.
	 */
	private static final Pattern FOREIGN_DMY = Pattern.compile(
			"(?<![\\d.])(\\d{1,2})(?:\\.|er|º|°)?\\s{0,2}(?:de\\s{1,2})?(\\p{L}{3,12})\\.?,?\\s{1,3}"
					+ "(?:de\\s{1,2}|del\\s{1,2})?((?:19|20)\\d{2})(?!\\d)" + TIME,
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * 12/22/2023, 12-19-2023 (month first) or 06/02/2022, 19.12.2023 (day first, as
	 * European and some Chinese sites write it): one separator, used twice. A dotted date
	 * is always day first (05.06.2023 is 5 June): only European pages write dates so; a
	 * space may follow each dot ("4. 2. 2022", as German and Czech pages print it). Some
	 * pages set the parts apart with bars: "26 | 01 | 2022".
	 */
	private static final Pattern SLASHED = Pattern.compile(
			"(?<![\\d/.-])(\\d{1,2})([/.-]| ?\\| ?)(?:(?<=\\.) )?(\\d{1,2})\\2(?:(?<=\\.) )?((?:19|20)\\d{2})(?![\\d/]|[.-]\\d)"
					+ TIME);

	/**
	 * 08/25/22 12:54pm, 19.10.19, 08:16 Uhr: a two-digit year is a date only with a time
	 * of day after it (a byline stamp), never alone (scores, fractions, issue numbers,
	 * versions).
	 */
	private static final Pattern SLASHED_SHORT_YEAR = Pattern
		.compile("(?<![\\d/.])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{2})(?![\\d/]|\\.\\d)" + REQUIRED_TIME);

	/**
	 * 2023 12/21 08:15:30: the year apart from month/day, as Xinhua's pages print it (the
	 * parts in separate elements); only with a time of day after it.
	 */
	private static final Pattern YEAR_APART = Pattern
		.compile("(?<![\\d/])((?:19|20)\\d{2})\\s{1,3}(\\d{1,2})/(\\d{1,2})(?![\\d/])" + REQUIRED_TIME);

	private DateTimes() {
	}

	/**
	 * A date (and maybe a time) found in a text.
	 *
	 * @param dateTime the local date and time (midnight when the text gives only a date)
	 * @param offset the offset written in the text, or null
	 * @param hasTime whether the text gives a time of day
	 * @param start where the match starts in the text
	 * @param end where it ends
	 */
	public record Found(LocalDateTime dateTime, ZoneOffset offset, boolean hasTime, int start, int end) {

		/** The instant, read in the given zone when the text has no offset of its own. */
		public OffsetDateTime at(ZoneId zone) {
			if (this.offset != null) {
				return this.dateTime.atOffset(this.offset);
			}
			return this.dateTime.atZone(zone).toOffsetDateTime();
		}

	}

	/**
	 * Parses a text that is a date (surrounding whitespace and a trailing weekday
	 * allowed).
	 */
	public static Optional<OffsetDateTime> parse(String text, ZoneId zone) {
		if (text == null) {
			return Optional.empty();
		}
		return find(text).map((f) -> f.at(zone));
	}

	/**
	 * The earliest valid date in the text, if any; an ambiguous 06/02/2022 is read month
	 * first.
	 */
	public static Optional<Found> find(CharSequence text) {
		return find(text, false);
	}

	/**
	 * The earliest valid date in the text, if any.
	 * @param text the text to search
	 * @param dayFirst whether an ambiguous slashed date (06/02/2022) is day first
	 * (Europe) or month first (US)
	 */
	public static Optional<Found> find(CharSequence text, boolean dayFirst) {
		if (text == null || text.length() < 6) {
			return Optional.empty();
		}
		if (!hasYear(text)) {
			return Optional.ofNullable(shortYear(text, dayFirst));
		}
		Found best = null;
		best = earliest(best, numeric(text));
		best = earliest(best, slashed(text, dayFirst));
		best = earliest(best, yearApart(text));
		if (hasLatinLetter(text)) {
			best = earliest(best, english(ENGLISH_MDY, text, 1, 2, 3));
			best = earliest(best, english(ENGLISH_DMY, text, 2, 1, 3));
			best = earliest(best, foreign(text));
		}
		return Optional.ofNullable(best);
	}

	/**
	 * Whether the text has a year (19xx or 20xx) that every pattern here needs: most
	 * lines of a page have none, and answer without running any pattern.
	 */
	private static boolean hasYear(CharSequence text) {
		int n = text.length();
		for (int i = 0; i + 3 < n; i++) {
			char c = text.charAt(i);
			if ((c == '1' && text.charAt(i + 1) == '9') || (c == '2' && text.charAt(i + 1) == '0')) {
				if (isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static Found slashed(CharSequence text, boolean dayFirst) {
		Matcher m = SLASHED.matcher(text);
		while (m.find()) {
			int a = Integer.parseInt(m.group(1));
			int b = Integer.parseInt(m.group(3));
			int year = Integer.parseInt(m.group(4));
			// dots are the European way (19.12.2023): day first whatever the caller says
			boolean dayIsFirst = (a > 12) || (b <= 12 && (dayFirst || m.group(2).equals(".")));
			Found found = dayIsFirst ? build(year, b, a, m, 5, m.start(), m.end())
					: build(year, a, b, m, 5, m.start(), m.end());
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static Found yearApart(CharSequence text) {
		if (!contains(text, '/') || !contains(text, ':')) {
			return null;
		}
		Matcher m = YEAR_APART.matcher(text);
		while (m.find()) {
			Found found = build(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)), m, 4, m.start(), m.end());
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static Found shortYear(CharSequence text, boolean dayFirst) {
		if ((!contains(text, '/') && !contains(text, '.')) || !contains(text, ':')) {
			return null;
		}
		Matcher m = SLASHED_SHORT_YEAR.matcher(text);
		while (m.find()) {
			int a = Integer.parseInt(m.group(1));
			int b = Integer.parseInt(m.group(3));
			int yy = Integer.parseInt(m.group(4));
			int year = (yy < 70) ? 2000 + yy : 1900 + yy;
			// dots are the European way (19.10.19, 08:16 Uhr): day first
			boolean dayIsFirst = (a > 12) || (b <= 12 && (dayFirst || m.group(2).equals(".")));
			Found found = dayIsFirst ? build(year, b, a, m, 5, m.start(), m.end())
					: build(year, a, b, m, 5, m.start(), m.end());
			if (found != null && found.hasTime()) {
				return found;
			}
		}
		return null;
	}

	private static boolean contains(CharSequence text, char c) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == c) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasLatinLetter(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
				return true;
			}
		}
		return false;
	}

	private static Found earliest(Found a, Found b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		return (b.start() < a.start()) ? b : a;
	}

	private static Found numeric(CharSequence text) {
		Matcher m = NUMERIC.matcher(text);
		while (m.find()) {
			String separator = m.group(2);
			int year = Integer.parseInt(m.group(1));
			int month = Integer.parseInt(m.group(3));
			int day = Integer.parseInt(m.group(4));
			if (separator.equals(".") && !plausibleDottedDate(text, m)) {
				continue;
			}
			Found found = build(year, month, day, m, 5, m.start(), m.end());
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/**
	 * "3.14.2015" or version numbers are not dates; a dotted date stands alone or next to
	 * CJK text.
	 */
	private static boolean plausibleDottedDate(CharSequence text, Matcher m) {
		int end = m.end();
		return end >= text.length() || text.charAt(end) != '.';
	}

	private static Found english(Pattern pattern, CharSequence text, int monthGroup, int dayGroup, int yearGroup) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			int s = m.start();
			if (monthGroup == 1 && s > 0 && Character.isLetter(text.charAt(s - 1))
					&& !Character.isUpperCase(text.charAt(s))) {
				continue;
			}
			int month = month(m.group(monthGroup));
			int day = Integer.parseInt(m.group(dayGroup));
			int year = Integer.parseInt(m.group(yearGroup));
			Found found = build(year, month, day, m, 4, m.start(), m.end());
			if (found != null) {
				return found.hasTime() ? found : withTimeBefore(found, text);
			}
		}
		return null;
	}

	private static Found foreign(CharSequence text) {
		Matcher m = FOREIGN_DMY.matcher(text);
		while (m.find()) {
			int month = MonthNames.month(m.group(2));
			if (month == 0) {
				continue;
			}
			Found found = build(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)), m, 4, m.start(),
					m.end());
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/**
	 * A time of day written before an English date: "11:25, 17 Dec 2023", "3:54 PM EST,
	 * Tue December 19, 2023", "10:30 AM · Dec 22, 2023". A zone's abbreviation is passed
	 * over (the page's zone applies, as for a time after the date).
	 */
	private static final Pattern TIME_BEFORE = Pattern.compile("(?<![\\d:])(\\d{1,2}):(\\d{2})\\s?([AaPp]\\.?[Mm]\\.?)?"
			+ "(?:\\s?[A-Z]{2,4})?\\s?[,·|•]?\\s{0,3}(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s{1,3})?$");

	private static final int TIME_BEFORE_CHARS = 30;

	private static Found withTimeBefore(Found found, CharSequence text) {
		int from = Math.max(0, found.start() - TIME_BEFORE_CHARS);
		if (found.start() == 0 || !contains(text.subSequence(from, found.start()), ':')) {
			return found;
		}
		Matcher m = TIME_BEFORE.matcher(text).region(from, found.start());
		if (!m.find()) {
			return found;
		}
		int hour = hourOfDay(Integer.parseInt(m.group(1)), null, m.group(3));
		int minute = Integer.parseInt(m.group(2));
		if (hour > 23 || minute > 59) {
			return found;
		}
		return new Found(found.dateTime().toLocalDate().atTime(hour, minute), null, true, m.start(), found.end());
	}

	private static int month(String name) {
		String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
		return switch (key) {
			case "jan" -> 1;
			case "feb" -> 2;
			case "mar" -> 3;
			case "apr" -> 4;
			case "may" -> 5;
			case "jun" -> 6;
			case "jul" -> 7;
			case "aug" -> 8;
			case "sep" -> 9;
			case "oct" -> 10;
			case "nov" -> 11;
			default -> 12;
		};
	}

	/**
	 * The hour on a 24-hour clock, from a written hour and the day period before it (下午,
	 * 晚上) or AM/PM after it, either of them null: 3 PM is 15, 12 AM is 0.
	 */
	private static int hourOfDay(int hour, String period, String ampm) {
		boolean afternoon = (period != null && (period.startsWith("下") || period.startsWith("晚")))
				|| (ampm != null && Character.toLowerCase(ampm.charAt(0)) == 'p');
		boolean morning = ampm != null && Character.toLowerCase(ampm.charAt(0)) == 'a';
		if (afternoon && hour < 12) {
			return hour + 12;
		}
		return (morning && hour == 12) ? 0 : hour;
	}

	/**
	 * Builds a result from the date parts and the time groups that start at {@code g}:
	 * day period (上午/下午), hour, minute, second, AM/PM, Z, offset hours, offset minutes.
	 */
	private static Found build(int year, int month, int day, Matcher m, int g, int start, int end) {
		LocalDate date;
		try {
			date = LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
		String hourText = m.group(g + 1);
		if (hourText == null) {
			return new Found(date.atStartOfDay(), null, false, start, end);
		}
		int hour = hourOfDay(Integer.parseInt(hourText), m.group(g), m.group(g + 4));
		int minute = Integer.parseInt(m.group(g + 2));
		int second = (m.group(g + 3) != null) ? Integer.parseInt(m.group(g + 3)) : 0;
		if (hour > 23 || minute > 59 || second > 59) {
			return new Found(date.atStartOfDay(), null, false, start, m.start(g + 1));
		}
		ZoneOffset offset = null;
		if (m.group(g + 5) != null) {
			offset = ZoneOffset.UTC;
		}
		else if (m.group(g + 6) != null) {
			try {
				int oh = Integer.parseInt(m.group(g + 6).replace("+", ""));
				int om = Integer.parseInt(m.group(g + 7));
				offset = ZoneOffset.ofHoursMinutes(oh, (oh < 0 || m.group(g + 6).startsWith("-")) ? -om : om);
			}
			catch (DateTimeException ex) {
				offset = null;
			}
		}
		return new Found(LocalDateTime.of(date, LocalTime.of(hour, minute, second)), offset, true, start, end);
	}

}
