package io.newsroll.core.article;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where an English HTML page names its author besides a "By" line: its name linked to the
 * author's page over the date, its name next to the site's name, and meta data that names
 * only the outlet.
 */
class HtmlBylineSignalsTest {

	private static final String PARAGRAPH = "<p>The city council voted on Tuesday to approve a new spending plan for schools and roads, after a debate that lasted more than six hours and drew a large crowd of residents.</p>";

	private final PageExtractor extractor = new PageExtractor(ExtractionSettings.defaults());

	@Test
	void readsTheAuthorsNameLinkedToTheirPageOverTheDate() {
		String html = page("",
				"<div><a href=\"/people/greg-potts\">Greg Potts</a></div>" + "<div>Published: 22 Dec 2023</div>");

		assertThat(extract(html).authors()).containsExactly("Greg Potts");
	}

	@Test
	void aLinkedNameWithoutADateUnderItIsNoByline() {
		String html = page("", "<div><a href=\"/topics/city-hall\">City Hall</a></div>");

		assertThat(extract(html).authors()).isEmpty();
	}

	@Test
	void aLinkedSectionOverTheDateIsNoByline() {
		String html = page("", "<div><a href=\"/news\">Breaking News</a></div><div>Published: 22 Dec 2023</div>");

		assertThat(extract(html).authors()).isEmpty();
	}

	@Test
	void readsTheAuthorsNameBeforeTheSitesName() {
		String html = page("<meta property=\"og:site_name\" content=\"Cherry Hill Courier-Post\">",
				"<div><a href=\"/staff/km\">Kaitlyn McCormick</a> Cherry Hill Courier-Post</div>");

		assertThat(extract(html).authors()).containsExactly("Kaitlyn McCormick");
	}

	@Test
	void metaDataThatNamesOnlyTheOutletIsNoAuthor() {
		String jsonLd = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council backs new spending plan\","
				+ "\"author\":{\"@type\":\"Person\",\"name\":\", The Daily Journal\"}}</script>";
		String html = page(jsonLd, "<div>By Jane Doe</div>");

		assertThat(extract(html).authors()).containsExactly("Jane Doe");
	}

	@Test
	void aBylineThatNamesTheMetaDatasAuthorAndMoreWins() {
		String jsonLd = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council backs new spending plan\","
				+ "\"author\":{\"@type\":\"Person\",\"name\":\"Chris E. Hayner\"}}</script>";

		assertThat(
				extract(page(jsonLd, "<div>By Chris E. Hayner and Tom Caswell on December 21, 2023</div>")).authors())
			.containsExactly("Chris E. Hayner", "Tom Caswell");
		// a byline naming someone else leaves the meta data's author
		assertThat(extract(page(jsonLd, "<div>By Jane Doe and Tom Caswell</div>")).authors())
			.containsExactly("Chris E. Hayner");
	}

	@Test
	void readsEveryAuthorLinkedSideBySideInTheByline() {
		String byline = "<div class=\"byline\">By <a href=\"/authors/jane-doe\" rel=\"author\">Jane Doe</a> and "
				+ "<a href=\"/authors/john-roe\">John Roe</a></div><div>December 21, 2023</div>";
		String related = "<aside><a href=\"/authors/jim-poe\">Jim Poe</a></aside>";

		assertThat(extract(page("", byline + related)).authors()).containsExactly("Jane Doe", "John Roe");
	}

	private static String page(String head, String byline) {
		return "<html><head><title>Council backs new spending plan | Example News</title>" + head + "</head><body>"
				+ "<h1>Council backs new spending plan</h1>" + byline + PARAGRAPH.repeat(4) + "</body></html>";
	}

	private Article extract(String html) {
		PageExtraction result = this.extractor.extract("page.html", html.getBytes(StandardCharsets.UTF_8));
		assertThat(result).isInstanceOf(PageExtraction.Extracted.class);
		return ((PageExtraction.Extracted) result).article();
	}

}
