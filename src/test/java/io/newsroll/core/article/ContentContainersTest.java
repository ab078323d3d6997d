package io.newsroll.core.article;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentContainersTest {

	private static final String PARAGRAPH = "<p>2020年，因为疫情影响，各地政府的首要任务就是助力当地经济恢复，尽可能减少疫情带来的损失，"
			+ "各地纷纷推出消费券、直播带货等新办法，商务部门的负责人也走进直播间，为本地的产品和景点代言。</p>";

	private static final String TEASERS = "<div class=\"list\"><p><a href=\"/a\">长春市推出新一轮消费券，覆盖餐饮、零售和文旅等多个行业</a></p>"
			+ "<p><a href=\"/b\">宁波港集装箱吞吐量创新高，外贸企业订单明显回暖，港口作业一片繁忙</a></p>"
			+ "<p><a href=\"/c\">探路先行：中国制造2025试点城市花落宁波，智能制造项目陆续落地开工</a></p></div>";

	@Test
	void theContainerOfTheTextIsTheOneWithTheMostProseOutsideLinks() {
		Document doc = Jsoup.parse("<html><body>" + TEASERS + "<div id=\"main_content\">" + PARAGRAPH.repeat(4)
				+ "</div>" + TEASERS + "</body></html>");
		Element found = ContentContainers.find(doc, Deadline.none());
		assertThat(found).isNotNull();
		assertThat(found.id()).isEqualTo("main_content");
	}

	@Test
	void aPageOfTeaserLinksHasNoContainer() {
		Document doc = Jsoup.parse("<html><body>" + TEASERS.repeat(5) + "</body></html>");
		assertThat(ContentContainers.find(doc, Deadline.none())).isNull();
	}

	@Test
	void aContainerNamedForContentIsReadEvenInsideAnAreaNamedLikeAShareBar() {
		String html = "<html><head><title>疫情防控常态化下,长春市的新经济之路</title></head><body>"
				+ "<h1>疫情防控常态化下,长春市的新经济之路</h1><div>2020年09月11日 18:05</div>"
				+ "<div id=\"artical_real\" class=\"js_img_share_area\"><div id=\"main_content\">" + PARAGRAPH.repeat(4)
				+ "</div></div>" + TEASERS + "</body></html>";
		PageExtraction result = new PageExtractor(ExtractionSettings.defaults()).extract("page.html",
				html.getBytes(StandardCharsets.UTF_8));
		assertThat(result).isInstanceOf(PageExtraction.Extracted.class);
		Article article = ((PageExtraction.Extracted) result).article();
		assertThat(article.bodyParagraphs()).hasSize(4);
		assertThat(article.bodyParagraphs().get(0)).startsWith("2020年，因为疫情影响");
	}

}
