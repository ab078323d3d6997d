package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.newsroll.core.text.ChineseText;

/**
 * A page's {@code <title>} cut into the headline and the site and channel names that
 * sites append ("团结动员…作贡献-工会-中工网", "Headline | CNN", "标题_新闻_新浪网").
 *
 * @param headline the headline part (the first segment, or a much longer later one)
 * @param channel the segment before the site name when there are three or more, else null
 * @param site the last segment when there are two or more, else null
 */
record PageTitle(String headline, String channel, String site) {

	private static final Pattern SEPARATORS = Pattern.compile(
			"\\s*[|｜_]\\s*|\\s*-{2,}\\s*|\\s+::\\s+|\\s+[-–—]\\s+|(?<=[\\p{IsHan}）”》!?！？])\\s?-\\s?(?=[\\p{IsHan}（“《A-Za-z])");

	static PageTitle of(String title) {
		if (title == null || title.isBlank()) {
			return new PageTitle(null, null, null);
		}
		List<String> segments = new ArrayList<>();
		for (String s : SEPARATORS.split(title)) {
			String v = ChineseText.field(s);
			if (v != null) {
				segments.add(v);
			}
		}
		if (segments.isEmpty()) {
			return new PageTitle(null, null, null);
		}
		int best = 0;
		for (int i = 1; i < segments.size(); i++) {
			if (segments.get(i).length() > 2 * segments.get(best).length() + 4) {
				best = i;
			}
		}
		String headline = segments.get(best);
		String site = null;
		String channel = null;
		if (best == 0 && segments.size() >= 2) {
			site = segments.get(segments.size() - 1);
			if (segments.size() >= 3) {
				channel = segments.get(segments.size() - 2);
			}
		}
		else if (best > 0) {
			site = segments.get(0);
		}
		return new PageTitle(headline, shortName(channel), shortName(site));
	}

	/**
	 * Site and channel names are short; a long segment is more of the headline, not a
	 * name.
	 */
	private static String shortName(String s) {
		return (s == null || s.length() > 30) ? null : s;
	}

	/**
	 * A comparison key: no whitespace, width folded, lower case, curly quotes straight.
	 * One pass folds, drops whitespace and lowers ASCII; only a key with other characters
	 * goes through {@link String#toLowerCase(Locale)} (whose rules for the rest of
	 * Unicode depend on context) and the quote replacement.
	 */
	static String key(String s) {
		StringBuilder out = new StringBuilder(s.length());
		boolean caseless = true;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= 0x80) {
				if (ChineseText.isSpace(c) || ChineseText.isZeroWidth(c)) {
					continue;
				}
				// full-width letters and digits fold to ASCII
				c = ChineseText.foldWidth(c);
			}
			if (c >= 0x80) {
				caseless &= isCaseless(c);
				out.append(c);
			}
			else if (c >= 'A' && c <= 'Z') {
				out.append((char) (c + ('a' - 'A')));
			}
			else if (!ChineseText.isSpace(c)) {
				out.append(c);
			}
		}
		String k = out.toString();
		if (caseless) {
			return k;
		}
		k = k.toLowerCase(Locale.ROOT);
		if (k.indexOf('‘') >= 0 || k.indexOf('’') >= 0 || k.indexOf('“') >= 0 || k.indexOf('”') >= 0) {
			k = k.replace('‘', '\'').replace('’', '\'').replace('“', '"').replace('”', '"');
		}
		return k;
	}

	/**
	 * CJK punctuation, kana, Han and the half- and full-width forms other than the
	 * full-width Latin letters (which {@link #key} folds first) have no case: lower case
	 * leaves them (TitleKeyTest checks every one).
	 */
	static boolean isCaseless(char c) {
		if (c >= '\u3000' && c <= '\u9fff') {
			return true;
		}
		return c >= '\uff00' && c <= '\uffef' && !(c >= '\uff21' && c <= '\uff3a') && !(c >= '\uff41' && c <= '\uff5a');
	}

	/**
	 * The first character of {@link #key} of the text when it is cheap to tell (an ASCII
	 * or a common Han character comes first), else -1: callers then build the key.
	 */
	static int keyFirstChar(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (ChineseText.isSpace(c) || ChineseText.isZeroWidth(c)) {
				continue;
			}
			if (c < 0x80) {
				return Character.toLowerCase(c);
			}
			return (c >= '\u4e00' && c <= '\u9fff') ? c : -1;
		}
		return -1;
	}

	/**
	 * How alike two titles read: Dice coefficient over character bigrams of their letters
	 * and digits (0 nothing shared, 1 the same). Catches a visible headline that rewords
	 * the {@code <title>}.
	 */
	static double similarity(String a, String b) {
		Map<Integer, Integer> grams = new HashMap<>();
		int na = bigrams(a, grams, 1);
		int nb = 0;
		int shared = 0;
		String kb = letters(b);
		for (int i = 0; i + 1 < kb.length(); i++) {
			int g = (kb.charAt(i) << 16) | kb.charAt(i + 1);
			nb++;
			Integer c = grams.get(g);
			if (c != null && c > 0) {
				shared++;
				grams.put(g, c - 1);
			}
		}
		return (na + nb == 0) ? 0 : 2.0 * shared / (na + nb);
	}

	private static int bigrams(String s, Map<Integer, Integer> grams, int weight) {
		String k = letters(s);
		int n = 0;
		for (int i = 0; i + 1 < k.length(); i++) {
			grams.merge((k.charAt(i) << 16) | k.charAt(i + 1), weight, Integer::sum);
			n++;
		}
		return n;
	}

	private static String letters(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				out.append(Character.toLowerCase(c));
			}
		}
		return out.toString();
	}

}
