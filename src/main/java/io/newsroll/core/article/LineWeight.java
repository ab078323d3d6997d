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
		if ((text.length() <= INLINE_CLUTTER_CHARS || text.regionMatches(true, 0, "loading", 0, 7))
				&& INLINE_CLUTTER.matcher(text).matches()) {
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

	/**
	 * Clutter that interrupts a body without ending it: ad slots, share buttons. Every
	 * form is at most {@value #INLINE_CLUTTER_CHARS} characters long except "loading...".
	 */
	private static final Pattern INLINE_CLUTTER = Pattern.compile(
			"(?i)advertisement|ad|广告|share|share this|分享|play video|watch|subtitles|\\d{1,2}:\\d{2}|loading\\.*|图片|视频");

	private static final int INLINE_CLUTTER_CHARS = 13;

	/**
	 * Lines that end an article: credits, notices, and the headings of the lists that
	 * follow it.
	 */
	private static final String BOILERPLATE_OPENERS = "相关阅读|相关新闻|相关文章|相关链接|相关推荐|相关专题|延伸阅读|推荐阅读|热门推荐|热点推荐|热门文章|热门精选|猜你喜欢|更多精彩|更多内容|更多新闻|"
			+ "精彩推荐|编辑推荐|今日推荐|为你推荐|為你推薦|其他人也在看|大家都在看|大家还在看|看了又看|24小时热文|"
			+ "分享到|分享至|标签[:：]|关键词[:：]|免责声明|版权声明|平台声明|声明[:：]|责任编辑|编辑[:：]|打印本页|关闭窗口|上一篇|下一篇|返回顶部|扫一扫|扫码|"
			+ "Sign up|Subscribe|Share on|Follow us|Copyright";

	private static final Pattern BOILERPLATE_START = Pattern.compile("^(?:" + BOILERPLATE_OPENERS + ")");

	/**
	 * The first characters of {@link #BOILERPLATE_OPENERS}: a line starting otherwise
	 * answers without the pattern.
	 */
	private static final String BOILERPLATE_FIRST_CHARS = firstChars(BOILERPLATE_OPENERS);

	private static final Pattern SECTION_BREAK = Pattern
		.compile("^[\\[【〖]?\\s?(?:(?:相关|相關|更多|热门|熱門|热点|熱點|推荐|推薦|延伸|精彩|最新)"
				+ "(?:阅读|閱讀|新闻|新聞|文章|报道|報導|推荐|推薦|链接|連結|资讯|資訊|专题|專題)|(?:你|您)(?:可能)?(?:还|還|也)?(?:想看|喜欢|喜歡|感兴趣|感興趣|会喜欢|會喜歡)"
				+ "|其他人(?:也)?在看|大家(?:都)?在看|猜你喜欢|猜你喜歡|相关|相關"
				+ "|(?i:related(?: articles| stories| posts| content| coverage| news)?|recommended(?: for you| stories| reading| articles)?"
				+ "|read next|more stories|most (?:popular|read)|you (?:may|might) also like))"
				+ "\\s?[\\]】〗]?\\s?[:：]?$");

	/**
	 * English list headings, only as a whole short line: "Trending" may also start a
	 * sentence.
	 */
	private static final Pattern LIST_HEADING = Pattern.compile(
			"(?i)(?:Related(?: Articles| Stories| News| Content| Coverage)?|More (?:from|on|stories|news|to read)\\b.{0,40}"
					+ "|You (?:may|might) also like.{0,20}|Recommended(?: for you| stories| reading)?|Most (?:Read|Popular|Viewed|Shared)"
					+ "|Trending(?: Now| Stories| News)?|Popular (?:Stories|Now|Posts)|Read (?:More|Next|Also)|Also read|Top Stories"
					+ "|Latest (?:News|Stories|Videos)|Tags|Tagged(?: as| with)?|Topics|Filed under|What to read next|Don't miss|Editors' Picks|Further reading|Up Next)[:：]?");

	/**
	 * The first letters (lower case) of the {@link #LIST_HEADING} forms: a line starting
	 * otherwise answers without the pattern.
	 */
	private static final String LIST_HEADING_FIRST_LETTERS = "rmytplafwdeu";

	private static final Pattern BOILERPLATE_ANYWHERE = Pattern
		.compile("版权所有|ICP备|ICP证|公网安备|Copyright|©|All [Rr]ights [Rr]eserved|不得转载|未经授权");

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
	private static final String SECTION_BREAK_FIRST_CHARS = "相更热熱推延精最你您其大猜rmytf标關关";

	/**
	 * The tag list that closes an article ("Tagged as", "标签："): what follows is the
	 * site's, not the article's.
	 */
	private static final Pattern TAGS = Pattern
		.compile("(?i)(?:tags|tagged(?: as| with)?|filed under|标签|關鍵字|关键词)\\s?[:：]?");

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
				|| hasBoilerplateMark(text)
				|| (text.length() <= 60 && LIST_HEADING_FIRST_LETTERS.indexOf(Character.toLowerCase(first)) >= 0
						&& LIST_HEADING.matcher(text).matches());
	}

	/** The first character of each of the |-separated alternatives. */
	static String firstChars(String alternatives) {
		StringBuilder chars = new StringBuilder();
		for (String alternative : alternatives.split("\\|")) {
			char c = alternative.charAt(0);
			if (chars.indexOf(String.valueOf(c)) < 0) {
				chars.append(c);
			}
		}
		return chars.toString();
	}

	/**
	 * {@link #BOILERPLATE_ANYWHERE} with plain substring checks first: this runs on every
	 * line of every page.
	 */
	static boolean hasBoilerplateMark(String text) {
		return text.contains("版权所有") || text.contains("ICP备") || text.contains("ICP证") || text.contains("公网安备")
				|| text.contains("Copyright") || text.indexOf('©') >= 0 || text.contains("不得转载")
				|| text.contains("未经授权") || (text.contains("ights") && BOILERPLATE_ANYWHERE.matcher(text).find());
	}

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
