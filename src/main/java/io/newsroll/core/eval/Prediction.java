package io.newsroll.core.eval;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import io.newsroll.core.article.Article;

/**
 * One page's extracted fields, in the shape the scorer compares with a
 * {@link TruthRecord} (a line of a predictions file, keyed by {@link #id()}). Null fields
 * count as empty.
 *
 * @param id the page's id, never null
 * @param title the headline
 * @param author the names, joined as {@link #joinAuthors(List)} does
 * @param published the publication time, ISO 8601
 * @param source the source line
 * @param editor the editor
 * @param body the main text
 */
public record Prediction(String id, String title, String author, String published, String source, String editor,
		String body) {

	private static final Pattern CJK_CHAR = Pattern.compile("[" + ScoringText.CJK + "]");

	public Prediction {
		Objects.requireNonNull(id, "id");
	}

	/**
	 * What newsroll predicts for a page: the article's title, authors, publication time
	 * (ISO 8601 with offset), source, editor, and its body paragraphs joined by newlines.
	 */
	public static Prediction of(String id, Article article) {
		String published = (article.published() != null)
				? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.published()) : null;
		String body = article.bodyParagraphs().isEmpty() ? null : String.join("\n", article.bodyParagraphs());
		return new Prediction(id, article.title(), joinAuthors(article.authors()), published, article.source(),
				article.editor(), body);
	}

	/**
	 * Joins names the way labelled bylines write them and the scorer splits them: two
	 * Chinese names side by side are separated by a space ("伊琳 李清芬"), any other pair by a
	 * comma ("Chris E. Hayner, Tom Caswell"). Null when there are no names.
	 */
	public static String joinAuthors(List<String> authors) {
		if (authors.isEmpty()) {
			return null;
		}
		StringBuilder joined = new StringBuilder(authors.get(0));
		for (int i = 1; i < authors.size(); i++) {
			String previous = authors.get(i - 1);
			String next = authors.get(i);
			boolean cjkPair = !previous.isEmpty() && !next.isEmpty()
					&& CJK_CHAR.matcher(previous.substring(previous.offsetByCodePoints(previous.length(), -1)))
						.matches()
					&& CJK_CHAR.matcher(next.substring(0, next.offsetByCodePoints(0, 1))).matches();
			joined.append(cjkPair ? " " : ", ").append(next);
		}
		return joined.toString();
	}

}
