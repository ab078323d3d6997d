package io.newsroll.core.article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EnglishBylineSearchTest {

	private final PageExtractor extractor = new PageExtractor(ExtractionSettings.defaults());

	private static final List<String> BODY = List.of(
			"The city council voted on Tuesday to approve a new spending plan for schools and roads, after a debate that lasted more than six hours and drew a large crowd.",
			"Supporters said the plan would repair crumbling school buildings and fix the potholes that residents have complained about for years, while keeping taxes flat.",
			"Opponents argued that the council had not explained how it would pay for the plan in later years, and asked for an independent review of the numbers before the vote.",
			"The mayor said the review would be published next month. “We owe residents a clear account of every dollar,” she said after the meeting.");

	@Test
	void findsABylinePrintedWellAboveTheHeadline() {
		Article article = extract(page("By Jane Doe", "Harvard Dean ‘Disappointed’ by Capitol Hill Hearing"));
		assertThat(article.authors()).containsExactly("Jane Doe");
	}

	@Test
	void aLowerCaseByInAnotherHeadlineIsNoByline() {
		Article article = extract(page("Photo: the chamber", "Harvard Dean ‘Disappointed’ by Capitol Hill Hearing"));
		assertThat(article.authors()).isEmpty();
	}

	@Test
	void readsAByOnItsOwnLineWithTheNameOnTheNext() {
		String text = dump(HEADLINE, DEK, "December 19, 2023", "By", "Thomas Reese", "facebook icon");

		assertThat(extract(text).authors()).containsExactly("Thomas Reese");
	}

	@Test
	void readsTheAuthorsNameAloneAboveTheDateUnderTheDek() {
		String text = dump(HEADLINE, DEK, "Nicolas Stecher", "Dec 8, 2023");
		String glued = text.replace("Nicolas Stecher", "Steven RuppWriterManufacturerPhotographerAlan MuirIllustrator");

		assertThat(extract(text).authors()).containsExactly("Nicolas Stecher");
		assertThat(extract(glued).authors()).isEmpty();
	}

	@Test
	void readsTheNameUnderALabelAloneBetweenHeadlineAndBody() {
		String text = dump(HEADLINE, "Dec 20, 2023 6 min read", "COMMENTARY BY", "Robert E. Moffit, Ph.D.",
				"Senior Research Fellow, Center for Health and Welfare Policy");

		assertThat(extract(text).authors()).containsExactly("Robert E. Moffit, Ph.D.");
	}

	@Test
	void readsTheAuthorsNameAboveTheirJobUnderTheDek() {
		String text = dump(HEADLINE, DEK, "Emma Whitford", "Forbes Staff");

		assertThat(extract(text).authors()).containsExactly("Emma Whitford");
	}

	@Test
	void readsTheAuthorsNameAboveTheHeadlineOverTheDate() {
		Article article = extract(
				page("Phillip Maciak/", "Other news").replace("Council backs new spending plan\n\nDecember 19, 2023",
						"December 19, 2023\n\nCouncil backs new spending plan"));
		assertThat(article.authors()).isEmpty();
		String text = dump("• Home", "• News", "Magazine", "Phillip Maciak/", "September 7, 2023", HEADLINE);
		assertThat(extract(text).authors()).containsExactly("Phillip Maciak");
	}

	@Test
	void aPhotoCreditAmongTheFirstParagraphsIsNeitherAuthorNorBody() {
		String text = String.join("\n\n", "Council backs new spending plan | Example News",
				"Council backs new spending plan", "Written by Patrick Hruby", "December 19, 2023", BODY.get(0),
				"Squint and you'll see daylight. Photograph by Rob Brunner.", BODY.get(1), BODY.get(2), BODY.get(3))
				+ "\n";

		Article article = extract(text);
		assertThat(article.authors()).containsExactly("Patrick Hruby");
		assertThat(article.bodyParagraphs()).containsExactlyElementsOf(BODY);
	}

	@Test
	void readsTheAuthorsNameInABulletOverTheDateBullet() {
		String text = dump(HEADLINE, DEK, "  • Callum Wells", "  • Published: 11:25, 17 Dec 2023");

		Article article = extract(text);
		assertThat(article.authors()).containsExactly("Callum Wells");
		assertThat(article.published().toLocalDateTime()).isEqualTo("2023-12-17T11:25");
	}

	private static final String HEADLINE = "Council backs new spending plan";

	private static final String DEK = "The plan, which passed after six hours of debate, will repair schools and roads across the city over the next five years.";

	/** A text dump: the {@code <title>} line, the given lines, then the body. */
	private static String dump(String... lines) {
		List<String> all = new ArrayList<>();
		all.add(HEADLINE + " | Example News");
		all.addAll(List.of(lines));
		all.addAll(BODY);
		return String.join("\n\n", all) + "\n";
	}

	private Article extract(String text) {
		PageExtraction result = this.extractor.extract("page.txt", text.getBytes(StandardCharsets.UTF_8));
		assertThat(result).isInstanceOf(PageExtraction.Extracted.class);
		return ((PageExtraction.Extracted) result).article();
	}

	/** A text dump: the byline, a long menu, the headline, the body, a teaser. */
	private static String page(String byline, String teaser) {
		List<String> lines = new ArrayList<>(List.of("Council backs new spending plan | Example News", byline,
				"Photo: the council chamber on Tuesday evening"));
		for (String item : List.of("Home", "News", "Sport", "Weather", "Culture", "Business", "Opinion", "Video",
				"Podcasts", "Newsletters")) {
			lines.add("• " + item);
		}
		lines.add("Council backs new spending plan");
		lines.add("December 19, 2023");
		lines.addAll(BODY);
		lines.add(teaser);
		return String.join("\n\n", lines) + "\n";
	}

}
