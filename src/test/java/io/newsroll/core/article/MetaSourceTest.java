package io.newsroll.core.article;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Chinese page that prints no 来源 line still names its source in
 * {@code <meta name="source">}; the same tag on an English page names something else.
 */
class MetaSourceTest {

	private static final String BODY = "<p>　　全国总工会近日召开会议，部署今冬明春职工服务工作。会议强调，各级工会要把职工群众的安危冷暖放在心上，扎实做好困难职工帮扶、农民工欠薪治理和冬季送温暖等工作。</p>"
			+ "<p>　　会议指出，今年以来各级工会组织认真履行维护职工合法权益的基本职责，推动解决了一批职工群众急难愁盼问题，取得了明显成效，职工群众的获得感、幸福感、安全感不断增强。</p>";

	private final PageExtractor extractor = new PageExtractor(ExtractionSettings.defaults());

	@Test
	void aChinesePageWithoutASourceLineTakesItsSourceFromTheMetaData() {
		assertThat(extract("<meta name=\"source\" content=\"来源：人民网－人民日报\">", "").source()).isEqualTo("人民网－人民日报");
		assertThat(extract("<meta name=\"ContentSource\" content=\"工人日报\">", "").source()).isEqualTo("工人日报");
		// the printed line comes first
		assertThat(extract("<meta name=\"source\" content=\"新华网\">", "<div>2023-12-21 08:15 来源：工人日报</div>").source())
			.isEqualTo("工人日报");
	}

	@Test
	void anEnglishPagesSourceTagIsNoSource() {
		String html = "<html><head><title>Council backs spending plan | Example News</title>"
				+ "<meta name=\"source\" content=\"wordpress\"></head><body><h1>Council backs spending plan</h1>"
				+ "<p>The city council voted on Tuesday to approve a new spending plan for schools and roads, after a debate that lasted more than six hours.</p>"
					.repeat(3)
				+ "</body></html>";
		assertThat(article(html).source()).isNull();
	}

	private Article extract(String head, String byline) {
		return article("<html><head><title>全总部署今冬明春职工服务工作_中工网</title>" + head + "</head><body><h1>全总部署今冬明春职工服务工作</h1>"
				+ byline + BODY + "</body></html>");
	}

	private Article article(String html) {
		PageExtraction result = this.extractor.extract("page.html", html.getBytes(StandardCharsets.UTF_8));
		assertThat(result).isInstanceOf(PageExtraction.Extracted.class);
		return ((PageExtraction.Extracted) result).article();
	}

}
