package io.newsroll.core.roster;

/**
 * Character-level helpers shared by the roster parsers: what counts as whitespace in
 * roster text (NBSP and the ideographic space included), width folding, and Chinese
 * characters.
 */
final class RosterText {

	private RosterText() {
	}

	/** Whitespace as typesetting uses it: ASCII and Unicode spaces, NBSP, U+3000. */
	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00a0' || c == '\u3000';
	}

	/** Zero-width characters that crawled text carries invisibly. */
	static boolean isZeroWidth(char c) {
		return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff';
	}

	static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	static boolean isHan(String s) {
		if (s.isEmpty()) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			if (!isHan(s.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Folds full-width ASCII (U+FF01..U+FF5E) to ASCII, every kind of whitespace to a
	 * plain space, and drops zero-width characters. Whitespace runs are kept (padding is
	 * the caller's business).
	 */
	static String fold(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (isZeroWidth(c)) {
				continue;
			}
			if (isSpace(c)) {
				out.append(' ');
			}
			else if (c >= '\uff01' && c <= '\uff5e') {
				out.append((char) (c - 0xfee0));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Strips whitespace of every kind (NBSP, U+3000, zero-width) from both ends. */
	static String strip(String s) {
		int start = 0;
		int end = s.length();
		while (start < end && (isSpace(s.charAt(start)) || isZeroWidth(s.charAt(start)))) {
			start++;
		}
		while (end > start && (isSpace(s.charAt(end - 1)) || isZeroWidth(s.charAt(end - 1)))) {
			end--;
		}
		return s.substring(start, end);
	}

	/** Folds width, then collapses whitespace runs to one space and strips the ends. */
	static String clean(String s) {
		return fold(s).replaceAll(" {2,}", " ").strip();
	}

}
