package io.newsroll.core.eval;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as the scorer compares it: the wall-clock parts a text gives, with
 * null for the parts it does not give (score.py's {@code parse_date}). Time zones and
 * seconds are ignored, so "2019-05-21T07:39:30+08:00" and "2019年5月21日 07:39" are the same
 * minute.
 *
 * @param year the year, never null
 * @param month the month, or null for a year alone
 * @param day the day, or null
 * @param hour the hour, or null (always null without a day)
 * @param minute the minute, or null (always null without a day)
 */
public record LenientDate(Integer year, Integer month, Integer day, Integer hour, Integer minute) {

	private static final String D = "\\p{Nd}";

	private static final String S = "[" + ScoringText.WHITESPACE + "]";

	private static final Pattern DATE = Pattern.compile("(" + D + "{4})" + S + "*[-/.年]" + S + "*(" + D + "{1,2})(?:"
			+ S + "*[-/.月]" + S + "*(" + D + "{1,2})(?:" + S + "*日)?)?(?:(?:" + S + "*T" + S + "*|" + S + "+|(?<=日))("
			+ D + "{1,2})" + S + "*[:时]" + S + "*(" + D + "{1,2}))?");

	private static final Pattern YEAR = Pattern.compile(S + "*(" + D + "{4})" + S + "*");

	public LenientDate {
		Objects.requireNonNull(year, "year");
	}

	/**
	 * Parses leniently: the first date found anywhere in the text (ISO 8601, "2019-05-21
	 * 07:39:30", "2019年5月21日 07:39", "2019/05/21", "2019.5"), or a year alone.
	 * @param text any text, may be null
	 * @return the parts found, or null when the text holds no date
	 */
	public static LenientDate parse(String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
		Matcher m = DATE.matcher(s);
		if (m.find()) {
			boolean hasDay = m.group(3) != null;
			return new LenientDate(number(m.group(1)), number(m.group(2)), hasDay ? number(m.group(3)) : null,
					(hasDay && m.group(4) != null) ? number(m.group(4)) : null,
					(hasDay && m.group(5) != null) ? number(m.group(5)) : null);
		}
		Matcher y = YEAR.matcher(s);
		if (y.matches()) {
			return new LenientDate(number(y.group(1)), null, null, null, null);
		}
		return null;
	}

	/** Python's {@code int()} over decimal digits of any script. */
	private static Integer number(String digits) {
		int value = 0;
		for (int i = 0; i < digits.length();) {
			int cp = digits.codePointAt(i);
			value = value * 10 + Character.digit(cp, 10);
			i += Character.charCount(cp);
		}
		return value;
	}

	/**
	 * Whether this and the other fall on the same calendar day (both must give a day).
	 */
	public boolean sameDay(LenientDate other) {
		return Objects.equals(this.year, other.year) && Objects.equals(this.month, other.month)
				&& Objects.equals(this.day, other.day);
	}

}
