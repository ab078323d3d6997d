package io.newsroll.core.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroll.core.text.ChineseText;
import io.newsroll.core.text.DateSanity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads what an HTML page says about itself into {@link PageMeta}: the {@code <title>},
 * {@code <meta>} tags (Open Graph, publication time, author, source), the JSON-LD article
 * ({@link JsonLd}), {@code <time datetime>}, the authors the markup marks (rel=author,
 * itemprop=author, a byline class), the canonical URL, a date in the URL and the declared
 * language.
 */
final class HtmlMeta {

	private static final List<String> DATE_KEYS = List.of("article:published_time", "og:article:published_time",
			"og:published_time", "article:published", "published_time", "datepublished", "publishdate", "publish-date",
			"publish_date", "pubdate", "pubtime", "publishtime", "dc.date.issued", "dc.date", "dcterms.created",
			"sailthru.date", "parsely-pub-date", "date", "weibo:article:create_at", "article.published",
			"og:release_date", "release_date", "firstpublishedtime", "article:modified_time", "og:updated_time");

	/**
	 * The keys of {@link #DATE_KEYS} that give when a page was last changed, not
	 * published.
	 */
	private static final Set<String> UPDATE_KEYS = Set.of("article:modified_time", "og:updated_time");

	/**
	 * The keys of {@link #DATE_KEYS} that do not say which date they give (a page's
	 * system date, a last change): weaker than the date printed by the headline.
	 */
	private static final Set<String> GENERIC_KEYS = Set.of("date", "dc.date");

