package io.newsroll.core.article;

/**
 * The words that label or make up a date on a page: the labels before a publication time
 * (发布时间, Published) and the English months' abbreviations that bylines glue to a name.
 * Each list feeds the rules that build their patterns from it ({@link PublishedResolver},
 * {@link Bylines}, {@link HtmlPageReader}).
 */
final class DateWords {

	/** Labels of a publication time, anywhere in a short line, any case. */
	static final WordList DATE_LABELS = WordList.of("date labels", "发布时间", "发表时间", "发布日期", "更新时间", "时间：", "日期：",
			"Published", "Posted", "Updated", "Date:");

	/** Labels of a publication time as whole words only, any case: "on Dec 8". */
	static final WordList DATE_WORDS = WordList.of("date words", "on");

	/**
	 * The months as pages abbreviate them (a longer form starts with one: "Sept",
	 * "December").
	 */
	static final WordList MONTHS = WordList.of("months", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
			"Oct", "Nov", "Dec");

	/** What a page says it did to an article at a time: "Published Dec 8", "Updated". */
	static final WordList PUBLISHING_VERBS = WordList.of("publishing verbs", "Published", "Updated", "Posted");

	private DateWords() {
	}

}
