package io.newsroll.core.article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text dump made of the given lines, one paragraph each, and what the extractor makes
 * of it: the page the body-rule tests build around a council story.
 */
final class TextDumpPage {

	/** Four paragraphs of a council story: prose by every measure. */
	static final List<String> COUNCIL_BODY = List.of(
			"The city council voted on Tuesday to approve a new spending plan for schools and roads, after a debate that lasted more than six hours and drew a large crowd.",
			"Supporters said the plan would repair crumbling school buildings and fix the potholes that residents have complained about for years, while keeping taxes flat.",
			"Opponents argued that the council had not explained how it would pay for the plan in later years, and asked for an independent review of the numbers.",
			"The mayor said the review would be published next month. “We owe residents a clear account of every dollar,” she said after the meeting.");

	private static final PageExtractor EXTRACTOR = new PageExtractor(ExtractionSettings.defaults());

	private TextDumpPage() {
	}

	/** The council story's title line, headline and date, then the given lines. */
	static List<String> councilPage(String... body) {
		List<String> lines = new ArrayList<>(List.of("Council backs spending plan | Example News",
				"Council backs spending plan", "December 19, 2023"));
		lines.addAll(List.of(body));
		return lines;
	}

	/** The article extracted from a dump of these lines, a blank line between them. */
	static Article extract(List<String> lines) {
		byte[] page = (String.join("\n\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
		PageExtraction result = EXTRACTOR.extract("page.txt", page);
		assertThat(result).isInstanceOf(PageExtraction.Extracted.class);
		return ((PageExtraction.Extracted) result).article();
	}

	/** The body paragraphs extracted from a dump of these lines. */
	static List<String> paragraphs(List<String> lines) {
		return extract(lines).bodyParagraphs();
	}

}