	private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "dc.creator", "byl",
			"sailthru.author", "parsely-author", "twitter:creator:name", "og:article:author", "citation_author");

	/** Markup that names the author, most explicit first. */
	private static final List<String> AUTHOR_MARKUP = List.of("[itemprop=author]", "[rel=author]",
			"a[href*=/author/], a[href*=/authors/]", "[class~=(?i)(^|[-_])(byline|author)(s|-name|__name|_name)?$]");

	/** Any of {@link #AUTHOR_MARKUP}, parsed once. */
	private static final Evaluator ANY_AUTHOR_MARKUP = QueryParser.parse(String.join(", ", AUTHOR_MARKUP));

	/**
	 * Where a byline's name ends: a separator, a date, a publishing verb or a job title.
	 */
	private static final Pattern AUTHOR_TAIL = Pattern.compile("\\s*(?:[|•·]|\\b(?:"
			+ DateWords.PUBLISHING_VERBS.alternation() + "|Editor|Reporter|Staff Writer|Contributor|Correspondent)\\b"
			+ "|\\b" + DateWords.MONTHS.alternation() + "[a-z]*\\.? \\d|\\d{4}-\\d{2})");

	private static final Pattern BY_PREFIX = Pattern
		.compile("^(?i:" + BylineWords.MARKED_AUTHOR_PREFIXES.alternation() + ")\\s+");

	private static final Pattern URL_DATE = Pattern.compile(
			"/((?:19|20)\\d{2})(?:[-/_](0?[1-9]|1[0-2])[-/_](0?[1-9]|[12]\\d|3[01])|(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01]))(?![\\d])");

	private HtmlMeta() {
	}

	static PageMeta read(Document doc) {
		// not doc.title(): crawled pages wrapped in other markup have their <title>
		// outside <head>
		Element titleElement = doc.selectFirst("title");
		String title = (titleElement != null) ? ChineseText.field(titleElement.text()) : null;
		String headline = null;
		String siteName = null;
		String url = null;
		String published = null;
		String source = null;
		Set<String> authors = new LinkedHashSet<>();
		String[] dates = new String[DATE_KEYS.size()];
		String[] metaAuthors = new String[AUTHOR_KEYS.size()];
		for (Element meta : doc.getElementsByTag("meta")) {
			String key = meta.hasAttr("property") ? meta.attr("property")
					: meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
			String content = meta.attr("content");
			if (key.isEmpty() || content.isBlank()) {
				continue;
			}
			key = key.toLowerCase(Locale.ROOT).trim();
			switch (key) {
				case "og:title", "twitter:title" -> headline = (headline == null) ? content : headline;
				case "og:site_name", "application-name" -> siteName = (siteName == null) ? content : siteName;
				case "og:url" -> url = (url == null) ? content : url;
				case "source", "contentsource" -> source = (source == null) ? content : source;
				default -> {
				}
			}
			int d = DATE_KEYS.indexOf(key);
			if (d >= 0 && dates[d] == null) {
				dates[d] = content;
			}
			int a = AUTHOR_KEYS.indexOf(key.endsWith(".author") ? "author" : key);
			if (a >= 0 && metaAuthors[a] == null && !content.startsWith("http")) {
				metaAuthors[a] = content;
			}
		}
		boolean updateOnly = false;
		boolean weak = false;
		for (int d = 0; d < dates.length; d++) {
			if (dates[d] != null) {
				published = dates[d];
				updateOnly = UPDATE_KEYS.contains(DATE_KEYS.get(d));
				weak = GENERIC_KEYS.contains(DATE_KEYS.get(d));
				break;
			}
		}
		String ldDate = null;
		String ldHeadline = null;
		JsonLd.ArticleFacts facts = JsonLd.ArticleFacts.NONE;
		boolean jsonLdAuthors = false;
		for (Element script : doc.select("script[type=application/ld+json]")) {
			String json = script.data();
			if (facts == JsonLd.ArticleFacts.NONE) {
				facts = JsonLd.read(json);
				if (facts != JsonLd.ArticleFacts.NONE) {
					// a parsed article object is the page's own statement: it beats the
					// pattern scan below
					ldDate = facts.datePublished();
					ldHeadline = facts.headline();
					authors.addAll(facts.authors());
					jsonLdAuthors = !facts.authors().isEmpty();
					if (siteName == null) {
						siteName = facts.publisher();
					}
					continue;
				}
			}
			// not an article object JsonLd can read (malformed, or the facts in another
			// shape): what its patterns find
			JsonLd.ArticleFacts scanned = JsonLd.scan(json);
			if (ldDate == null) {
				ldDate = scanned.datePublished();
			}
			if (ldHeadline == null) {
				ldHeadline = scanned.headline();
			}
			authors.addAll(scanned.authors());
			if (siteName == null) {
				siteName = scanned.publisher();
			}
		}
		if (ldDate != null && (published == null || weak || published.length() < ldDate.length())) {
			published = ldDate;
			updateOnly = false;
			weak = false;
		}
		if (published == null || updateOnly) {
			for (Element time : doc.select("time[datetime], [itemprop=datePublished]")) {
				String v = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
				if (!v.isBlank()) {
					published = v;
					updateOnly = false;
					weak = !time.is("[itemprop=datePublished]");
					break;
				}
			}
		}
		if (published == null) {
			// the publication timestamp a page's scripts carry (var ct = "1581517074"):
			// pages that print only 昨天 or a time without a year keep it there
			published = scriptTimestamp(doc);
			weak = published != null;
		}
		if (headline == null) {
			headline = ldHeadline;
		}
		for (String a : metaAuthors) {
			// the JSON-LD article names its authors deliberately; meta author tags often
			// add the publisher
			if (a != null && !jsonLdAuthors) {
				authors.add(a);
				break;
			}
		}
		if (authors.isEmpty()) {
			authors.addAll(markedAuthors(doc));
		}
		if (source == null) {
			// no <meta name="source">: an element named for the source (HA, issue 19)
			source = MarkedSource.read(doc);
		}
		Element canonical = doc.selectFirst("link[rel=canonical][href]");
		if (canonical != null && canonical.attr("href").startsWith("http")) {
			url = canonical.attr("href");
		}
		if (published == null && url != null) {
			// many sites date their article paths (/2023/12/12/slug,
			// /2005-08/16/content_1.htm): the last resort
			Matcher m = URL_DATE.matcher(url);
			if (m.find()) {
				boolean compact = m.group(2) == null;
				published = m.group(1) + "-" + m.group(compact ? 4 : 2) + "-" + m.group(compact ? 5 : 3);
				weak = true;
			}
		}
		Element html = doc.selectFirst("html");
		String lang = (html != null && !html.attr("lang").isBlank()) ? html.attr("lang") : null;
		List<String> authorList = new ArrayList<>();
		for (String a : authors) {
			String v = ChineseText.field(cleanMarkedAuthor(a));
			if (v != null) {
				authorList.add(v);
			}
		}
		return new PageMeta(title, ChineseText.field(headline), ChineseText.field(siteName), ChineseText.field(url),
				ChineseText.field(published), updateOnly, weak, authorList, ChineseText.field(source), lang);
	}

	/**
	 * The first publication timestamp in the page's scripts, as an ISO instant, or null.
	 */
	private static String scriptTimestamp(Document doc) {
		for (Element script : doc.select("script:not([src]):not([type=application/ld+json])")) {
			Optional<Instant> at = DateSanity.scriptTimestamp(script.data(), null);
			if (at.isPresent()) {
				return at.get().toString();
			}
		}
		return null;
	}

	/**
	 * The authors as the markup marks them when no meta tag names one:
	 * {@code rel=author}, {@code itemprop=author}, an author page link, or a
	 * byline/author class. The first marked element names the first author; elements of
	 * the same kind beside it (same parent: "By <a>Jane Doe</a> and <a>John Roe</a>")
	 * name the others, while marked elements elsewhere (the authors of related articles)
	 * do not count. Only short texts count: a long one is an author box or a biography,
	 * not a name.
	 */
	private static List<String> markedAuthors(Document doc) {
		for (String selector : AUTHOR_MARKUP) {
			for (Element e : doc.select(selector)) {
				String name = markedName(e);
				if (name != null) {
					return withMarkedSiblings(e, name);
				}
			}
		}
		return List.of();
	}

	/**
	 * The first author's name and those of the marked elements beside it, in page order.
	 */
	private static List<String> withMarkedSiblings(Element first, String firstName) {
		List<String> names = new ArrayList<>();
		Element parent = first.parent();
		if (parent == null) {
			return List.of(firstName);
		}
		for (Element sibling : parent.children()) {
			String name = (sibling == first) ? firstName : sibling.is(ANY_AUTHOR_MARKUP) ? markedName(sibling) : null;
			if (name != null && !names.contains(name) && names.size() < MAX_MARKED_AUTHORS) {
				names.add(name);
			}
		}
		return names;
	}

	private static final int MAX_MARKED_AUTHORS = 6;

	/** The name a marked element gives, or null when its text is no name. */
	private static String markedName(Element e) {
		Element named = e.selectFirst("[itemprop=name]");
		String text = (named != null) ? (named.hasAttr("content") ? named.attr("content") : named.text())
				: e.hasAttr("content") ? e.attr("content") : e.text();
		text = cleanMarkedAuthor(text);
		return (text.length() >= 3 && text.length() <= 60 && !text.startsWith("http") && !text.contains("@")) ? text
				: null;
	}

	/**
	 * "By Jane Doe | Published on May 1, 2023" → "Jane Doe"; "Jane DoeJane Doe" (two
	 * renderings) → "Jane Doe".
	 */
	static String cleanMarkedAuthor(String raw) {
		String text = BY_PREFIX.matcher(ChineseText.normalizeSpace(raw)).replaceFirst("");
		Matcher tail = AUTHOR_TAIL.matcher(text);
		if (tail.find()) {
			text = text.substring(0, tail.start());
		}
		text = text.strip();
		int half = text.length() / 2;
		if (text.length() >= 6 && text.length() % 2 == 1 && text.charAt(half) == ' '
				&& text.substring(0, half).equals(text.substring(half + 1))) {
			text = text.substring(0, half);
		}
		return text;
	}

}
