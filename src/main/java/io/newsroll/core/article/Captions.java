package io.newsroll.core.article;

import java.util.regex.Pattern;

import io.newsroll.core.text.ChineseText;

/**
 * Photo captions and credits printed among a body's paragraphs ("Snow falls … (AP
 * Photo/…)", "Photo: AP", "Image credit: …", "Photograph by Rob Brunner."), and the words
 * that mark a line as being about a picture.
 */
final class Captions {

	/** Captions are shorter than this; a paragraph that mentions Getty Images is not. */
	static final int MAX_CAPTION_CHARS = 400;

	/**
	 * A credit where a caption ends: an agency, "via AP", "Courtesy of …" (looked for in
	 * the line's last {@value #CREDIT_TAIL_CHARS} characters only).
	 */
	private static final Pattern CREDIT_AT_END = Pattern.compile("(?i:" + CreditWords.CREDITS_AT_END.alternation() + "|"
			+ CreditWords.CREDIT_LEADS.alternation() + "[^.()]{0,60})\\)?\\.?\\s*$");

	private static final int CREDIT_TAIL_CHARS = 80;

	/** A credit label: "Image credit:", "Photo: ", "(Photo by …". */
	private static final Pattern CREDIT_LABEL = Pattern.compile("(?i:\\b" + CreditWords.CREDIT_LABELS.alternation()
			+ "|\\b" + CreditWords.PICTURE_LABELS.alternation() + ":\\s|\\(photo\\b)");

	/**
	 * What every {@link #CREDIT_LABEL} form has (a label's colon, or "(photo"): the
	 * pattern runs only on lines with one.
	 */
	private static final String[] CREDIT_LABEL_KEYS = { ":", "(photo", "(Photo", "(PHOTO" };

	/** "(Name / Outlet)" or "(AP Photo/…)" anywhere in the line. */
	private static final Pattern CREDIT_IN_BRACKETS = Pattern
		.compile("\\(\\p{Lu}[^()]{2,40} / \\p{Lu}[^()]{2,40}\\)|\\(" + CreditWords.AGENCIES.alternation()
				+ "\\b[^()]{0,60}\\)" + "|\\(\\p{Lu}[^()/]{2,40}/\\p{Lu}[^()/]{2,40}\\)\\.?$");

	/** "Matthew N. Wells / The Daily World" where a glued caption begins. */
	private static final Pattern CREDIT_AT_START = Pattern.compile("(?:\\p{Lu}[\\w.'’-]*\\s){1,3}/ \\p{Lu}");

	/** "… daylight. Photograph by Rob Brunner.": a credit sentence ending the line. */
	private static final Pattern CREDIT_BY = Pattern
		.compile("(?:^|[.!?]\\s)" + CreditWords.CREDITED_WORKS.alternation() + "s? by \\p{Lu}[^.!?]{1,60}\\.?$");

	/**
	 * The last words (lower case) of {@link CreditWords#CREDITS_AT_END}: a line ending
	 * otherwise has none of them.
	 */
	private static final String[] CREDIT_LAST_WORDS = CreditWords.CREDITS_AT_END.lowerCaseWords(true);

	/**
	 * The first words (lower case) of {@link CreditWords#CREDIT_LEADS}: a line whose tail
	 * has none of them has no such credit.
	 */
	private static final String[] CREDIT_LEAD_WORDS = CreditWords.CREDIT_LEADS.lowerCaseWords(false);

	private static final Pattern CAPTION = Pattern
		.compile("(?i)\\b" + CreditWords.CAPTION_WORDS.alternation() + "\\b|\\(" + CreditWords.AGENCIES.alternation()
				+ "\\b|" + CreditWords.CHINESE_CAPTION_WORDS.alternation());

	private Captions() {
	}

	/**
	 * Whether a line speaks of a picture (photo, image, credit, an agency in brackets,
	 * 图片来源): a caption or a credit rather than a headline or a byline.
	 */
	static boolean mentionsPicture(String text) {
		return CAPTION.matcher(text).find();
	}

	/**
	 * Whether a line is a photo's caption or credit. An agency named inside a sentence is
	 * not a credit. The patterns run only on lines that have what each needs (most body
	 * lines have none of it).
	 */
	static boolean isPhotoCredit(String text) {
		if (text.length() >= MAX_CAPTION_CHARS) {
			return false;
		}
		int tail = Math.max(0, text.length() - CREDIT_TAIL_CHARS);
		if (mayEndWithCredit(text, tail) && CREDIT_AT_END.matcher(text).region(tail, text.length()).find()) {
			return true;
		}
		int paren = text.indexOf('(');
		if (paren >= 0 && mayHaveBracketedCredit(text, paren)
				&& CREDIT_IN_BRACKETS.matcher(text).region(paren, text.length()).find()) {
			return true;
		}
		if (hasAny(text, CREDIT_LABEL_KEYS) && CREDIT_LABEL.matcher(text).find()) {
			return true;
		}
		if (text.contains(" by ") && CREDIT_BY.matcher(text).find()) {
			return true;
		}
		int slash = text.indexOf(" / ");
		return slash > 0 && slash < 60 && CREDIT_AT_START.matcher(text).lookingAt();
	}

	/**
	 * Whether a line is a caption printed again, with its credit, on the next line: "Snow
	 * falls … in Chicago." then "Snow falls … in Chicago. (Name/Chicago Tribune)".
	 */
	static boolean captionBeforeItsCredit(String text, LineSet lines, int next, int end) {
		if (next >= end || text.length() < 20) {
			return false;
		}
		String following = lines.text(next);
		return following.length() > text.length() && following.startsWith(text) && isPhotoCredit(following);
	}

	/**
	 * A necessary condition for {@link #CREDIT_AT_END}, cheap enough for every body line:
	 * "courtesy" in the tail, or a last word (before closing brackets, stops and spaces)
	 * that one of its credits ends with.
	 */
	private static boolean mayEndWithCredit(String text, int tail) {
		int end = text.length();
		while (end > tail) {
			char c = text.charAt(end - 1);
			if (c != ')' && c != '.' && !ChineseText.isSpace(c)) {
				break;
			}
			end--;
		}
		for (String word : CREDIT_LAST_WORDS) {
			if (end - tail >= word.length() && text.regionMatches(true, end - word.length(), word, 0, word.length())) {
				return true;
			}
		}
		for (String lead : CREDIT_LEAD_WORDS) {
			char lower = lead.charAt(0);
			char upper = Character.toUpperCase(lower);
			for (int i = tail; i + lead.length() <= text.length(); i++) {
				char c = text.charAt(i);
				if ((c == lower || c == upper) && text.regionMatches(true, i, lead, 0, lead.length())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * A necessary condition for {@link #CREDIT_IN_BRACKETS}: a slash after the bracket,
	 * or an agency right inside it.
	 */
	private static boolean mayHaveBracketedCredit(String text, int paren) {
		if (text.indexOf('/', paren) >= 0) {
			return true;
		}
		for (String agency : AGENCIES_IN_BRACKETS) {
			if (text.contains(agency)) {
				return true;
			}
		}
		return false;
	}

	private static final String[] AGENCIES_IN_BRACKETS = CreditWords.AGENCIES.words()
		.stream()
		.map((agency) -> "(" + agency)
		.toArray(String[]::new);

	private static boolean hasAny(String text, String[] keys) {
		for (String key : keys) {
			if (text.contains(key)) {
				return true;
			}
		}
		return false;
	}

}
