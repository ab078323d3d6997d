package io.newsroll.report;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An article of the period with the copies found of it: exact duplicates and reprints on
 * other sites.
 */
public record ReprintedArticle(String id, String title, String site, LocalDateTime published, String url, long reprints,
		long duplicates) {

	public ReprintedArticle {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
	}

}
