package io.newsroll.core.article;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A news article extracted from one raw page and normalized (the article fields of
 * docs/extraction.md). Fields that the page does not give are null (single values) or
 * empty (lists); {@link #warnings()} says what was missing.
 */
public record Article(String id, String file, String format, String encoding, String site, String siteDomain,
		String url, String channel, String series, String title, List<String> authors, OffsetDateTime published,
		String kicker, String lead, List<String> subheadings, List<String> bodyParagraphs, String authorNote,
		String source, String sourcePublication, String editor, String lang, List<String> warnings) {

	public Article {
		Objects.requireNonNull(file, "file");
		authors = List.copyOf(authors);
		subheadings = List.copyOf(subheadings);
		bodyParagraphs = List.copyOf(bodyParagraphs);
		warnings = List.copyOf(warnings);
	}

	/**
	 * Total length of the body paragraphs, in characters (UTF-16 code units, as the seed
	 * counts).
	 */
	public int bodyChars() {
		int total = 0;
		for (String p : this.bodyParagraphs) {
			total += p.length();
		}
		return total;
	}

	/** The body as one text, paragraphs separated by blank lines. */
	public String bodyText() {
		return String.join("\n\n", this.bodyParagraphs);
	}

}
