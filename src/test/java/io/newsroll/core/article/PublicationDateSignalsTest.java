package io.newsroll.core.article;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationDateSignalsTest {

	private static final String PARAGRAPH = "The committee asked the governing boards to publicly back the president, saying that the "
			+ "context of her remarks mattered and that the university should stand by its leadership in a difficult week.";

	private final PageExtractor extractor = new PageExtractor(ExtractionSettings.defaults());

	@Test
	void takesTheDateFromADatedArticlePathWhenThePageGivesNoOther() {
		String html = "<html><head><title>Context Matters | The Crimson</title>"
				+ "<link rel=\"canonical\" href=\"https://www.example.com/article/2023/12/12/context-matters/\"></head>"
				+ "<body><h1>Context Matters</h1>" + ("<p>" + PARAGRAPH + "</p>").repeat(3) + "</body></html>";

		assertThat(published(html, "page.html")).isEqualTo(LocalDate.of(2023, 12, 12));
	}

	@Test
	void aLastChangedTimeInTheMetaDataComesAfterTheDatePrintedUnderTheHeadline() {
		String body = ("<p>" + PARAGRAPH + "</p>").repeat(3);
		for (String updated : new String[] { "<meta property=\"og:updated_time\" content=\"2023-12-22T09:00:00Z\">",
				"<meta property=\"article:modified_time\" content=\"2023-12-22T09:00:00Z\">" }) {
			String html = "<html><head><title>Context Matters | The Crimson</title>" + updated + "</head><body>"
					+ "<h1>Context Matters</h1><div>By Jane Doe</div><div>Published December 20, 2023</div>" + body
					+ "</body></html>";
			assertThat(published(html, "page.html")).as(updated).isEqualTo(LocalDate.of(2023, 12, 20));
		}
		// a publication time in the meta data still comes first on an English page
		String html = "<html><head><title>Context Matters | The Crimson</title>"
				+ "<meta property=\"article:published_time\" content=\"2023-12-19T09:00:00Z\">"
				+ "<meta property=\"article:modified_time\" content=\"2023-12-22T09:00:00Z\"></head><body>"
				+ "<h1>Context Matters</h1><div>Updated December 22, 2023</div>" + body + "</body></html>";
		assertThat(published(html, "page.html")).isEqualTo(LocalDate.of(2023, 12, 19));
	}

	private static final String NOTICE = "<p>　　为做好重点项目建设区域的征地补偿工作，现将有关事项通告如下：自本通告发布之日起，上述区域内不得抢栽抢种、抢建抢修。</p>"
			+ "<p>　　相关部门要立即停止办理该区域内项目及资源开发的有关证照，对于违反规定的单位和个人必须坚决制止并依法查处。</p>"
			+ "<p>　　特此通告。</p><p>示例省人民政府</p><p>2022年1月27日</p>";

	@Test
	void datesAGovernmentDocumentByItsDateWrittenNotTheDayItWasPostedAndCreditsItsIssuer() {
		String table = "<table><tr><td>发文机关：</td><td>示例省人民政府</td><td>成文日期：</td><td>2022年01月27日</td></tr>"
				+ "<tr><td>发文字号：</td><td>示政明电〔2022〕1号</td><td>发布日期：</td><td>2022年01月28日</td></tr></table>";
		String html = "<html><head><title>示例省人民政府关于禁止在重点项目建设区域抢栽抢种抢建的通告</title></head><body>" + table
				+ "<h1>示例省人民政府关于禁止在重点项目建设区域抢栽抢种抢建的通告</h1>" + NOTICE + "</body></html>";
		String text = "示例省人民政府关于禁止在重点项目建设区域抢栽抢种抢建的通告\n\n发文机关:    示例省人民政府      成文日期:    2022年01月27日\n"
				+ "发文字号:    示政明电〔2022〕1号    发布日期:    2022年01月28日\n\n"
				+ NOTICE.replace("<p>", "").replace("</p>", "\n\n");

		assertThat(published(html, "page.html")).isEqualTo(LocalDate.of(2022, 1, 27));
		assertThat(published(text, "page.txt")).isEqualTo(LocalDate.of(2022, 1, 27));
		// and it is the work of the body that issues it
		assertThat(article(html, "page.html").authors()).containsExactly("示例省人民政府");
		assertThat(article(text, "page.txt").authors()).containsExactly("示例省人民政府");
	}

	@Test
	void ignoresPathNumbersThatAreNotADate() {
		String html = "<html><head><title>Study | Science</title>"
				+ "<link rel=\"canonical\" href=\"https://www.example.com/releases/2023/12/231213112457.htm\"></head>"
				+ "<body><h1>Study</h1>" + ("<p>" + PARAGRAPH + "</p>").repeat(3) + "</body></html>";

		assertThat(published(html, "page.html")).isNull();
	}

	@Test
	void findsADateFarBelowTheBodyWhenNoHeadlineIsShown() {
		// no line shows the <title>, and the only date sits under a long footer: the last
		// resort searches the whole page, not only what lies above the (missing) headline
		StringBuilder text = new StringBuilder("Budget approved after long night | Example News\n\nHome\nNews\n\n");
		for (String sentence : new String[] { "The council voted on Tuesday to approve the plan.",
				"Supporters said it would repair school buildings.", "Opponents asked for a review.",
				"The mayor said the review would be published next month." }) {
			text.append(PARAGRAPH).append(' ').append(sentence).append("\n\n");
		}
		for (int i = 0; i < 20; i++) {
			text.append("• Footer link ").append(i).append('\n');
		}
		text.append("\n2023-10-16\n");

		assertThat(published(text.toString(), "page.txt")).isEqualTo(LocalDate.of(2023, 10, 16));
	}

	@Test
	void takesTheDatePrintedJustAboveTheHeadline() {
		String text = "Princess Diana's dress sells for over $1M | Fox Business\n\nHome\nMarkets\n\nRoyals\n"
				+ "Published December 19, 2023 5:00am EST\n\nPrincess Diana's dress sells for over $1M\n\n"
				+ (PARAGRAPH + "\n\n").repeat(3) + "Related Stories\n\nPosted 1985-04-23 in the archive\n";

		assertThat(published(text, "page.txt")).isEqualTo(LocalDate.of(2023, 12, 19));
	}

	private LocalDate published(String page, String name) {
		Article article = article(page, name);
		return article.published() == null ? null : article.published().toLocalDate();
	}

	private Article article(String page, String name) {
		PageExtraction result = this.extractor.extract(name, page.getBytes(StandardCharsets.UTF_8));
		assertThat(result).isInstanceOf(PageExtraction.Extracted.class);
		return ((PageExtraction.Extracted) result).article();
	}

}
