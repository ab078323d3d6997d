package io.newsroll.core.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/**
 * The one place newsroll reads the wall clock. Everything else takes a {@link Clock}
 * handed to it, so tests fix the time; this class gives the clock handed down at the top
 * (the command line, the Spring context, the Spark driver).
 * <p>
 * The test setting {@code newsroll.clock.offset} (a {@code -D} system property, or the
 * environment variable {@code NEWSROLL_CLOCK_OFFSET}) moves that clock by an ISO-8601
 * duration, {@code P365D} for a year ahead, so the whole suite can be run on another day
 * at full speed. It moves newsroll's clock only: the database's own {@code
 * CURRENT_TIMESTAMP} and Spring Batch's run records keep the real time.
 */
public final class SystemClocks {

	/** The system property. */
	public static final String PROPERTY = "newsroll.clock.offset";

	/** The environment variable. */
	public static final String VARIABLE = "NEWSROLL_CLOCK_OFFSET";

	private SystemClocks() {
	}

	/** The wall clock in UTC, moved by the offset if one is set. */
	public static Clock utc() {
		return system(ZoneOffset.UTC);
	}

	/** The wall clock in {@code zone}, moved by the offset if one is set. */
	public static Clock system(ZoneId zone) {
		Duration offset = offset(System::getProperty, System::getenv);
		Clock clock = Clock.system(zone);
		return offset.isZero() ? clock : Clock.offset(clock, offset);
	}

	/**
	 * The offset the property (first) or the variable sets; zero when neither does.
	 * @throws IllegalArgumentException when the value is not an ISO-8601 duration
	 */
	static Duration offset(UnaryOperator<String> properties, UnaryOperator<String> environment) {
		String value = properties.apply(PROPERTY);
		String from = PROPERTY;
		if (value == null || value.isBlank()) {
			value = environment.apply(VARIABLE);
			from = VARIABLE;
		}
		if (value == null || value.isBlank()) {
			return Duration.ZERO;
		}
		try {
			return Duration.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					from + " must be an ISO-8601 duration such as P365D or -PT6H, not '" + value + "'", ex);
		}
	}

}
