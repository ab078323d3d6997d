package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.text.ChineseText;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Reads an HTML page with jsoup into {@link PageContent}: block-level text lines with
 * their link text and container hints, and the page's meta data. The parser caps element
 * nesting and the walk is iterative, so hostile nesting neither overflows the stack nor
 * hangs; a page nested as deep as the cap is refused as TOO_LARGE.
 */
final class HtmlPageReader {

	private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
			"math", "select", "option", "textarea", "button", "object", "embed", "canvas", "video", "audio", "map",
			"head", "input", "label", "title");

	private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
			"nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tbody",
			"thead", "tfoot", "tr", "td", "th", "blockquote", "pre", "br", "hr", "form", "figure", "figcaption",
			"center", "address", "caption", "fieldset", "legend", "details", "summary", "body", "html", "hgroup",
			"menu", "img");

	private static final Set<String> NOISY_TAGS = Set.of("nav", "footer", "aside", "menu");

	/**
	 * Class or id words that mark boilerplate containers on most sites: a word counts
	 * where it starts the name or follows -, _ or a space, and ends it or is followed by
	 * -, _, a space or a digit (nav, main-nav, nav_2, "col sidebar"), in any case.
	 */
	static final Set<String> NOISY_WORDS = Set.of("nav", "navbar", "navigation", "menu", "footer", "foot", "sidebar",
			"side", "share", "sharing", "social", "related", "relate", "recommend", "comment", "comments", "breadcrumb",
			"breadcrumbs", "crumb", "crumbs", "copyright", "advert", "ad", "ads", "banner", "toolbar", "subscribe",
			"newsletter", "promo", "popular", "ranking", "rank", "hot", "tags", "login", "modal", "cookie",
			"disclaimer", "more");

	/**
	 * Whether a class or id has one of the {@link #NOISY_WORDS}. A word is a run of ASCII
	 * letters, so it is enough to look each run up whole: a shorter word inside a run is
	 * followed by a letter, which does not end a word. Runs every element of every page,
	 * so it does without a pattern.
	 */
	static boolean hasNoisyWord(String name) {
		int n = name.length();
		int i = 0;
		while (i < n) {
			int start = i;
			while (i < n && isAsciiLetter(name.charAt(i))) {
				i++;
			}
			boolean startsWord = start == 0 || isWordSeparator(name.charAt(start - 1));
			boolean endsWord = i == n || isWordSeparator(name.charAt(i))
					|| (name.charAt(i) >= '0' && name.charAt(i) <= '9');
			if (i > start && startsWord && endsWord && i - start <= 11
					&& NOISY_WORDS.contains(name.substring(start, i).toLowerCase(Locale.ROOT))) {
				return true;
			}
			if (i == start) {
				i++;
			}
		}
		return false;
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isWordSeparator(char c) {
		return c == '-' || c == '_' || c == ' ' || (c >= '\t' && c <= '\r');
	}

	private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{6,40})\"");

	private static final Pattern LD_HEADLINE = Pattern.compile("\"headline\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,600})\"");

	private static final Pattern LD_AUTHOR = Pattern
		.compile("\"(?:author|creator)\"\\s*:\\s*(\\[[^\\]]{0,2000}\\]|\\{[^}]{0,1000}\\}|\"[^\"]{1,200}\")");

	private static final Pattern LD_NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]{1,120})\"");

	private static final Pattern LD_TYPE_ORG = Pattern.compile("\"@type\"\\s*:\\s*\"Organization\"");

	private static final Pattern LD_PUBLISHER = Pattern
		.compile("\"publisher\"\\s*:\\s*\\{[^}]{0,400}?\"name\"\\s*:\\s*\"([^\"]{1,120})\"");

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
	private static final Pattern AUTHOR_TAIL = Pattern.compile(
			"\\s*(?:[|•·]|\\b(?:Published|Updated|Posted|Editor|Reporter|Staff Writer|Contributor|Correspondent)\\b"
					+ "|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d|\\d{4}-\\d{2})");

	private static final Pattern BY_PREFIX = Pattern
		.compile("^(?i:view all posts by|posts by|by|written by|author:?)\\s+");

	private static final Pattern URL_DATE = Pattern.compile(
			"/((?:19|20)\\d{2})(?:[-/_](0?[1-9]|1[0-2])[-/_](0?[1-9]|[12]\\d|3[01])|(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01]))(?![\\d])");

	private final int maxDepth;

	HtmlPageReader(int maxDepth) {
		this.maxDepth = maxDepth;
	}

	PageContent read(String html, Deadline deadline) throws PageProblem {
		Parser parser = Parser.htmlParser().setMaxDepth(this.maxDepth);
		Document doc = parser.parseInput(deadline.reader(html), "");
		LineCollector collector = new LineCollector(this.maxDepth - 2, deadline);
		NodeTraversor.filter(collector, doc);
		if (collector.tooDeep) {
			throw new PageProblem(ReasonCode.TOO_LARGE,
					"markup nested deeper than " + this.maxDepth + " elements; not parsed further");
		}
		return new PageContent(collector.lines, meta(doc));
	}

	private static PageMeta meta(Document doc) {
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
		for (int d = 0; d < dates.length; d++) {
			if (dates[d] != null) {
				published = dates[d];
				updateOnly = UPDATE_KEYS.contains(DATE_KEYS.get(d));
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
			Matcher m = LD_DATE.matcher(json);
			if (ldDate == null && m.find()) {
				ldDate = m.group(1);
			}
			m = LD_HEADLINE.matcher(json);
			if (ldHeadline == null && m.find()) {
				ldHeadline = unescape(m.group(1));
			}
			m = LD_AUTHOR.matcher(json);
			if (m.find()) {
				String value = m.group(1);
				if (value.startsWith("\"")) {
					authors.add(value.substring(1, value.length() - 1));
				}
				else if (!LD_TYPE_ORG.matcher(value).find() || value.startsWith("[")) {
					Matcher names = LD_NAME.matcher(value);
					while (names.find()) {
						authors.add(unescape(names.group(1)));
					}
				}
			}
			m = LD_PUBLISHER.matcher(json);
			if (siteName == null && m.find()) {
				siteName = unescape(m.group(1));
			}
		}
		if (ldDate != null && (published == null || published.length() < ldDate.length())) {
			published = ldDate;
			updateOnly = false;
		}
		if (published == null || updateOnly) {
			for (Element time : doc.select("time[datetime], [itemprop=datePublished]")) {
				String v = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
				if (!v.isBlank()) {
					published = v;
					updateOnly = false;
					break;
				}
			}
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
				ChineseText.field(published), updateOnly, authorList, ChineseText.field(source), lang);
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

	private static String unescape(String json) {
		if (json.indexOf('\\') < 0) {
			return json;
		}
		StringBuilder out = new StringBuilder(json.length());
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (c == '\\' && i + 1 < json.length()) {
				char n = json.charAt(++i);
				if (n == 'u' && i + 4 < json.length()) {
					try {
						out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
						i += 4;
					}
					catch (NumberFormatException ex) {
						out.append(n);
					}
				}
				else {
					out.append(switch (n) {
						case 'n', 'r', 't' -> ' ';
						default -> n;
					});
				}
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Walks the body once, cutting text into lines at block boundaries. */
	private static final class LineCollector implements NodeFilter {

		private final int maxDepth;

		final List<PageLine> lines = new ArrayList<>();

		boolean tooDeep;

		private final StringBuilder text = new StringBuilder();

		private int linkChars;

		private int linkDepth;

		private final List<Element> noisy = new ArrayList<>();

		private final List<String> blockTags = new ArrayList<>();

		private final Deadline deadline;

		private int nodes;

		LineCollector(int maxDepth, Deadline deadline) {
			this.maxDepth = maxDepth;
			this.deadline = deadline;
		}

		@Override
		public FilterResult head(Node node, int depth) {
			if ((++this.nodes & 1023) == 0) {
				this.deadline.check();
			}
			if (depth >= this.maxDepth) {
				this.tooDeep = true;
				return FilterResult.STOP;
			}
			if (node instanceof TextNode t) {
				String s = t.getWholeText();
				this.text.append(s);
				if (this.linkDepth > 0) {
					this.linkChars += nonSpace(s);
				}
				return FilterResult.CONTINUE;
			}
			if (node instanceof DataNode) {
				return FilterResult.SKIP_ENTIRELY;
			}
			if (!(node instanceof Element e)) {
				return FilterResult.CONTINUE;
			}
			String tag = e.normalName();
			if (SKIPPED.contains(tag) || isHidden(e)) {
				return FilterResult.SKIP_ENTIRELY;
			}
			if (BLOCKS.contains(tag)) {
				flush();
				this.blockTags.add(tag);
			}
			if (tag.equals("a")) {
				this.linkDepth++;
			}
			if (NOISY_TAGS.contains(tag) || isNoisyName(e)) {
				this.noisy.add(e);
			}
			return FilterResult.CONTINUE;
		}

		@Override
		public FilterResult tail(Node node, int depth) {
			if (!(node instanceof Element e)) {
				return FilterResult.CONTINUE;
			}
			String tag = e.normalName();
			if (BLOCKS.contains(tag)) {
				flush();
				if (!this.blockTags.isEmpty()) {
					this.blockTags.remove(this.blockTags.size() - 1);
				}
			}
			if (tag.equals("a")) {
				this.linkDepth--;
			}
			if (!this.noisy.isEmpty() && this.noisy.get(this.noisy.size() - 1) == e) {
				this.noisy.remove(this.noisy.size() - 1);
			}
			return FilterResult.CONTINUE;
		}

		private void flush() {
			if (this.text.length() == 0) {
				return;
			}
			String line = ChineseText.normalizeSpace(this.text.toString());
			if (!line.isEmpty()) {
				String tag = this.blockTags.isEmpty() ? null : this.blockTags.get(this.blockTags.size() - 1);
				this.lines.add(new PageLine(line, this.linkChars, tag, !this.noisy.isEmpty()));
			}
			this.text.setLength(0);
			this.linkChars = 0;
		}

		private static boolean isHidden(Element e) {
			if (e.hasAttr("hidden")) {
				return true;
			}
			String style = e.attr("style");
			return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
		}

		private static boolean isNoisyName(Element e) {
			String cls = e.className();
			String id = e.id();
			if (cls.isEmpty() && id.isEmpty()) {
				return false;
			}
			String role = e.attr("role");
			if (role.equals("navigation") || role.equals("contentinfo") || role.equals("complementary")) {
				return true;
			}
			return hasNoisyWord(cls) || hasNoisyWord(id);
		}

		private static int nonSpace(String s) {
			int n = 0;
			for (int i = 0; i < s.length(); i++) {
				if (!ChineseText.isSpace(s.charAt(i))) {
					n++;
				}
			}
			return n;
		}

	}

}
