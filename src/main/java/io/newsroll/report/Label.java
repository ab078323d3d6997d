package io.newsroll.report;

/**
 * Every piece of text the reports print that does not come from the data, in Chinese and
 * English, in one place so that the workbook and the PDF use the same words. Sheet names
 * stay under Excel's 31 characters and avoid its forbidden characters.
 */
public enum Label {

	// views: sheet names and section headings
	SUMMARY("概览", "Summary"), DAILY("每日发文", "Daily"), WEEKLY("每周发文", "Weekly"), MONTHLY("每月发文", "Monthly"),
	HOURS("发布时段", "Hour of day"), WEEKDAYS("星期分布", "Weekday"), SITES("网站", "Sites"), CHANNELS("频道", "Channels"),
	SERIES("专题", "Series"), AUTHORS("作者", "Authors"), EDITORS("编辑", "Editors"), SOURCES("来源媒体", "Sources"),
	BODY_LENGTHS("正文长度分布", "Body length"), MENTIONS("名单人物提及", "Roster mentions"),
	MONTHLY_MENTIONS("人物提及按月", "Mentions by month"), ROSTER_CONTRIBUTORS("名单中的作者编辑", "Authors, editors on rosters"),
	REPRINTS("转载与重复", "Reprints and duplicates"), RUNS("运行记录", "Runs"), REJECTS_BY_REASON("拒收原因", "Rejects by reason"),
	REJECTS("拒收明细", "Rejects"), ARTICLES("文章列表", "Articles"), CHARTS("图表", "Charts"),
	SITE_TREND("网站发文趋势", "Sites over time"), SOURCE_TREND("来源媒体发文趋势", "Sources over time"),
	TREND_NOTE("发文最多的前 %1$d 名，按%2$s统计；未标明的不列入。", "The top %1$d by articles, per %2$s; (none) is left out."),
	TOTAL("合计", "Total"), MATCH("匹配程度", "Match"), ORGANISATIONS("名单单位", "Roster organisations"),
	MATCH_SURE("确认（姓名与单位）", "sure (name and organisation)"),
	MATCH_NAME_ONLY("仅姓名相同（名单中唯一）", "name only (one organisation)"),
	MATCH_NAME_AMBIGUOUS("仅姓名相同（多个单位有此姓名）", "name only (on several organisations' rosters)"),
	MATCH_NOTE("名单人物按姓名与作者、编辑匹配：文章提及其单位或来自名单所在网站时为“确认”；仅姓名相同时可能是同名的另一个人。",
			"Roster people are matched to authors and editors by name: \"sure\" when their articles name the person's organisation or come from the roster's site; a match by name only may be another person of the same name."),

	// column headings
	INDICATOR("指标", "Indicator"), VALUE("数值", "Value"), DAY("日期", "Day"), WEEK("周", "Week"), MONTH("月份", "Month"),
	HOUR("小时", "Hour"), WEEKDAY("星期", "Weekday"), ARTICLE_COUNT("文章数", "Articles"), SHARE("占比", "Share"),
	SITE("网站", "Site"), CHANNEL("频道", "Channel"), SERIES_NAME("专题", "Series"), AUTHOR("作者", "Author"),
	EDITOR("编辑", "Editor"), SOURCE("来源媒体", "Source"), BODY_LENGTH("正文字数", "Body characters"), REASON("原因", "Reason"),
	COUNT("数量", "Count"), NAME("姓名", "Name"), MENTION_COUNT("提及次数", "Mentions"), ROLE("身份", "Role"),
	ROLE_AUTHOR("作者", "author"), ROLE_EDITOR("编辑", "editor"), TITLES("职务", "Titles"), TITLE("标题", "Title"),
	PUBLISHED("发布时间", "Published"), REPRINT_COUNT("转载数", "Reprints"), DUPLICATE_COUNT("重复数", "Duplicates"),
	RUN_ID("运行编号", "Run"), JOB("作业", "Job"), STATUS("状态", "Status"), START("开始时间", "Start"), END("结束时间", "End"),
	READ("读取", "Read"), WRITTEN("写入", "Written"), FILTERED("过滤", "Filtered"), SKIPPED("跳过", "Skipped"),
	CREATED("时间", "Time"), FILE("文件", "File"), LOCATION("位置", "Location"), MESSAGE("说明", "Message"), URL("链接", "URL"),
	ID("编号", "ID"),

	// KPIs
	KPI_ARTICLES("文章总数", "Articles"), KPI_SITES("网站数", "Sites"), KPI_CHANNELS("频道数", "Channels"),
	KPI_SERIES("专题数", "Series"), KPI_AUTHORS("作者数", "Authors"), KPI_EDITORS("编辑数", "Editors"),
	KPI_MEAN_BODY("平均正文字数", "Mean body characters"), KPI_MEDIAN_BODY("正文字数中位数", "Median body characters"),
	KPI_DUPLICATES("完全重复文章", "Exact duplicates"), KPI_REPRINTS("转载文章", "Reprints"), KPI_REJECTS("拒收记录", "Rejects"),
	KPI_RUNS("运行次数", "Runs"),

