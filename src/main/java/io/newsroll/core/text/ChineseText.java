package io.newsroll.core.text;

/**
 * Normalizes text as crawled Chinese (and other) pages write it: every kind of whitespace
 * folded to one space, zero-width characters dropped, full-width ASCII letters and digits
 * folded to half-width (the article fields of docs/extraction.md). Also answers the
 * character-class questions the extractor asks (is this Han).
 */
public final class ChineseText {

	private ChineseText() {
	}

	/**
	 * Whitespace as pages use it: ASCII and Unicode spaces, NBSP, the ideographic space
	 * U+3000.
	 */
	public static boolean isSpace(char c) {
		if (c < 0x80) {
			// the hot path: ASCII letters and punctuation answer without a table lookup
			return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
		}
		// the other characters Character.isWhitespace or isSpaceChar accepts, spelled
		// out: curly quotes, dashes, accented letters and Han text answer without the
		// Unicode tables (ChineseTextTest checks every character against them)
		if (c < '\u2000') {
			return c == '\u00a0' || c == '\u1680';
		}
		return c <= '\u200a' || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000';
	}

	/** Characters that render as nothing and only get in the way of matching. */
	public static boolean isZeroWidth(char c) {
		return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff' || c == '\u00ad';
	}

	public static boolean isHan(int codePoint) {
		if (codePoint < 0x2e80) {
			// below the CJK radicals nothing is Han: Latin text answers at once
			return false;
		}
		if (codePoint >= 0x4e00 && codePoint <= 0x9fff) {
			// the unified ideographs, nearly every Chinese character on a page
			return true;
		}
		if (codePoint >= 0x3000 && codePoint <= 0x303f) {
			// CJK punctuation (，is in the next block, 。here), the next most common: only
			// 々, 〇, the Hangzhou numerals and a few marks of this block are Han
			return codePoint == 0x3005 || codePoint == 0x3007 || (codePoint >= 0x3021 && codePoint <= 0x3029)
					|| (codePoint >= 0x3038 && codePoint <= 0x303b);
		}
		if (codePoint >= 0xff00 && codePoint <= 0xffef) {
			// full-width forms (，：！ and letters): none is Han
			return false;
		}
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	/**
	 * Trims, folds every whitespace run (NBSP, U+3000, tabs, line breaks) to one space
	 * and drops zero-width characters. Null stays null.
	 */
	public static String normalizeSpace(String s) {
		return normalizeSpace(s, false);
	}

	/**
	 * Like {@link #normalizeSpace(String)}, but a wide gap (three or more whitespace
	 * characters), which in laid-out text separates fields ("作者:张三 时间:…"), is kept as
	 * exactly three spaces.
	 */
	public static String normalizeSpace(String s, boolean keepGaps) {
		if (s == null) {
			return null;
		}
		if (isNormalized(s)) {
			return s;
		}
		StringBuilder out = new StringBuilder(s.length());
		int pendingSpaces = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (isZeroWidth(c)) {
				continue;
			}
			if (isSpace(c)) {
				if (out.length() > 0) {
					pendingSpaces++;
				}
				continue;
			}
			if (pendingSpaces > 0) {
				out.append((keepGaps && pendingSpaces >= 3) ? "   " : " ");
				pendingSpaces = 0;
			}
			out.append(c);
		}
		return out.toString();
	}

	/**
	 * Whether {@link #normalizeSpace} would leave the text as it is: single spaces only
	 * between other characters, no other whitespace, nothing zero-width. Most lines are,
	 * and are returned without a copy.
	 */
	public static boolean isNormalized(String s) {
		return isNormalized(s, false);
	}

	/**
	 * Whether the text is normalized and, when {@code folded} is asked for, has nothing
	 * for {@link #foldWidth(char)} to fold either.
	 */
	private static boolean isNormalized(String s, boolean folded) {
		int n = s.length();
		for (int i = 0; i < n; i++) {
			char c = s.charAt(i);
			if (c == ' ') {
				if (i == 0 || i == n - 1 || s.charAt(i - 1) == ' ') {
					return false;
				}
			}
			else if (c < 0x80) {
				if (c < ' ') {
					return false;
				}
			}
			else if (isSpace(c) || isZeroWidth(c) || (folded && foldWidth(c) != c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Folds full-width ASCII letters and digits (Ａ, ｚ, ０) to their half-width forms and
	 * the ideographic space to a space; full-width punctuation stays, as Chinese
	 * typesetting uses it.
	 */
	public static String foldWidth(String s) {
		if (s == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			char folded = foldWidth(c);
			if (folded != c && out == null) {
				out = new StringBuilder(s.length()).append(s, 0, i);
			}
			if (out != null) {
				out.append(folded);
			}
		}
		return (out != null) ? out.toString() : s;
	}

	/** One character of {@link #foldWidth(String)}. */
	public static char foldWidth(char c) {
		if (c < '\u3000') {
			return c;
		}
		if ((c >= '\uff10' && c <= '\uff19') || (c >= '\uff21' && c <= '\uff3a') || (c >= '\uff41' && c <= '\uff5a')) {
			return (char) (c - 0xfee0);
		}
		return (c == '\u3000') ? ' ' : c;
	}

	/** A field value: width folded, whitespace normalized; blank becomes null. */
	public static String field(String s) {
		if (s == null) {
			return null;
		}
		if (isNormalized(s, true)) {
			// most values are already: one pass, no copy
			return s.isEmpty() ? null : s;
		}
		String v = normalizeSpace(foldWidth(s));
		return v.isEmpty() ? null : v;
	}

	/** Number of Han characters in the text. */
	public static int hanCount(CharSequence s) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= '\u3400' && isHan(c)) {
				n++;
			}
		}
		return n;
	}

	/** True when the text is non-empty and every character is Han. */
	public static boolean isAllHan(CharSequence s) {
		if (s.length() == 0) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			if (!isHan(s.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** The text without any whitespace, for comparing lines whatever their spacing. */
	public static String squeeze(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!isSpace(c) && !isZeroWidth(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

}
