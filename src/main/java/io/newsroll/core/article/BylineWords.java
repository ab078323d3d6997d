package io.newsroll.core.article;

/**
 * The words of bylines and credits, Chinese and English: role words before names (记者,
 * 通讯员), the labels of authors, editors and sources, where a run of names ends; "By" and
 * what may stand before it, byline labels, job titles and the words of a site's sections
 * that a name alone does not have. Family names and outlets' words are knowledge tables
 * of core/names ({@code ChineseSurnames}, {@code MediaOutlets}). Each list feeds the
 * rules of {@link Bylines} and {@link EnglishBylines}, which build their patterns and
 * prefilters from it.
 */
final class BylineWords {

	/**
	 * Role words that precede names in Chinese bylines, longest first where one ends
	 * another (本报记者 before 记者): the pattern takes the first that fits.
	 */
	static final WordList ROLES = WordList.of("roles", "本报记者", "本报通讯员", "特约记者", "见习记者", "首席记者", "实习记者", "新华社记者", "记者",
			"通讯员", "实习生", "作者", "撰文", "撰稿", "采写", "文字", "摄影记者", "摄影", "编译", "整理", "口述");

	/** Marks of the writer before a slash or colon: 文/, 图文：. */
	static final WordList WRITER_MARKS = WordList.of("writer marks", "文", "图文", "文图");

	/** Labels that end the names after an author label: 作者：张三 来源：…. */
	static final WordList NAME_ENDERS = WordList.of("labels after names", "来源", "出处", "稿源", "责任编辑", "责编", "编辑", "审核",
			"校对", "发布", "发表", "时间", "日期", "浏览", "点击", "阅读", "字号", "评论", "分享");

	/** Labels of the editor: 责任编辑：王五. */
	static final WordList EDITOR_LABELS = WordList.of("editor labels", "责任编辑", "责编", "值班编辑", "实习编辑", "编辑");

	/** Labels of the source: 来源：工人日报. */
	static final WordList SOURCE_LABELS = WordList.of("source labels", "文章来源", "稿件来源", "新闻来源", "本文来源", "信息来源", "内容来源",
			"来源", "出处", "稿源");

	/**
	 * Roles of the people who took the pictures or the film, who are no authors: their
	 * names after these words are not read as the article's ("记者 张三 摄影 李四").
	 */
	static final WordList PHOTO_ROLES = WordList.of("photo roles", "摄影记者", "摄影", "摄像", "图片");

	/**
	 * Labels of an article's fields, before a colon, that make a bar-separated line a row
	 * of fields rather than a menu: "发布时间：… | 来源：工人日报".
	 */
	static final WordList FIELD_LABELS = WordList.of("field labels", "来源", "作者", "记者", "本报记者", "编辑", "责任编辑", "责编",
			"发布时间", "发布日期", "发表时间", "更新时间", "时间", "日期", "出处", "稿源");

	/** What follows a name in a byline without being part of it: 张三报道, 李四摄, 王五发自北京. */
	static final WordList NAME_SUFFIXES = WordList.of("name suffixes", "报道", "摄影", "摄", "电", "讯", "等");

	/** A dateline that opens the body, its authors in brackets after it: 本报讯（记者 叶婉）. */
	static final WordList DATELINE_OPENERS = WordList.of("dateline openers", "本报讯", "本刊讯");

	/** How a dateline ends before its brackets: 新华社北京5月9日电（…）, …消息（…）. */
	static final WordList DATELINE_MARKS = WordList.of("dateline marks", "电", "讯", "消息");

	/** What may follow the name in a bracketed credit: （姚峰 上海报道）, （李四摄）. */
	static final WordList CREDIT_MARKS = WordList.of("credit marks", "报道", "摄", "供稿");

	/** Labels that end a source after a space: "来源：工人日报 作者：王五". */
	static final WordList SOURCE_ENDERS = WordList.of("labels after a source", "作者", "记者", "编辑", "责任编辑", "责编", "发布",
			"时间", "日期", "浏览", "点击", "阅读", "字号");

	/** Labels that end a source even glued to it: "来源：工人日报作者：王五". */
	static final WordList GLUED_SOURCE_ENDERS = WordList.of("labels glued after a source", "作者：", "编辑：", "责任编辑", "发布时间",
			"时间：", "日期：");

	/**
	 * The mark of an original work that a self-media page prints before its author and
	 * the account that publishes it: "原创 张三 某某观察".
	 */
	static final WordList ORIGINAL_MARKS = WordList.of("original work marks", "原创");

