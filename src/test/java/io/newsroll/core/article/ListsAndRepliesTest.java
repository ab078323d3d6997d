package io.newsroll.core.article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.newsroll.core.reject.ReasonCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages whose text is a list (a journal's table of contents) and posts followed by a list
 * of signed, stamped replies.
 */
class ListsAndRepliesTest {

	private static final PageExtractor EXTRACTOR = new PageExtractor(ExtractionSettings.defaults());

	/** A journal issue's contents: article titles, each with its authors below. */
	private static final List<String> CONTENTS = List.of("城市治理研究", "超大城市基层治理的数字化转型路径", "王明远;李晓", "社区协商民主的制度空间与实践逻辑",
			"赵一凡", "乡村振兴背景下的公共服务供给研究", "孙立群;周敏", "经济与社会", "新发展阶段区域协调发展的动力机制", "钱文涛", "平台经济反垄断监管的比较研究", "吴昊;郑蓉", "文化与传播",
			"地方媒体融合发展的现实困境与突破", "冯佳", "短视频平台新闻生产的规范化研究", "陈思;林涛");

	private static List<String> contentsPage() {
		List<String> lines = new ArrayList<>(List.of("学刊网-2023年第2期", "  • 首页", "  • 学术动态", "  • 期刊要览", "  • 关于我们",
				"首页 > 期刊要览 > 城市研究学报 > 2023年第2期", "目录"));
		lines.addAll(CONTENTS);
		lines.addAll(List.of("  • 2023年第1期", "  • 2022年第6期", "  • 2022年第5期", "版权所有 学刊网 京ICP备00000000号"));
		return lines;
	}

	@Test
	void takesATableOfContentsAsTheTextOfAPageWithoutProse() {
		Article article = TextDumpPage.extract(contentsPage());

		assertThat(article.bodyParagraphs()).containsSubsequence(CONTENTS)
			.noneMatch((p) -> p.contains("首页") || p.contains("版权所有") || p.contains("第1期"));
	}

	@Test
	void takesATableOfContentsOfAnHtmlPageAsItsText() {
		StringBuilder html = new StringBuilder("<html><head><title>学刊网-2023年第2期</title></head><body>"
				+ "<ul><li><a href=/>首页</a></li><li><a href=/a>学术动态</a></li><li><a href=/b>期刊要览</a></li></ul>"
				+ "<div class=crumbs><a href=/>首页</a> &gt; <a href=/b>期刊要览</a> &gt; 2023年第2期</div><div>");
		CONTENTS.forEach((line) -> html.append("<p>").append(line).append("</p>"));
		html.append("</div><p><a href=/p1>2023年第1期</a></p><p><a href=/p2>2022年第6期</a></p>"
				+ "<div>版权所有 学刊网</div></body></html>");

		Article article = extractedHtml(html.toString());

		assertThat(article.bodyParagraphs()).containsExactlyElementsOf(CONTENTS);
	}

	@Test
	void aPageOfMenusAndShortLinesIsStillNoArticle() {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			lines.add((i % 3 == 0) ? "  • 栏目" + i : "专题" + i);
		}

		PageExtraction result = EXTRACTOR.extract("page.txt", bytes(String.join("\n\n", lines)));

		assertThat(result).isInstanceOfSatisfying(PageExtraction.Rejected.class,
				(r) -> assertThat(r.violation().reason()).isEqualTo(ReasonCode.NOT_AN_ARTICLE));
	}

	@Test
	void endsAForumPostWhereItsSignedAndStampedRepliesBegin() {
		List<String> post = List.of("主题:出门旅行,怎样避开购物陷阱?",
				"导游的收入有一部分来自购物店的回扣,这在业内并不是秘密。旅行车停在购物店门口,进店一般要停留四十分钟左右,店里还会按人数付给旅行社费用。",
				"所以,以我的经验,报名之前一定要看清楚合同里写的购物次数和停留时间,不要轻信口头承诺,遇到强迫购物可以向旅游部门投诉。");
		List<String> replies = List.of("□ 说得对,上次我就遇到过【山水之间】08-11 16:58 138字 [140/0]",
				"□ 我也来说说我的经历吧,真是一把辛酸泪【黑眼圈猫猫】08-11 17:03 0字 [127/1]", "○ 合同里写清楚最重要,其他都是空话【柠檬】08-11 17:20 124字 [137/0]",
				"☆ 欢迎大家继续分享自己的故事,有图片就更好了【版主】08-12 10:00 0字 [175/1]");
		List<String> lines = new ArrayList<>(List.of("旅游论坛", "作者:芊草   时间:2005-08-22 19:13:18"));
		lines.addAll(post);
		lines.add("回复线索:");
		lines.addAll(replies);

		Article article = TextDumpPage.extract(lines);

		assertThat(article.bodyParagraphs()).containsAll(post.subList(1, 3))
			.noneMatch((p) -> p.contains("08-11") || p.contains("08-12"));
	}

	@Test
	void keepsParagraphsThatNameATimeInsideTheirSentences() {
		List<String> body = List.of(
				"The council met on 12-19 at 18:30 to open the debate on the spending plan for schools and roads, which lasted six hours.",
				"A second vote was called on 12-20 at 09:15, after the members had read the auditors' report on the plan's later years.",
				"The last session began on 12-21 at 14:00 and ended with a narrow majority for the plan, to the relief of the mayor.",
				"The mayor said the review would be published next month, and thanked residents for their patience.");

		assertThat(TextDumpPage.paragraphs(TextDumpPage.councilPage(body.toArray(String[]::new))))
			.containsExactlyElementsOf(body);
	}

	private static Article extractedHtml(String page) {
		PageExtraction result = EXTRACTOR.extract("page.html", bytes(page));
		assertThat(result).isInstanceOf(PageExtraction.Extracted.class);
		return ((PageExtraction.Extracted) result).article();
	}

	private static byte[] bytes(String page) {
		return (page + "\n").getBytes(StandardCharsets.UTF_8);
	}

}
