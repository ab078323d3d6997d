package io.newsroll.core.article;

import java.util.regex.Pattern;

import io.newsroll.core.text.ChineseText;

/**
 * What one line weighs for or against being part of an article's body: prose weighs its
 * length; links, menus, clutter, credits and boilerplate weigh against; a section heading
 * ("相关阅读", "Related Stories") weighs so much against that no body runs across it.
 */
final class LineWeight {

	/** A weight no article run crosses. */
	static final double SECTION_BREAK_WEIGHT = -1000;

	private LineWeight() {
	}

	static double weight(PageLine line, int units) {
		return weight(line, units, true);
	}

	static double weight(PageLine line, int units, boolean trustNoise) {
		String text = line.text();
		if (isSectionBreak(text)) {
			return SECTION_BREAK_WEIGHT;
		}
		if (isInlineClutter(text)) {
			return -3;
		}
		if (isBoilerplate(text)) {
			return -60;
		}
		if (urlShare(text) * 10 >= 3) {
			// a line that is mostly a web address ("引用该篇文章 http://…", "Source:
			// https://…") is
			// page furniture, not prose, whatever its length and dots
			return -(2 + units * 0.4);
		}
		boolean noisy = trustNoise && line.noisy();
		double linkRatio = line.linkRatio();
		if (linkRatio >= 0.5) {
			return -(units + 3) * (noisy ? 2 : 1);
		}
		boolean content = linkRatio < 0.35 && (units >= 25 || (units >= 10 && endsSentence(text)))
				&& hasPunctuation(text);
		if (content) {
			return noisy ? -2 : units * (1 - linkRatio);
		}
		if (units < 60 && Bylines.editor(text) != null) {
			return -60;
		}
		if (units < 60 && Bylines.source(text) != null) {
			return -30;
		}
		return -(2 + units * 0.4) * (noisy ? 2 : 1);
	}

	/** Whether the line is an ad slot, a share button, a bare time or "loading...". */
	static boolean isInlineClutter(String text) {
		return (text.length() <= INLINE_CLUTTER_CHARS || text.regionMatches(true, 0, "loading", 0, 7))
				&& INLINE_CLUTTER.matcher(text).matches();
	}

	/**
	 * Clutter that interrupts a body without ending it: ad slots, share buttons. Every
	 * form is at most {@value #INLINE_CLUTTER_CHARS} characters long except "loading...".
	 */
	private static final Pattern INLINE_CLUTTER = Pattern
		.compile("(?i)" + BoilerplateWords.INLINE_CLUTTER.alternation() + "|\\d{1,2}:\\d{2}|loading\\.*");

	private static final int INLINE_CLUTTER_CHARS = 13;

	/**
	 * A line that starts with one of {@link BoilerplateWords#OPENERS} ends the article.
	 */
	private static final Pattern BOILERPLATE_START = Pattern.compile("^" + BoilerplateWords.OPENERS.alternation());

	/** A notice after the article ({@link BoilerplateWords#CLOSING_NOTICES}). */
	private static final Pattern CLOSING_NOTICE = Pattern
		.compile("(?iu)" + BoilerplateWords.CLOSING_NOTICES.alternation());

	private static final String CLOSING_NOTICE_FIRST_CHARS = BoilerplateWords.CLOSING_NOTICES.lowerFirstChars();

	/**
	 * The first characters of {@link BoilerplateWords#OPENERS}: a line starting otherwise
	 * answers without the pattern.
	 */
	private static final String BOILERPLATE_FIRST_CHARS = BoilerplateWords.OPENERS.firstChars();

	/**
	 * A section heading, alone on its line, maybe in brackets and with a colon: a
	 * qualifier and a noun (相关阅读), "you may like" (你可能還想看), a heading of its own (猜你喜欢),
	 * or an English one (Related Stories).
	 */
	private static final Pattern SECTION_BREAK = Pattern
		.compile("^[\\[【〖]?\\s?(?:" + BoilerplateWords.SECTION_QUALIFIERS.alternation()
				+ BoilerplateWords.SECTION_NOUNS.alternation() + "|" + BoilerplateWords.YOU.alternation()
				+ "(?:可能)?(?:还|還|也)?" + BoilerplateWords.YOU_MAY_LIKE_ENDINGS.alternation() + "|"
				+ BoilerplateWords.SECTION_HEADINGS.alternation() + "|(?iu:"
				+ BoilerplateWords.ENGLISH_SECTION_HEADINGS.alternation() + "|"
				+ BoilerplateWords.OTHER_SECTION_HEADINGS.alternation() + "))\\s?[\\]】〗]?\\s?[:：]?$");

	/**
	 * English list headings, only as a whole short line: "Trending" may also start a
	 * sentence.
	 */
	private static final Pattern LIST_HEADING = Pattern.compile("(?i)(?:" + BoilerplateWords.LIST_HEADINGS.alternation()
			+ "|" + BoilerplateWords.LIST_HEADINGS_ON.alternation() + "\\b.{0,40}|"
			+ BoilerplateWords.LIST_HEADINGS_YOU.alternation() + ".{0,20})[:：]?");

