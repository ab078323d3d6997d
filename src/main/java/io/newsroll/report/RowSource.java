package io.newsroll.report;

import java.util.List;
import java.util.function.Consumer;

/**
 * A list too long to hold in memory (every article of a period), handed to a renderer as
 * a source it can walk once, row by row. The batch layer backs it with a database cursor;
 * tests with a list.
 */
@FunctionalInterface
public interface RowSource<T> {

	/** Hands every row to the action, in order; returns how many rows there were. */
	long forEach(Consumer<? super T> action);

	static <T> RowSource<T> of(List<T> rows) {
		List<T> copy = List.copyOf(rows);
		return (action) -> {
			copy.forEach(action);
			return copy.size();
		};
	}

}
