package io.newsroll.report;

import java.util.List;

/**
 * The period's top labels of a view (sites, sources), one row each, with their articles
 * per step of the trend ({@link Granularity}): who published when. Labels missing on the
 * article ("(none)") are never a row.
 */
public record TrendTable(List<String> steps, List<Row> rows) {

	public TrendTable {
		steps = List.copyOf(steps);
		rows = List.copyOf(rows);
		for (Row row : rows) {
			if (row.perStep().size() != steps.size()) {
				throw new IllegalArgumentException(
						row.label() + " has " + row.perStep().size() + " steps, the table " + steps.size());
			}
		}
	}

	/** One label: its articles in the period and per step, in step order. */
	public record Row(String label, long total, List<Long> perStep) {

		public Row {
			perStep = List.copyOf(perStep);
		}

	}

	/** A table without rows (an empty period, or no such data). */
	public static TrendTable empty(List<String> steps) {
		return new TrendTable(steps, List.of());
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

}
