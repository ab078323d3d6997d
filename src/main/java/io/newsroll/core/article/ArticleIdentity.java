package io.newsroll.core.article;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroll.core.text.ChineseText;

/**
 * Which article a page is: its site's domain, its language and its id (a digest of the
 * canonical URL, or of the site's name, title and publication time).
 */
final class ArticleIdentity {

	private static final Pattern DOMAIN = Pattern.compile(
			"(?<![\\w.@-])((?:[a-z0-9-]{1,40}\\.){1,4}(?:com|cn|net|org|gov|edu|info|hk|tw|uk|us|io|co|tv|cc|me|news)"
					+ "(?:\\.[a-z]{2})?)(?![\\w-])",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A SHA-256 digest per thread: looking the algorithm up among the security providers
	 * for every page cost more than hashing its key.
	 */
	private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(ArticleIdentity::sha256);

	private ArticleIdentity() {
	}

	/**
	 * The body's language: Chinese when Han characters are 30 % of its units (each
	 * paragraph's units are its line's: normalizing a field changes no letter, digit or
	 * Han character), else the page's declared language, else English.
	 */
	static String language(Body body, PageMeta meta) {
		int han = 0;
		int all = 0;
		for (String p : body.paragraphs()) {
			han += ChineseText.hanCount(p);
		}
		for (PageLine line : body.lines()) {
			all += line.units();
		}
		if (all > 0 && han * 10 >= all * 3) {
			return "zh";
		}
		if (meta.lang() != null) {
			String primary = meta.lang().toLowerCase(Locale.ROOT).split("[-_]")[0];
			if (primary.matches("[a-z]{2,3}") && !primary.equals("zh")) {
				return primary;
			}
		}
		return "en";
	}

	/**
	 * The host of the page's URL, else a domain named in the page's copyright footer, or
	 * null.
	 */
	static String siteDomain(String url, LineSet lines) {
		if (url != null) {
			try {
				String host = URI.create(url.trim().replace(" ", "%20")).getHost();
				if (host != null) {
					return host.toLowerCase(Locale.ROOT);
				}
			}
			catch (IllegalArgumentException ex) {
				// not a URL after all: fall back on the page's footer
			}
		}
		for (int i = lines.size() - 1; i >= 0; i--) {
			String text = lines.text(i);
			if (text.length() < 200 && LineWeight.hasBoilerplateMark(text)) {
				Matcher m = DOMAIN.matcher(text);
				if (m.find()) {
					return m.group(1).toLowerCase(Locale.ROOT);
				}
			}
		}
		return null;
	}

	/**
	 * SHA-256 of the canonical URL when known, else of the site's name, the title and the
	 * publication time; 32 hex chars. All three are read from the page's top (its head,
	 * headline and dateline), never from its footer: a copy whose download broke off
	 * before the end is the same article.
	 */
	static String id(String url, String siteName, String title, OffsetDateTime published) {
		String key = (url != null) ? "url:" + url : "page:" + siteName + "|" + title + "|"
				+ ((published != null) ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(published) : null);
		byte[] digest = SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest, 0, 16);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

}
