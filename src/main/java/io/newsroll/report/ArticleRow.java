package io.newsroll.report;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One line of the article list: an article's metadata, never its body. Optional fields
 * are null.
 */
public record ArticleRow(String id, LocalDateTime published, String site, String channel, String series, String title,
		String authors, String editor, String source, int bodyChars, String url, String file) {

	public ArticleRow {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(published, "published");
		Objects.requireNonNull(title, "title");
	}

}