	// title page and notes
	REPORT_TITLE("新闻发布统计报告", "Publication statistics report"), PERIOD("统计期间", "Period"),
	PERIOD_FROM("起始日期", "First day"), PERIOD_TO("截止日期", "Last day"), DAYS("%d 天", "%d days"), ONE_DAY("1 天", "1 day"),
	GENERATED_AT("生成时间", "Generated at"), DATABASE("数据库", "Database"), TIME_ZONE("发布时区", "Publication time zone"),
	SCHEMA_VERSION("数据结构版本", "Schema version"), ARTICLES_IN_DATABASE("数据库文章总数", "Articles in the database"),
	MENTION_DATA("人物提及数据", "Mention data"), RUN_DATA("运行记录数据", "Run history"), AVAILABLE("有", "available"),
	NOT_AVAILABLE("无", "not available"),
	COUNTING_NOTE("文章按发布日期统计；运行记录与拒收记录为加载本期文章的运行以及在本期内开始的运行。",
			"Articles are counted by publication date; runs and rejects are those of the runs that loaded the period's articles and of the runs started in the period."),
	EMPTY_PERIOD("本期间没有文章。", "No articles were published in this period."), NO_DATA("无数据", "No data"),
	MISSING_VALUE("(未标明)", "(none)"), TOP("前 %d 名", "top %d"), ROWS_SHOWN("仅列出前 %d 项,共 %d 项", "showing %d of %d"),
	TOP_ROWS_SHOWN("仅列出前 %d 项", "showing the top %d"), PAGE("第 %d 页 / 共 %d 页", "Page %d of %d"),
	CONTENTS("目录", "Contents"), CHART_DAILY("每日发文量", "Articles per day"),
	CHART_CHANNELS("各频道发文量", "Articles per channel"), CHART_SITES("各网站发文量", "Articles per site"),
	CHART_HOURS("各时段发文量", "Articles by hour of day"),

	// the summary page and sheet
	TREND("发文趋势", "Trend"), CHART_TREND("发文趋势", "Articles over the period"), QUARTER("季度", "Quarter"),
	STEP_WEEK("一周", "week"), STEP_MONTH("月份", "month"), STEP_QUARTER("季度", "quarter"),
	SUMMARY_ARTICLES("本期共发布文章 %1$s 篇，来自 %2$s 个网站", "%1$s articles from %2$s sites"),
	SUMMARY_CHANGE("，比上期（%2$s，%3$s 篇）%1$s", ", %1$s on the previous period (%2$s: %3$s)"),
	SUMMARY_NO_PREVIOUS("，上期（%1$s）没有文章", ", none in the previous period (%1$s)"),
	SUMMARY_BUSIEST_DAY("；发文最多的一天是 %1$s（%2$s 篇）", "; busiest day %1$s (%2$s)"),
	SUMMARY_BUSIEST_STEP("，发文最多的%1$s是 %2$s（%3$s 篇）", ", busiest %1$s %2$s (%3$s)"),
	SUMMARY_TOP_SITE("；发文最多的网站是%1$s（%2$s 篇）", "; top site %1$s (%2$s)"), SUMMARY_END("。", "."),
	SUMMARY_EMPTY("本期间没有文章；数据库中最新的文章发布于 %1$s。",
			"No articles were published in this period; the newest article in the database is of %1$s."),
	SUMMARY_EMPTY_DATABASE("数据库中还没有文章。", "The database holds no articles yet."), KEY_NUMBERS("主要指标", "Key numbers"),
	THIS_PERIOD("本期", "This period"), PREVIOUS_PERIOD("上期", "Previous period"), CHANGE("变化", "Change"),
	BUSIEST_DAY("发文最多的一天", "Busiest day"), RANK("名次", "Rank"),
	TOP_LISTS("发文最多的网站、来源与作者", "Top sites, sources and authors"), MOST_REPRINTED("转载与重复最多的文章", "Most copied stories"),
	HEADLINES("本期文章标题", "Headlines of the period"),
	HEADLINES_NOTE("先列转载与重复最多的文章，再列最新的文章。", "The most copied stories first, then the latest."), COPIES("副本数", "Copies"),
	OPEN_LINK("打开原文", "open"), TIME_UNKNOWN("时间未标明", "time unknown"),
	TIME_UNKNOWN_NOTE("另有 %1$s 篇文章的页面只给出日期，未计入各时段。", "%1$s more articles give only a date and are in no hour."),
	MISSING_NOT_CHARTED("%1$s 篇未标明的文章计入表格，不计入图表。", "%1$s articles with none are in the table, not the chart."),
	APPENDIX("附录 数据来源", "Appendix - data sources"),
	RUNS_NOTE("加载本期文章的运行，以及在本期内开始的运行；文章数为该运行加载的本期文章。",
			"The runs that loaded this period's articles, and those started in the period; articles are the period's articles each loaded."),
	REJECTS_NOTE("这些运行的拒收记录，以及在本期内记录的拒收。", "Rejects of these runs, and those recorded in the period."),
	TIMES_IN_ZONE("时间均为 %1$s 时间。", "All times are %1$s time."),
	NEWEST_ARTICLE("数据库最新文章", "Newest article in the database");

	private final String zh;

	private final String en;

	Label(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}

	public String zh() {
		return this.zh;
	}

	public String en() {
		return this.en;
	}

}
