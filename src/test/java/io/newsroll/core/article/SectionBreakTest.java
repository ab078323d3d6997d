package io.newsroll.core.article;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectionBreakTest {

	private static final String SHORT_ARTICLE = "路透月度調查顯示，日本企業信心5月保持穩定，但製造業及服務業反映，日圓疲弱帶來的通脹壓力正損害利潤。";

	private static final String TEASER = "最新港產片熱播，好評如潮，不少人建議政府復刻該片的場景作為旅遊景點。事實上，現今旅遊業講求差異化特色，港產片正是香港文化最大特色之一，"
			+ "但單獨營運一個場景管理不易，吸引力亦有限，當局不妨考慮興建主題公園，集合自七十年代起的經典電影場景。";

	@Test
	void recognisesHeadingsThatOpenAnotherSection() {
		assertThat(LineWeight.isSectionBreak("你可能還想看")).isTrue();
		assertThat(LineWeight.isSectionBreak("相关阅读")).isTrue();
		assertThat(LineWeight.isSectionBreak("【相关新闻】")).isTrue();
		assertThat(LineWeight.isSectionBreak("Related Stories")).isTrue();
		assertThat(LineWeight.isSectionBreak("More From TIME")).isFalse();
		assertThat(LineWeight.isSectionBreak("相关部门表示将加强监管")).isFalse();
	}

	@Test
	void aTagListClosesTheArticle() {
		assertThat(LineWeight.isSectionBreak("Tagged as")).isTrue();
		assertThat(LineWeight.isSectionBreak("标签：")).isTrue();
		assertThat(LineWeight.isSectionBreak("Tags")).isTrue();
		assertThat(LineWeight.isSectionBreak("Tagged as a suspect")).isFalse();
	}

	@Test
	void endsTheBodyAtASectionBreakEvenWhenTheTeasersBelowWeighMore() {
		String html = "<html><head><title>日企信心保持穩定-財經</title></head><body><h1>日企信心保持穩定</h1>" + "<p>" + SHORT_ARTICLE
				+ "</p><p>" + SHORT_ARTICLE + "</p><h3>你可能還想看</h3>" + ("<p>" + TEASER + "</p>").repeat(4)
				+ "</body></html>";
		PageExtraction result = new PageExtractor(ExtractionSettings.defaults()).extract("p.html",
				html.getBytes(StandardCharsets.UTF_8));

		Article article = ((PageExtraction.Extracted) result).article();
		assertThat(article.bodyParagraphs()).containsExactly(SHORT_ARTICLE, SHORT_ARTICLE);
	}

}
