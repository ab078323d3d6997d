package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.newsroll.core.text.ChineseText;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Cuts an HTML page's body into {@link PageLine}s at block boundaries, in one iterative
 * walk: each line with its link text, the block it came from and whether it sits in a
 * container marked as navigation, footer, share bar and the like. Scripts, forms, media
 * and hidden elements give no lines.
 */
final class HtmlLines implements NodeFilter {

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

	/** The container of the article's text (see {@link ContentContainers}), or null. */
	private final Element container;

	private boolean inContainer;

	HtmlLines(int maxDepth, Deadline deadline) {
		this(maxDepth, deadline, null);
	}

	HtmlLines(int maxDepth, Deadline deadline, Element container) {
		this.maxDepth = maxDepth;
		this.deadline = deadline;
		this.container = container;
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
		if (e == this.container) {
			flush();
			this.inContainer = true;
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
		if (e == this.container) {
			flush();
			this.inContainer = false;
		}
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
			this.lines.add(new PageLine(line, this.linkChars, tag, !this.noisy.isEmpty(), this.inContainer));
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
