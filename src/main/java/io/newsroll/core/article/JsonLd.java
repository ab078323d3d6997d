package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the article facts of a page's JSON-LD
 * ({@code <script type="application/ld+json">}): the headline, datePublished, the
 * authors' names and the publisher's name of the first object typed as an article
 * (NewsArticle, Article, BlogPosting, ReportageNewsArticle…), looked up in arrays and
 * {@code @graph} too. A small JSON reader of its own keeps the core free of JSON
 * libraries; it caps nesting and size, and malformed JSON simply yields nothing.
 */
final class JsonLd {

	/** The facts of one article object; any of them may be null or empty. */
	record ArticleFacts(String headline, String datePublished, List<String> authors, String publisher) {

		static final ArticleFacts NONE = new ArticleFacts(null, null, List.of(), null);

	}

	private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{6,40})\"");

	private static final Pattern LD_HEADLINE = Pattern.compile("\"headline\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,600})\"");

	private static final Pattern LD_AUTHOR = Pattern
		.compile("\"(?:author|creator)\"\\s*:\\s*(\\[[^\\]]{0,2000}\\]|\\{[^}]{0,1000}\\}|\"[^\"]{1,200}\")");

	private static final Pattern LD_NAME = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]{1,120})\"");

	private static final Pattern LD_TYPE_ORG = Pattern.compile("\"@type\"\\s*:\\s*\"Organization\"");

	private static final Pattern LD_PUBLISHER = Pattern
		.compile("\"publisher\"\\s*:\\s*\\{[^}]{0,400}?\"name\"\\s*:\\s*\"([^\"]{1,120})\"");

	private static final int MAX_DEPTH = 48;

	private static final int MAX_CHARS = 400_000;

	private final String json;

	private int pos;

	private int depth;

	private JsonLd(String json) {
		this.json = json;
	}

	/** The article facts of one script's content, or {@link ArticleFacts#NONE}. */
	static ArticleFacts read(String script) {
		if (script == null || script.isBlank() || script.length() > MAX_CHARS) {
			return ArticleFacts.NONE;
		}
		Object root;
		try {
			JsonLd reader = new JsonLd(script);
			reader.skipSpace();
			root = reader.value();
		}
		catch (IllegalStateException | IndexOutOfBoundsException | NumberFormatException ex) {
			return ArticleFacts.NONE;
		}
		Map<?, ?> article = findArticle(root, 0);
		if (article == null) {
			return ArticleFacts.NONE;
		}
		return new ArticleFacts(string(article.get("headline")), string(article.get("datePublished")),
				names(article.get("author")), name(article.get("publisher")));
	}

	/**
	 * The article facts that patterns find in a script {@link #read} cannot make an
	 * article of (malformed JSON, the facts in another shape): the first datePublished
	 * and headline, the author or creator (a name, or the names of persons or of a list),
	 * and the publisher's name.
	 */
	static ArticleFacts scan(String json) {
		Matcher m = LD_DATE.matcher(json);
		String date = m.find() ? m.group(1) : null;
		m = LD_HEADLINE.matcher(json);
		String headline = m.find() ? unescape(m.group(1)) : null;
		List<String> authors = new ArrayList<>();
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
		String publisher = m.find() ? unescape(m.group(1)) : null;
		return new ArticleFacts(headline, date, authors, publisher);
	}

	static String unescape(String json) {
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

	private static Map<?, ?> findArticle(Object node, int level) {
		if (level > 6) {
			return null;
		}
		if (node instanceof List<?> list) {
			for (Object item : list) {
				Map<?, ?> found = findArticle(item, level + 1);
				if (found != null) {
					return found;
				}
			}
		}
		else if (node instanceof Map<?, ?> map) {
			if (isArticleType(map.get("@type"))) {
				return map;
			}
			Object graph = map.get("@graph");
			if (graph != null) {
				return findArticle(graph, level + 1);
			}
			Object main = map.get("mainEntity");
			if (main != null) {
				return findArticle(main, level + 1);
			}
		}
		return null;
	}

	private static boolean isArticleType(Object type) {
		if (type instanceof List<?> list) {
			for (Object t : list) {
				if (isArticleType(t)) {
					return true;
				}
			}
			return false;
		}
		if (!(type instanceof String s)) {
			return false;
		}
		String t = s.toLowerCase(Locale.ROOT);
		return t.endsWith("article") || t.equals("blogposting") || t.equals("liveblogposting") || t.equals("report")
				|| t.equals("socialmediaposting");
	}

	private static List<String> names(Object author) {
		List<String> out = new ArrayList<>();
		if (author instanceof List<?> list) {
			for (Object a : list) {
				String n = personName(a);
				if (n != null && !out.contains(n)) {
					out.add(n);
				}
			}
		}
		else {
			String n = personName(author);
			if (n != null) {
				out.add(n);
			}
		}
		return out;
	}

	/**
	 * A person's or an organization's name (agencies and institutions sign articles too).
	 */
	private static String personName(Object author) {
		if (author instanceof String s) {
			return s.isBlank() || s.startsWith("http") ? null : s.trim();
		}
		return name(author);
	}

	private static String name(Object node) {
		if (node instanceof Map<?, ?> map) {
			String n = string(map.get("name"));
			return n == null || n.isBlank() || n.startsWith("http") ? null : n.trim();
		}
		if (node instanceof List<?> list && !list.isEmpty()) {
			return name(list.get(0));
		}
		return null;
	}

	private static String string(Object value) {
		if (value instanceof String s) {
			return s;
		}
		if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String s) {
			return s;
		}
		return null;
	}

	// ---- a minimal JSON reader

	private Object value() {
		char c = this.json.charAt(this.pos);
		switch (c) {
			case '{' -> {
				return object();
			}
			case '[' -> {
				return array();
			}
			case '"' -> {
				return string();
			}
			default -> {
				return literal();
			}
		}
	}

	private Map<String, Object> object() {
		enter();
		this.pos++;
		Map<String, Object> map = new LinkedHashMap<>();
		skipSpace();
		if (peek() == '}') {
			this.pos++;
			this.depth--;
			return map;
		}
		while (true) {
			skipSpace();
			String key = string();
			skipSpace();
			expect(':');
			skipSpace();
			Object v = value();
			map.putIfAbsent(key, v);
			skipSpace();
			char c = this.json.charAt(this.pos++);
			if (c == '}') {
				break;
			}
			if (c != ',') {
				throw new IllegalStateException("expected , or }");
			}
		}
		this.depth--;
		return map;
	}

	private List<Object> array() {
		enter();
		this.pos++;
		List<Object> list = new ArrayList<>();
		skipSpace();
		if (peek() == ']') {
			this.pos++;
			this.depth--;
			return list;
		}
		while (true) {
			skipSpace();
			list.add(value());
			skipSpace();
			char c = this.json.charAt(this.pos++);
			if (c == ']') {
				break;
			}
			if (c != ',') {
				throw new IllegalStateException("expected , or ]");
			}
		}
		this.depth--;
		return list;
	}

	private void enter() {
		if (++this.depth > MAX_DEPTH) {
			throw new IllegalStateException("nested too deeply");
		}
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (true) {
			char c = this.json.charAt(this.pos++);
			if (c == '"') {
				return out.toString();
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char e = this.json.charAt(this.pos++);
			switch (e) {
				case 'n', 'r', 't', 'f', 'b' -> out.append(' ');
				case 'u' -> {
					out.append((char) Integer.parseInt(this.json.substring(this.pos, this.pos + 4), 16));
					this.pos += 4;
				}
				default -> out.append(e);
			}
		}
	}

	private Object literal() {
		int start = this.pos;
		while (this.pos < this.json.length() && ",}] \t\r\n".indexOf(this.json.charAt(this.pos)) < 0) {
			this.pos++;
		}
		if (this.pos == start) {
			throw new IllegalStateException("unexpected character");
		}
		return this.json.substring(start, this.pos);
	}

	private char peek() {
		return this.json.charAt(this.pos);
	}

	private void expect(char c) {
		if (this.json.charAt(this.pos) != c) {
			throw new IllegalStateException("expected " + c);
		}
		this.pos++;
	}

	private void skipSpace() {
		while (this.pos < this.json.length() && Character.isWhitespace(this.json.charAt(this.pos))) {
			this.pos++;
		}
	}

}
