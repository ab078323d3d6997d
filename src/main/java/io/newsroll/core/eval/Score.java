package io.newsroll.core.eval;

/**
 * One metric's value and how many items it was measured over. A metric with nothing to
 * measure has no value (score.py's {@code (None, 0)}); for {@link Metric#MACRO},
 * {@code n} is the number of metrics averaged.
 *
 * @param value the value in [0, 1], or null when not measured
 * @param n the number of documents (snippets, metrics) it was measured over
 */
public record Score(Double value, int n) {

	static final Score NONE = new Score(null, 0);

	public Score {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative: " + n);
		}
	}

	/** Whether the metric had anything to measure. */
	public boolean measured() {
		return this.value != null;
	}

}
