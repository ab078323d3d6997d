package io.newsroll.spark;

import java.util.Locale;

/**
 * Which files are article pages: the names {@code newsroll ingest} takes (its
 * {@code InputFiles.isArticleName}, which lives in the application, not in the core),
 * case-insensitive: .txt, .html, .htm, .shtml, each optionally .gz.
 */
final class ArticleNames {

	private ArticleNames() {
	}

	static boolean isArticle(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		String n = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
		return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".shtml");
	}

}
