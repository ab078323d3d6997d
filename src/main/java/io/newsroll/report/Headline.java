package io.newsroll.report;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An article of the period that the summary lists: the most copied first (reprints and
 * duplicates elsewhere), then the latest.
 */
public record Headline(String id, String title, String site, LocalDateTime published, String url, long copies) {

	public Headline {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
	}

}
