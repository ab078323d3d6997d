package io.newsroll.core.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLdTest {

	@Test
	void readsTheArticleObjectOfAGraph() {
		String json = """
				{"@context":"https://schema.org","@graph":[
				 {"@type":"WebSite","name":"Example"},
				 {"@type":["NewsArticle"],"headline":"Caf\\u00e9 opens","datePublished":"2023-12-21T10:00:00-05:00",
				  "author":[{"@type":"Person","name":"Chris E. Hayner","description":"a } brace and a \\"quote\\""},
				            {"@type":"Person","name":"Tom Caswell"}],
				  "publisher":{"@type":"Organization","name":"GameSpot"}}]}
				""";
		JsonLd.ArticleFacts facts = JsonLd.read(json);

		assertThat(facts.headline()).isEqualTo("Café opens");
		assertThat(facts.datePublished()).isEqualTo("2023-12-21T10:00:00-05:00");
		assertThat(facts.authors()).containsExactly("Chris E. Hayner", "Tom Caswell");
		assertThat(facts.publisher()).isEqualTo("GameSpot");
	}

	@Test
	void acceptsAnOrganizationOrAPlainStringAsAuthor() {
		assertThat(JsonLd.read("{\"@type\":\"Article\",\"author\":{\"@type\":\"Organization\",\"name\":\"NBC News\"}}")
			.authors()).containsExactly("NBC News");
		assertThat(JsonLd.read("[{\"@type\":\"BlogPosting\",\"author\":\"Jane Doe\"}]").authors())
			.containsExactly("Jane Doe");
	}

	@Test
	void yieldsNothingForMalformedOrNonArticleJson() {
		assertThat(JsonLd.read("{\"@type\":\"NewsArticle\",\"headline\":")).isSameAs(JsonLd.ArticleFacts.NONE);
		assertThat(JsonLd.read("{\"@type\":\"Organization\",\"name\":\"X\"}")).isSameAs(JsonLd.ArticleFacts.NONE);
		assertThat(JsonLd.read("[".repeat(100_000))).isSameAs(JsonLd.ArticleFacts.NONE);
	}

	@Test
	void cleansBylineTailsFromMarkedAuthors() {
		assertThat(HtmlMeta.cleanMarkedAuthor("By Patrick Hruby | Published on December 20, 2023"))
			.isEqualTo("Patrick Hruby");
		assertThat(HtmlMeta.cleanMarkedAuthor("View all posts by Will Macmaster")).isEqualTo("Will Macmaster");
		assertThat(HtmlMeta.cleanMarkedAuthor("Courtney Carr Courtney Carr")).isEqualTo("Courtney Carr");
		assertThat(HtmlMeta.cleanMarkedAuthor("Will Macmaster Editor")).isEqualTo("Will Macmaster");
	}

}