	/**
	 * The first letters (lower case) of the {@link #LIST_HEADING} forms: a line starting
	 * otherwise answers without the pattern.
	 */
	private static final String LIST_HEADING_FIRST_LETTERS = WordList.lowerFirstChars(BoilerplateWords.LIST_HEADINGS,
			BoilerplateWords.LIST_HEADINGS_ON, BoilerplateWords.LIST_HEADINGS_YOU);

	/**
	 * A short heading that opens another section after the article ("相关阅读", "你可能還想看",
	 * "Related Stories"): the teasers under it are dense text too, so the body must not
	 * run across it.
	 */
	static boolean isSectionBreak(String text) {
		if (text.isEmpty() || text.length() > 24) {
			return false;
		}
		int i = ("[【〖".indexOf(text.charAt(0)) >= 0) ? 1 : 0;
		if (i < text.length() && " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
			i++;
		}
		if (i >= text.length() || SECTION_BREAK_FIRST_CHARS.indexOf(Character.toLowerCase(text.charAt(i))) < 0) {
			return false;
		}
		return SECTION_BREAK.matcher(text).matches() || TAGS.matcher(text).matches();
	}

	/**
	 * The characters that {@link #SECTION_BREAK} and {@link #TAGS} forms start with
	 * (lower case), after an opening bracket and a space: a short line starting otherwise
	 * is no section break, and answers without the patterns.
	 */
	private static final String SECTION_BREAK_FIRST_CHARS = WordList.lowerFirstChars(
			BoilerplateWords.SECTION_QUALIFIERS, BoilerplateWords.YOU, BoilerplateWords.SECTION_HEADINGS,
			BoilerplateWords.ENGLISH_SECTION_HEADINGS, BoilerplateWords.OTHER_SECTION_HEADINGS,
			BoilerplateWords.TAG_HEADINGS);

	/**
	 * The tag list that closes an article ("Tagged as", "标签："): what follows is the
	 * site's, not the article's.
	 */
	private static final Pattern TAGS = Pattern
		.compile("(?i)" + BoilerplateWords.TAG_HEADINGS.alternation() + "\\s?[:：]?");

	/** The share of the text's characters that belong to http(s) addresses. */
	static double urlShare(String text) {
		int at = text.indexOf("http");
		if (at < 0) {
			return 0;
		}
		int url = 0;
		while (at >= 0) {
			if (text.startsWith("http://", at) || text.startsWith("https://", at)) {
				int end = at;
				while (end < text.length() && !ChineseText.isSpace(text.charAt(end))
						&& !ChineseText.isHan(text.charAt(end))) {
					end++;
				}
				url += end - at;
				at = text.indexOf("http", end);
			}
			else {
				at = text.indexOf("http", at + 4);
			}
		}
		return (double) url / text.length();
	}

	static boolean isBoilerplate(String text) {
		if (text.isEmpty() || text.length() > 120) {
			return false;
		}
		char first = text.charAt(0);
		return (BOILERPLATE_FIRST_CHARS.indexOf(first) >= 0 && BOILERPLATE_START.matcher(text).lookingAt())
				|| (CLOSING_NOTICE_FIRST_CHARS.indexOf(Character.toLowerCase(first)) >= 0
						&& CLOSING_NOTICE.matcher(text).lookingAt())
				|| hasBoilerplateMark(text)
				|| (text.length() <= 60 && LIST_HEADING_FIRST_LETTERS.indexOf(Character.toLowerCase(first)) >= 0
						&& LIST_HEADING.matcher(text).matches());
	}

	/**
	 * Whether the text has one of the {@link BoilerplateWords#MARKS} (版权所有, ©, All rights
	 * reserved): plain substring checks, this runs on every line of every page.
	 */
	static boolean hasBoilerplateMark(String text) {
		for (String mark : MARKS) {
			if (text.contains(mark)) {
				return true;
			}
		}
		return false;
	}

	private static final String[] MARKS = BoilerplateWords.MARKS.words().toArray(new String[0]);

	/** Whether the text has a clause or sentence mark or a quote: prose has. */
	static boolean hasPunctuation(String text) {
		for (int i = 0; i < text.length(); i++) {
			switch (text.charAt(i)) {
				case '，', '。', '、', '；', '：', '！', '？', ',', '.', ';', ':', '!', '?', '“', '”', '"' -> {
					return true;
				}
				default -> {
				}
			}
		}
		return false;
	}

	static boolean endsSentence(String text) {
		char last = text.charAt(text.length() - 1);
		return last == '。' || last == '！' || last == '？' || last == '.' || last == '!' || last == '?' || last == '”'
				|| last == '"' || last == '…' || last == '）' || last == ')';
	}

}