	/**
	 * The links a page prints beside the time and the source, which a text dump keeps as
	 * words: "2020-10-08 12:00 新京报 举报".
	 */
	static final WordList LINKS_BESIDE_SOURCE = WordList.of("links beside a source", "举报", "分享", "评论", "我要评论", "收藏",
			"打印", "纠错", "关注", "订阅", "字号", "大", "中", "小", "手机看", "扫一扫");

	/** A note on the author in brackets: （作者为北京大学教授）. */
	static final WordList AUTHOR_NOTES = WordList.of("author notes", "作者为", "作者系", "作者是", "作者单位");

	/** Words before "By" that make a byline: "Written by", "Reporting by". */
	static final WordList BY_PREFIXES = WordList.of("words before By", "Written", "Words", "Story", "Reporting");

	/**
	 * Words before "by" that make the rest a credit for a picture or a production, or a
	 * sponsor: "Photograph by Rob Brunner.", "Video by MEGA Media.", "Presented by …".
	 */
	static final WordList CREDIT_BEFORE_BY = WordList.of("credit words before by", "photo", "photos", "photograph",
			"photographs", "photography", "video", "videos", "image", "images", "illustration", "illustrations",
			"graphic", "graphics", "art", "artwork", "design", "designed", "animation", "map", "maps", "chart",
			"charts", "produced", "edited", "presented", "sponsored", "powered", "provided", "supported", "funded",
			"courtesy", "reviewed", "checked", "translated", "narrated", "hosted");

	/**
	 * Words before a lower-case "by" that still make it a byline ("Written by", "Posted
	 * by"); after any other lower-case word the "by" is a sentence's ("surrounded by").
	 */
	static final WordList BYLINE_BEFORE_BY = WordList.of("byline words before by", "written", "words", "story",
			"reporting", "reported", "posted", "published", "text", "compiled", "commentary", "analysis", "opinion",
			"column", "and");

	/** A byline's label alone on its line, any case, the name on the next: "Author". */
	static final WordList LABELS_ALONE = WordList.of("byline labels alone", "authors", "author", "about the author");

	/** An English author label with a colon, any case: "Author: John Smith". */
	static final WordList COLON_LABELS = WordList.of("byline labels with a colon", "authors", "author", "written by",
			"reported by", "reporter");

	/** A job alone on a line under an author's name: "Forbes Staff", "Deputy Editor". */
	static final WordList JOB_TITLES = WordList.of("job titles", "Staff", "Staff Writer", "Writer", "Editor",
			"Reporter", "Correspondent", "Contributor", "Columnist");

	/**
	 * Words of a role, any case, that a name does not have: "National Recruiting
	 * Analyst".
	 */
	static final WordList ROLE_WORDS = WordList.of("role words", "writer", "editor", "reporter", "correspondent",
			"contributor", "columnist", "staff writer", "analyst", "opinion", "photo", "avatar");

	/**
	 * Words of a site's sections and furniture, which a person's name alone does not
	 * have: "Breaking News", "Top Stories", "Latest Video".
	 */
	static final WordList SECTION_WORDS = WordList.of("section words", "news", "breaking", "latest", "home", "top",
			"stories", "story", "video", "videos", "opinion", "sports", "sport", "business", "politics", "world",
			"local", "more", "read", "related", "trending", "popular", "share", "comments", "subscribe", "newsletter",
			"newsletters", "menu", "search", "follow", "live", "watch", "listen", "photos", "gallery", "advertisement",
			"sponsored", "entertainment", "health", "technology", "tech", "culture", "lifestyle", "travel", "weather",
			"markets", "money", "magazine", "podcast", "podcasts", "events", "archive", "archives", "contact", "about");

	/**
	 * Verbs that follow an author's name in the card at the end of an article: "Matt
	 * Wales is a writer…", "Deborah Netburn covers faith…".
	 */
	static final WordList BIO_VERBS = WordList.of("bio verbs", "is", "was", "covers", "writes", "has", "joined",
			"reports", "holds", "previously", "lives");

	/**
	 * What the markup puts before a marked author's name, any case: "By", "View all posts
	 * by".
	 */
	static final WordList MARKED_AUTHOR_PREFIXES = WordList.of("marked author prefixes", "view all posts by",
			"posts by", "by", "written by", "author:", "author");

	/** Lower-case particles inside a name: Ludwig van Beethoven, Omar bin Laden. */
	static final WordList NAME_PARTICLES = WordList.of("name particles", "de", "van", "von", "der", "da", "di", "la",
			"le", "bin", "al");

	private BylineWords() {
	}

}
