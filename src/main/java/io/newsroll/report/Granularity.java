package io.newsroll.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The step of a report's trend view, chosen from the period's length so that a table has
 * tens of rows, not thousands: days up to two months, ISO weeks up to half a year, months
 * up to three years, quarters beyond.
 */
public enum Granularity {

	DAY(62), WEEK(183), MONTH(3 * 366), QUARTER(Long.MAX_VALUE);

	/** The longest period, in days, this step is used for. */
	private final long maxDays;

	Granularity(long maxDays) {
		this.maxDays = maxDays;
	}

	public static Granularity of(ReportPeriod period) {
		for (Granularity g : values()) {
			if (period.days() <= g.maxDays) {
				return g;
			}
		}
		return QUARTER;
	}

	/** The label of the step a day falls in: 2024-05-28, 2024-W22, 2024-05, 2024-Q2. */
	public String label(LocalDate day) {
		return switch (this) {
			case DAY -> day.toString();
			case WEEK -> String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
					day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			case MONTH -> YearMonth.from(day).toString();
			case QUARTER -> day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
		};
	}

	/** The labels of the steps of a period, in order, each once. */
	public List<String> steps(ReportPeriod period) {
		List<String> steps = new ArrayList<>();
		for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
			String step = label(day);
			if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(step)) {
				steps.add(step);
			}
		}
		return steps;
	}

	/**
	 * The days added up by step, in order; steps at the period's edges count only its
	 * days.
	 */
	public List<Count> buckets(List<DayCount> days) {
		Map<String, Long> steps = new LinkedHashMap<>();
		for (DayCount d : days) {
			steps.merge(label(d.day()), d.value(), Long::sum);
		}
		List<Count> list = new ArrayList<>(steps.size());
		steps.forEach((label, n) -> list.add(new Count(label, n)));
		return list;
	}

	/**
	 * The steps as table rows: a run of two or more empty steps becomes one row labelled
	 * {@code first – last} with 0, so a sparse six years is a few rows, not 72.
	 */
	public static List<Count> collapseEmpty(List<Count> steps) {
		List<Count> rows = new ArrayList<>();
		int i = 0;
		while (i < steps.size()) {
			int j = i;
			while (j < steps.size() && steps.get(j).value() == 0) {
				j++;
			}
			if (j - i >= 2) {
				rows.add(new Count(steps.get(i).label() + " – " + steps.get(j - 1).label(), 0));
				i = j;
			}
			else {
				rows.add(steps.get(i));
				i++;
			}
		}
		return rows;
	}

}
