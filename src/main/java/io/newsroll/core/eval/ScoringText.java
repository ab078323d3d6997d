package io.newsroll.core.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text normalisation and counting units of the extraction scorer: a port of
 * {@code norm}, {@code bigrams}, {@code words}, {@code sh4}, {@code name_set} and
 * {@code is_cjk_doc} from {@code score.py}, so that newsroll's numbers equal the
 * reference scorer's.
 *
 * <p>
 * Python's and Java's notions of whitespace, word characters and case folding differ on
 * non-ASCII text, so nothing here uses {@code \s}, {@code \w}, {@code \b} or
 * {@code toLowerCase} directly: {@link #WHITESPACE} is Python's {@code str.isspace()}
 * set, {@link #isAlnum(int)} is {@code str.isalnum()} (letters and every numeric
 * category, so that 〇 in 二〇〇五 counts), and {@link #casefold(String)} is
 * {@code str.casefold()}. All three were compared with CPython 3.11 over every code
 * point; they agree on every character that Java 17's Unicode 13 defines.
 */
public final class ScoringText {

	/** The characters Python's {@code \s} and {@code str.strip()} treat as whitespace. */
	static final String WHITESPACE = "\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";

	/**
	 * score.py's CJK ranges: kana, CJK ideographs and compatibility ideographs, Hangul
	 * syllables.
	 */
	static final String CJK = "\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uAC00-\\uD7AF";

	/** Python's {@code \w} for str patterns: {@code isalnum()} or the underscore. */
	private static final String WORD = "\\p{L}\\p{Nd}\\p{Nl}\\p{No}_";

	private static final String S = "[" + WHITESPACE + "]";

	private static final Pattern WS_NEXT_TO_CJK = Pattern
		.compile("(?<=[" + CJK + "])[" + WHITESPACE + "]+|[" + WHITESPACE + "]+(?=[" + CJK + "])");

	private static final Pattern WS_RUN = Pattern.compile("[" + WHITESPACE + "]+");

	private static final Pattern WS_ANY = Pattern.compile("[" + WHITESPACE + "]");

	private static final Pattern CJK_CHAR = Pattern.compile("[" + CJK + "]");

	/**
	 * score.py's NAME_SPLIT. Its {@code \\band} and {@code \\bund} need "no word
	 * character before": Java's look-behind sees only the low surrogate of a
	 * supplementary letter (𠀀), so that check is made in code, in
	 * {@link #nameSet(String)}, on the group {@code word}.
	 */
	private static final Pattern NAME_SPLIT = Pattern.compile(S + "*(?:[,;/&、，；]|(?<word>and|und)(?![" + WORD + "])|"
			+ S + "+(?=[" + CJK + "])|(?<=[" + CJK + "])" + S + "+)" + S + "*");

	private static final Set<String> CJK_LANGS = Set.of("zh", "ja", "zh-cn", "zh-tw");

	private ScoringText() {
	}

	/**
	 * score.py's {@code norm}: NFKC, case-folded, whitespace next to CJK characters
	 * removed, other whitespace runs collapsed to one space, trimmed. Null normalises to
	 * the empty string.
	 */
	public static String norm(String s) {
		if (s == null) {
			return "";
		}
		String n = casefold(Normalizer.normalize(s, Normalizer.Form.NFKC));
		n = WS_NEXT_TO_CJK.matcher(n).replaceAll("");
		n = WS_RUN.matcher(n).replaceAll(" ");
		return stripSpaces(n);
	}

	/**
	 * Python's {@code strip()} on a text whose only whitespace is single spaces (after
	 * whitespace runs were collapsed).
	 */
	private static String stripSpaces(String n) {
		int start = 0;
		int end = n.length();
		while (start < end && n.charAt(start) == ' ') {
			start++;
		}
		while (end > start && n.charAt(end - 1) == ' ') {
			end--;
		}
		return n.substring(start, end);
	}

	/**
	 * Python's {@code str.casefold()}, code point by code point. Upper-casing then
	 * lower-casing a single code point gives full case folding (ß → ss, ς → σ, ﬁ → fi)
	 * except for the three places where Unicode's folding table says otherwise: dotless ı
	 * stays, capital ẞ becomes ss, and Cherokee folds to its capital letters.
	 */
	public static String casefold(String s) {
		StringBuilder out = null;
		for (int i = 0; i < s.length();) {
			int cp = s.codePointAt(i);
			int width = Character.charCount(cp);
			String folded = foldCodePoint(cp);
			if (folded != null && out == null) {
				out = new StringBuilder(s.length() + 8).append(s, 0, i);
			}
			if (out != null) {
				if (folded != null) {
					out.append(folded);
				}
				else {
					out.appendCodePoint(cp);
				}
			}
			i += width;
		}
		return (out != null) ? out.toString() : s;
	}

	/** The folding of one code point, or null when it folds to itself. */
	private static String foldCodePoint(int cp) {
		if (cp < 0x80) {
			return (cp >= 'A' && cp <= 'Z') ? String.valueOf((char) (cp + 32)) : null;
		}
		if (cp >= 0x3040 && cp <= 0x9FFF) {
			// kana and ideographs have no case
			return null;
		}
		if (cp == 0x0131) {
			return null;
		}
		if (cp == 0x1E9E) {
			return "ss";
		}
		if ((cp >= 0x13A0 && cp <= 0x13F5) || (cp >= 0x13F8 && cp <= 0x13FD) || (cp >= 0xAB70 && cp <= 0xABBF)) {
			int upper = Character.toUpperCase(cp);
			return (upper != cp) ? new String(Character.toChars(upper)) : null;
		}
		String one = new String(Character.toChars(cp));
		String folded = one.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
		return folded.equals(one) ? null : folded;
	}

	/**
	 * Python's {@code str.isalnum()} for one code point: a letter or any kind of number.
	 */
	public static boolean isAlnum(int cp) {
		if (Character.isLetter(cp)) {
			return true;
		}
		int type = Character.getType(cp);
		return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
				|| type == Character.OTHER_NUMBER;
	}

	private static boolean isWordChar(int cp) {
		return cp == '_' || isAlnum(cp);
	}

	/**
	 * score.py's {@code bigrams}: counts of adjacent pairs of the letters and digits of
	 * the normalised text (punctuation and spaces dropped); a text of one such character
	 * counts it alone.
	 */
	public static Map<String, Integer> bigrams(String s) {
		String n = norm(s);
		List<String> chars = new ArrayList<>(n.length());
		n.codePoints().filter(ScoringText::isAlnum).forEach((cp) -> chars.add(new String(Character.toChars(cp))));
		Map<String, Integer> counts = new HashMap<>();
		if (chars.size() > 1) {
			for (int i = 0; i + 1 < chars.size(); i++) {
				counts.merge(chars.get(i) + chars.get(i + 1), 1, Integer::sum);
			}
		}
		else {
			chars.forEach((c) -> counts.merge(c, 1, Integer::sum));
		}
		return counts;
	}

	/**
	 * score.py's {@code words}: counts of the {@code \w+} tokens of the normalised text.
	 */
	public static Map<String, Integer> words(String s) {
		Map<String, Integer> counts = new HashMap<>();
		for (String token : wordTokens(norm(s))) {
			counts.merge(token, 1, Integer::sum);
		}
		return counts;
	}

	/**
	 * score.py's {@code sh4}: counts of 4-token shingles of the raw (not normalised)
	 * text, as the scrapinghub article-extraction benchmark counts them; fewer than four
	 * tokens make one shingle.
	 */
	public static Map<String, Integer> shingles4(String text) {
		List<String> tokens = wordTokens((text != null) ? text : "");
		Map<String, Integer> counts = new HashMap<>();
		if (tokens.isEmpty()) {
			return counts;
		}
		int n = Math.max(1, tokens.size() - 3);
		for (int i = 0; i < n; i++) {
			// tokens hold no spaces, so a space-joined key is unambiguous
			counts.merge(String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + 4))), 1, Integer::sum);
		}
		return counts;
	}

	/** Python's {@code re.findall(r"\w+", s)}. */
	static List<String> wordTokens(String s) {
		List<String> tokens = new ArrayList<>();
		int start = -1;
		for (int i = 0; i < s.length();) {
			int cp = s.codePointAt(i);
			if (isWordChar(cp)) {
				if (start < 0) {
					start = i;
				}
			}
			else if (start >= 0) {
				tokens.add(s.substring(start, i));
				start = -1;
			}
			i += Character.charCount(cp);
		}
		if (start >= 0) {
			tokens.add(s.substring(start));
		}
		return tokens;
	}

	/**
	 * score.py's {@code name_set}: the names, split on , ; / &amp; 、 the words "and" and
	 * "und" and on whitespace next to CJK characters, each then normalised. The text is
	 * split before {@link #norm(String)} removes the spaces next to CJK characters, so
	 * "伊琳 李清芬" is two names, as "伊琳、李清芬" is; "李四 John Smith" is 李四 and john smith.
	 */
	public static Set<String> nameSet(String s) {
		if (s == null) {
			return new LinkedHashSet<>();
		}
		String n = WS_RUN.matcher(casefold(Normalizer.normalize(s, Normalizer.Form.NFKC))).replaceAll(" ");
		n = stripSpaces(n);
		Set<String> names = new LinkedHashSet<>();
		Matcher m = NAME_SPLIT.matcher(n);
		int from = 0;
		int search = 0;
		while (search <= n.length() && m.find(search)) {
			int word = m.start("word");
			if (word > 0 && isWordChar(n.codePointBefore(word))) {
				// no match here: like Python's regex, try again one position further
				search = m.start() + 1;
				continue;
			}
			addName(names, n.substring(from, m.start()));
			from = m.end();
			search = m.end();
		}
		addName(names, n.substring(from));
		return names;
	}

	private static void addName(Set<String> names, String part) {
		String name = norm(part);
		if (!name.isEmpty()) {
			names.add(name);
		}
	}

	/**
	 * score.py's {@code is_cjk_doc}: the language when given, else whether over a fifth
	 * of the non-space characters are CJK.
	 */
	public static boolean isCjkDocument(String lang, String text) {
		if (lang != null && !lang.isEmpty()) {
			return CJK_LANGS.contains(lang.toLowerCase(Locale.ROOT));
		}
		String t = (text != null) ? text : "";
		int cjk = 0;
		Matcher m = CJK_CHAR.matcher(t);
		while (m.find()) {
			cjk++;
		}
		String compact = WS_ANY.matcher(t).replaceAll("");
		int length = compact.codePointCount(0, compact.length());
		return cjk > 0.2 * Math.max(1, length);
	}

	/**
	 * Python's {@code in} for a snippet: whether its normalised form occurs in a
	 * normalised text.
	 */
	static boolean snippetIn(String snippet, String normalisedText) {
		return normalisedText.contains(norm(snippet));
	}

}
