package io.newsroll.core.article;

import java.util.List;

/**
 * What a page says about itself outside its visible text: {@code <title>}, {@code <meta>}
 * tags (Open Graph, article:published_time, author), JSON-LD NewsArticle,
 * {@code <time datetime>}, the canonical URL and the declared language. Empty for text
 * dumps, which keep only the title line.
 *
 * @param pageTitle the {@code <title>} (text dumps: their first line), or null
 * @param headline og:title or JSON-LD headline, or null
 * @param siteName og:site_name or JSON-LD publisher name, or null
 * @param url the canonical URL (link rel=canonical, og:url), or null
 * @param published the publication time as the page writes it (meta, JSON-LD, time
 * element), or null
 * @param publishedIsUpdate whether that time is only when the page was last changed
 * (article:modified_time, og:updated_time: the page gives no publication time of its own)
 * @param publishedWeak whether that time is only a weak sign: a generic date tag
 * ({@code <meta name="date">}, dc.date), a {@code <time>} element, a timestamp in the
 * page's scripts or a date in the URL; the date printed by the headline comes first
 * @param authors author names from meta and JSON-LD, in order
 * @param source the source a {@code <meta name="source">} tag names (Chinese news sites
 * carry one), or null
 * @param lang the html lang attribute, or null
 */
record PageMeta(String pageTitle, String headline, String siteName, String url, String published,
		boolean publishedIsUpdate, boolean publishedWeak, List<String> authors, String source, String lang) {

	PageMeta {
		authors = List.copyOf(authors);
	}

	static PageMeta titleOnly(String pageTitle) {
		return new PageMeta(pageTitle, null, null, null, null, false, false, List.of(), null, null);
	}

}
