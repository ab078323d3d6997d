package io.newsroll.core.article;

/**
 * The words of a page's furniture, Chinese and English: what opens the lists and notices
 * after an article, the headings of the sections that follow it, copyright marks, clutter
 * between paragraphs, links to other stories and a science story's references. Each list
 * feeds one rule in {@link LineWeight} or {@link BodyClutter}, which builds its pattern
 * and prefilter from it; add a word here and the rule knows it.
 */
final class BoilerplateWords {

	private static final String SECTION_HEADINGS_FILE = "section-headings.txt";

	/**
	 * A line starting with one of these ends the article: list headings, notices,
	 * credits.
	 */
	static final WordList OPENERS = WordList.of("boilerplate openers",
			// the lists after an article
			"相关阅读", "相关新闻", "相关文章", "相关链接", "相关推荐", "相关专题", "延伸阅读", "推荐阅读", "热门推荐", "热点推荐", "热门文章", "热门精选", "猜你喜欢",
			"更多精彩", "更多内容", "更多新闻", "精彩推荐", "编辑推荐", "今日推荐", "为你推荐", "為你推薦", "其他人也在看", "大家都在看", "大家还在看", "看了又看",
			"24小时热文",
			// share bars, tags, notices, credits, page tools
			"分享到", "分享至", "标签：", "关键词：", "免责声明", "版权声明", "平台声明", "声明：", "责任编辑", "编辑：", "打印本页", "关闭窗口", "上一篇", "下一篇",
			"返回顶部", "扫一扫", "扫码",
			// English
			"Sign up", "Subscribe", "Share on", "Follow us", "Copyright");

	/**
	 * A line starting with one of these, in any case, is a notice after the article: the
	 * comment form's wording in the corpus's languages, calls to follow
	 * ({@code closing-notices.txt}).
	 */
	static final WordList CLOSING_NOTICES = WordList.fromResource("closing-notices.txt", "closing notices");

	/** A line (of any length up to 120) with one of these anywhere is a site's footer. */
	static final WordList MARKS = WordList.of("copyright marks", "版权所有", "ICP备", "ICP证", "公网安备", "Copyright", "©",
			"All rights reserved", "All Rights reserved", "All rights Reserved", "All Rights Reserved", "不得转载", "未经授权");

	/**
	 * A Chinese section heading is one of these qualifiers and one of the
	 * {@link #SECTION_NOUNS}: 相关阅读, 热门新闻, 延伸閱讀.
	 */
	static final WordList SECTION_QUALIFIERS = WordList.of("section heading qualifiers", "相关", "相關", "更多", "热门", "熱門",
			"热点", "熱點", "推荐", "推薦", "延伸", "精彩", "最新");

	static final WordList SECTION_NOUNS = WordList.of("section heading nouns", "阅读", "閱讀", "新闻", "新聞", "文章", "报道", "報導",
			"推荐", "推薦", "链接", "連結", "资讯", "資訊", "专题", "專題");

	/**
	 * "You may like": 你 or 您, then (可能)(还/還/也), then one of the
	 * {@link #YOU_MAY_LIKE_ENDINGS}: 你可能還想看, 您也感兴趣.
	 */
	static final WordList YOU = WordList.of("you", "你", "您");

	static final WordList YOU_MAY_LIKE_ENDINGS = WordList.of("you may like endings", "想看", "喜欢", "喜歡", "感兴趣", "感興趣",
			"会喜欢", "會喜歡");

	/** Other Chinese section headings, whole. */
	static final WordList SECTION_HEADINGS = WordList.of("section headings", "其他人在看", "其他人也在看", "大家在看", "大家都在看", "猜你喜欢",
			"猜你喜歡", "相关", "相關");

	/** English section headings, whole, in any case. */
	static final WordList ENGLISH_SECTION_HEADINGS = WordList.of("English section headings", "related",
			"related articles", "related stories", "related posts", "related content", "related coverage",
			"related news", "recommended", "recommended for you", "recommended stories", "recommended reading",
			"recommended articles", "read next", "more stories", "most popular", "most read", "you may also like",
			"you might also like");

	/**
	 * Section headings in the corpus's other languages (German, French, Spanish, Italian,
	 * Portuguese, Dutch, Polish), whole, in any case: {@code section-headings.txt}.
	 */
	static final WordList OTHER_SECTION_HEADINGS = WordList.fromResource(SECTION_HEADINGS_FILE, "section headings");

	/**
	 * List headings in those languages, only as a whole short line, in any case: "Lesen
	 * Sie auch" may stand between two paragraphs, before a link.
	 */
	static final WordList OTHER_LIST_HEADINGS = WordList.fromResource(SECTION_HEADINGS_FILE, "list headings");

	/** The heading of the tag list that closes an article, in any case. */
	static final WordList TAG_HEADINGS = WordList.of("tag headings", "tags", "tagged", "tagged as", "tagged with",
			"filed under", "标签", "關鍵字", "关键词");

	/** English list headings, only as a whole short line, in any case. */
	static final WordList LIST_HEADINGS = WordList.of("list headings", "Related", "Related Articles", "Related Stories",
			"Related News", "Related Content", "Related Coverage", "Recommended", "Recommended for you",
			"Recommended stories", "Recommended reading", "Most Read", "Most Popular", "Most Viewed", "Most Shared",
			"Trending", "Trending Now", "Trending Stories", "Trending News", "Popular Stories", "Popular Now",
			"Popular Posts", "Read More", "Read Next", "Read Also", "Also read", "Top Stories", "Latest News",
			"Latest Stories", "Latest Videos", "Tags", "Tagged", "Tagged as", "Tagged with", "Topics", "Filed under",
			"What to read next", "Don't miss", "Editors' Picks", "Further reading", "Up Next");

	/** English list headings followed by what they list: "More from TIME". */
	static final WordList LIST_HEADINGS_ON = WordList.of("list headings on a topic", "More from", "More on",
			"More stories", "More news", "More to read");

	/** English list headings followed by a few words: "You may also like these". */
	static final WordList LIST_HEADINGS_YOU = WordList.of("list headings to you", "You may also like",
			"You might also like");

	/**
	 * Clutter that interrupts a body without ending it (ad slots, share buttons), a whole
	 * short line in any case; with a time ("1:25") and "loading...".
	 */
	static final WordList INLINE_CLUTTER = WordList.of("inline clutter", "advertisement", "ad", "广告", "share",
			"share this", "分享", "play video", "watch", "subtitles", "图片", "视频");

	/** Labels of a link to another story: "MORE: …", "READ ALSO: …" (capitals). */
	static final WordList LINK_TEASER_LABELS = WordList.of("link teaser labels", "MORE", "RELATED", "READ MORE",
			"ALSO READ", "READ ALSO", "SEE ALSO", "WATCH", "LISTEN", "READ");

	/** The references under a science story: its source, the paper, how to cite it. */
	static final WordList SOURCE_NOTES = WordList.of("source notes", "Story Source", "Journal Reference",
			"Journal References", "More information", "Cite This Page", "Materials provided by", "Provided by");

	private BoilerplateWords() {
	}

}
