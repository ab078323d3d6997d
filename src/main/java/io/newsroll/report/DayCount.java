package io.newsroll.report;

import java.time.LocalDate;
import java.util.Objects;

/** Articles published on one day of the period (zero for a day without articles). */
public record DayCount(LocalDate day, long value) {

	public DayCount {
		Objects.requireNonNull(day, "day");
		if (value < 0) {
			throw new IllegalArgumentException("negative count " + value + " on " + day);
		}
	}

}
