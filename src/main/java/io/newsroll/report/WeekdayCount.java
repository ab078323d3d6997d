package io.newsroll.report;

import java.time.DayOfWeek;
import java.util.Objects;

/** Articles published on one day of the week, over the whole period. */
public record WeekdayCount(DayOfWeek day, long value) {

	public WeekdayCount {
		Objects.requireNonNull(day, "day");
	}

}
