package io.newsroll.report.xlsx;

import java.util.function.Function;

import io.newsroll.report.Label;

/**
 * One column of a sheet: its heading, how its values look, and how to take the value from
 * a row. Values are {@code String}, {@code Number}, {@code LocalDate},
 * {@code LocalDateTime}, {@code OffsetDateTime} or null for an empty cell.
 */
record Column<T>(Label heading, Kind kind, int width, Function<T, Object> value) {

	/** How a column's numbers are formatted. */
	enum Kind {

		TEXT, INTEGER, DECIMAL, PERCENT, DATE, DATE_TIME, URL

	}

	static <T> Column<T> text(Label heading, int width, Function<T, Object> value) {
		return new Column<>(heading, Kind.TEXT, width, value);
	}

	/** A web address, written as a clickable link when it is one (http or https). */
	static <T> Column<T> url(Label heading, int width, Function<T, Object> value) {
		return new Column<>(heading, Kind.URL, width, value);
	}

	static <T> Column<T> integer(Label heading, Function<T, Object> value) {
		return new Column<>(heading, Kind.INTEGER, 12, value);
	}

	static <T> Column<T> decimal(Label heading, Function<T, Object> value) {
		return new Column<>(heading, Kind.DECIMAL, 12, value);
	}

	static <T> Column<T> percent(Label heading, Function<T, Object> value) {
		return new Column<>(heading, Kind.PERCENT, 10, value);
	}

	static <T> Column<T> date(Label heading, Function<T, Object> value) {
		return new Column<>(heading, Kind.DATE, 12, value);
	}

	static <T> Column<T> dateTime(Label heading, Function<T, Object> value) {
		return new Column<>(heading, Kind.DATE_TIME, 21, value);
	}

}
