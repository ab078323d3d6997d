package io.newsroll.report;

import java.time.YearMonth;
import java.util.Objects;

/** Mentions of one roster person in the articles of one month. */
public record MonthlyMention(String name, YearMonth month, long articles, long mentions) {

	public MonthlyMention {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(month, "month");
	}

}
