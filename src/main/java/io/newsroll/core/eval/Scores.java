package io.newsroll.core.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Every {@link Metric} of one evaluation (overall or one group), with score.py's one-line
 * rendering.
 *
 * @param values a score for every metric, unmeasured ones included
 */
public record Scores(Map<Metric, Score> values) {

	public Scores {
		EnumMap<Metric, Score> copy = new EnumMap<>(Metric.class);
		copy.putAll(values);
		for (Metric metric : Metric.values()) {
			if (!copy.containsKey(metric)) {
				throw new IllegalArgumentException("no score for " + metric.key());
			}
		}
		values = Collections.unmodifiableMap(copy);
	}

	public Score get(Metric metric) {
		return this.values.get(metric);
	}

	/** The value, or null when the metric had nothing to measure. */
	public Double value(Metric metric) {
		return this.values.get(metric).value();
	}

	/**
	 * score.py's {@code fmt}: the measured metrics as {@code key=0.123(n=4)}, macro
	 * without its n.
	 */
	public String line() {
		StringJoiner parts = new StringJoiner(" ");
		for (Metric metric : Metric.values()) {
			Score score = this.values.get(metric);
			if (!score.measured()) {
				continue;
			}
			parts.add((metric != Metric.MACRO)
					? metric.key() + "=" + threeDecimals(score.value()) + "(n=" + score.n() + ")"
					: metric.key() + "=" + threeDecimals(score.value()));
		}
		return parts.toString();
	}

	/**
	 * Python's {@code "%.3f"}: the exact binary value rounded half-even. Java's
	 * {@code %.3f} rounds the shortest decimal form half-up instead, which differs on
	 * ties such as 1/16.
	 */
	public static String threeDecimals(double value) {
		return new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
	}

}
