package io.newsroll.core.roster;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates roster tables write: 2019-05-21, 2019/5/21, 2019.5.21, 2019年5月21日,
 * 20190521, with or without a time.
 */
final class RosterDates {

	private static final Pattern DATE = Pattern
		.compile("^(\\d{4})\\s*(?:[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?|(\\d{2})(\\d{2}))(?:[\\sT].*)?$");

	private RosterDates() {
	}

	static Optional<LocalDate> parse(String text) {
		Matcher m = DATE.matcher(RosterText.clean(text));
		if (!m.matches()) {
			return Optional.empty();
		}
		try {
			int year = Integer.parseInt(m.group(1));
			int month = Integer.parseInt((m.group(2) != null) ? m.group(2) : m.group(4));
			int day = Integer.parseInt((m.group(3) != null) ? m.group(3) : m.group(5));
			return Optional.of(LocalDate.of(year, month, day));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
