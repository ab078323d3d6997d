package io.newsroll.core.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of scoring predictions against ground truth: overall numbers and, when asked
 * for, one set of numbers per group. {@link #lines(String)} prints it as score.py does.
 *
 * @param docs the number of truth records scored
 * @param predictionsMissing how many of them had no prediction (scored as empty
 * predictions)
 * @param grouping the breakdown asked for
 * @param groups numbers per group, in first-seen order of the truth file; empty without
 * grouping
 * @param overall numbers over all scored records
 */
public record Evaluation(int docs, int predictionsMissing, Grouping grouping, Map<String, Scores> groups,
		Scores overall) {

	public Evaluation {
		Objects.requireNonNull(grouping, "grouping");
		Objects.requireNonNull(overall, "overall");
		groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
	}

	/**
	 * The report as score.py prints it: counts, one line per group (sorted by name), one
	 * line per metric, and a last line starting with "OVERALL".
	 * @param name a label for the OVERALL line, or empty
	 */
	public List<String> lines(String name) {
		List<String> lines = new ArrayList<>();
		lines.add("docs=" + this.docs + " predictions_missing=" + this.predictionsMissing);
		if (this.grouping != Grouping.NONE) {
			String by = this.grouping.name().toLowerCase(java.util.Locale.ROOT);
			List<String> names = new ArrayList<>(this.groups.keySet());
			// Python sorts strings by code point
			names.sort(Evaluation::compareCodePoints);
			for (String group : names) {
				lines.add("[" + by + "=" + group + "] " + this.groups.get(group).line());
			}
		}
		for (Metric metric : Metric.values()) {
			Score score = this.overall.get(metric);
			String value = score.measured() ? Scores.threeDecimals(score.value()) + "  (n=" + score.n() + ")" : "n/a";
			lines.add(String.format(java.util.Locale.ROOT, "%-12s %s", metric.key(), value));
		}
		lines.add("OVERALL " + ((name != null && !name.isEmpty()) ? name + " " : "") + this.overall.line());
		return lines;
	}

	private static int compareCodePoints(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int ca = a.codePointAt(i);
			int cb = b.codePointAt(j);
			if (ca != cb) {
				return Integer.compare(ca, cb);
			}
			i += Character.charCount(ca);
			j += Character.charCount(cb);
		}
		return Boolean.compare(i < a.length(), j < b.length());
	}

}
