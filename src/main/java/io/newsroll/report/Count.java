package io.newsroll.report;

import java.util.Objects;

/**
 * One labelled figure of a view: a site and its articles, a reason code and its rejects.
 */
public record Count(String label, long value) {

	public Count {
		Objects.requireNonNull(label, "label");
		if (value < 0) {
			throw new IllegalArgumentException("negative count " + value + " for " + label);
		}
	}

}
