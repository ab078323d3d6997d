package io.newsroll.core.article;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The credit rules of issue 19, each on the kind of line it was written from (lines made
 * for the test): a writer's mark in the last bracket, a photographer is no author, a
 * source label glued into a row of fields, a video's bracketed source is not the
 * article's, the editor up to the next role, a source named by the markup.
 */
class ChineseCreditRulesTest {

	@Test
	void readsTheNamesAfterAWritersMarkInTheLastBracket() {
		assertThat(Bylines.trailingCredit("活动取得了良好的效果。(文/图 王建宏 张文攀)")).containsExactly("王建宏", "张文攀");
		// a text dump glues the names to the mark and to each other
		assertThat(Bylines.trailingCredit("活动取得了良好的效果。(文/图王建宏张文攀)")).containsExactly("王建宏", "张文攀");
		assertThat(Bylines.trailingCredit("活动取得了良好的效果。（文/李明）")).containsExactly("李明");
		// a picture's credit alone names no author
		assertThat(Bylines.trailingCredit("活动取得了良好的效果。(图/新华社)")).isEmpty();
	}

	@Test
	void aPhotographerIsNoAuthor() {
		assertThat(Bylines.labelledAuthors("摄影：王建宏")).isEmpty();
		assertThat(Bylines.labelledAuthors("记者 张文攀 摄影 王建宏")).containsExactly("张文攀");
	}

	@Test
	void aCreditLineInsideTheBodysRunNamesPeopleNotPhotographers() {
		LineSet lines = LineSet.weigh(List.of(new PageLine("图片来源:东江日报记者张文攀摄", 0, null, false),
				new PageLine("记者：你怎么看这件事", 0, null, false), new PageLine("采写:东江晚报见习记者林立伟", 0, null, false)),
				Deadline.none());
		assertThat(ChineseCredits.creditLineAuthors(lines, new Region(0, 3, 0))).containsExactly("林立伟");
		assertThat(ChineseCredits.creditLineAuthors(lines, new Region(0, 2, 0))).isEmpty();
	}

	@Test
	void readsASourceLabelGluedIntoARowOfFields() {
		assertThat(Bylines.source("版权声明来源:工人日报时间:2019-09-23 14:34:05 作者:")).isEqualTo("工人日报");
		assertThat(Bylines.source("发布日期:2016-11-22 浏览次数:信息来源:省统计局")).isEqualTo("省统计局");
		// one label glued inside a sentence is no field
		assertThat(Bylines.source("他说主要收入来源：工资")).isNull();
		assertThat(Bylines.source("图片来源：新华社 时间：2019-09-23")).isNull();
	}

	@Test
	void aSourceInBracketsAfterATextIsThatTextsNotTheArticles() {
		assertThat(Bylines.fieldSource("女民警一天拨打上百个电话被停机(来源:梨视频)")).isNull();
		assertThat(Bylines.fieldSource("（来源：新华社）")).isEqualTo("新华社");
		assertThat(Bylines.fieldSource("2019-09-07 16:28:35 来源: 工人日报举报")).isEqualTo("工人日报举报");

		List<String> head = List.of("2019-09-07 16:28:35 来源: 工人日报举报", "女民警一天拨打上百个电话被停机(来源:梨视频)");
		assertThat(ChineseCredits.source("梨视频", head, List.of())).isEqualTo("工人日报");
		// the credits' source stands when it is no bracketed credit after a text
		assertThat(ChineseCredits.source("千龙网", List.of("2005-04-27 更新来源:千龙新闻网"), List.of("文章来源:千龙网")))
			.isEqualTo("千龙网");
		// with no other source, the row's is taken
		assertThat(ChineseCredits.source(null, List.of("• 时间:2019-09-18 06:23 来源:山西日报"), List.of())).isEqualTo("山西日报");
	}

	@Test
	void theEditorEndsAtTheNextRoleWord() {
		assertThat(Bylines.editor("编辑刘晓阳校对李铭")).isEqualTo("刘晓阳");
		assertThat(Bylines.editor("[责任编辑:韩保林 PK155]")).isEqualTo("韩保林");
	}

	@Test
	void aSourceNamedByTheMarkup() {
		String html = "<ul><li><span class=\"source\">别的报</span></li></ul>"
				+ "<p class=\"time\"><span>2019年09月07日 08:05:32</span><span>来源：</span>"
				+ "<span class=\"source-2pXi2vGI\"><a href=\"#\">东方新闻网</a></span></p>"
				+ "<p class=\"img-source\">图片来源：视觉中国</p>";
		assertThat(MarkedSource.read(Jsoup.parse(html))).isEqualTo("东方新闻网");
		assertThat(MarkedSource.read(Jsoup.parse("<div id=\"article_source\">来源：人民网</div>"))).isEqualTo("人民网");
		assertThat(MarkedSource.read(Jsoup.parse("<p class=\"img-source\">视觉中国</p><p class=\"resource\">下载</p>")))
			.isNull();
		assertThat(MarkedSource.value("2019-09-07 阅读 300")).isNull();
	}

}
