package io.newsroll.core.article;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StandfirstTest {

	private static final String DEK = "Elias und Mikael Ymer haben bei den Turnieren in Pune und Montpellier für zwei "
			+ "Überraschungen gesorgt und ihre gesetzten Gegner in zwei Sätzen bezwungen.";

	private static final String PARAGRAPH = "<p>Es mag nur ein kleines Lebenszeichen für das einstmals so große schwedische "
			+ "Tennis gewesen sein, als die beiden Brüder im vergangenen Jahr zum ersten Mal gemeinsam im Hauptfeld standen "
			+ "und danach lange ohne einen Sieg auf der Tour blieben.</p>";

	@Test
	void theStandfirstAboveTheBylineIsTheBodysFirstParagraph() {
		String html = "<html><head><title>Zwei Überraschungen an einem Tag</title></head><body>"
				+ "<h1>Zwei Überraschungen an einem Tag</h1><p>" + DEK + "</p><p>von Anna Dunst</p>"
				+ "<p>zuletzt bearbeitet: 04.02.2022, 08:27 Uhr</p><figure><img src=\"a.jpg\"><div>© Getty Images</div>"
				+ "<figcaption>Elias Ymer während der Finalrunde in Madrid</figcaption></figure>" + PARAGRAPH.repeat(4)
				+ "</body></html>";
		Article article = extract(html, "page.html");
		assertThat(article.bodyParagraphs()).hasSize(5);
		assertThat(article.bodyParagraphs().get(0)).isEqualTo(DEK);
		assertThat(article.bodyParagraphs()).noneMatch((p) -> p.contains("Anna Dunst") || p.contains("bearbeitet"));
	}

	private static Article extract(String page, String name) {
		PageExtraction result = new PageExtractor(ExtractionSettings.defaults()).extract(name,
				page.getBytes(StandardCharsets.UTF_8));
		assertThat(result).isInstanceOf(PageExtraction.Extracted.class);
		return ((PageExtraction.Extracted) result).article();
	}

}
