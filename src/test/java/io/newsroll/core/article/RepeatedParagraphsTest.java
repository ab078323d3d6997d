package io.newsroll.core.article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatedParagraphsTest {

	private static final String CAPTION = "Jade Black's husband, Junior, is an essential part of much of her work at every shoot.";

	private static final List<String> BODY = List.of(
			"The city council voted on Tuesday to approve a new spending plan for schools and roads, after a debate that lasted more than six hours and drew a large crowd.",
			"Supporters said the plan would repair crumbling school buildings and fix the potholes that residents have complained about for years, while keeping taxes flat.",
			"Opponents argued that the council had not explained how it would pay for the plan in later years, and asked for an independent review of the numbers.",
			"The mayor said the review would be published next month. “We owe residents a clear account of every dollar,” she said after the meeting.");

	private final PageExtractor extractor = new PageExtractor(ExtractionSettings.defaults());

	@Test
	void aCaptionThePageShowsTwiceIsLeftOutOfTheBody() {
		List<String> lines = new ArrayList<>(List.of("Council backs spending plan | Example News",
				"Council backs spending plan", "December 19, 2023", BODY.get(0), CAPTION, BODY.get(1), BODY.get(2),
				BODY.get(3), "Gallery", CAPTION));

		// the gallery's heading may join the body's run; the caption, shown twice, may
		// not
		assertThat(paragraphs(lines)).doesNotContain(CAPTION).containsSubsequence(BODY);
	}

	@Test
	void aPageMadeOfOneRepeatedParagraphKeepsIt() {
		List<String> lines = new ArrayList<>(List.of("Council backs spending plan | Example News",
				"Council backs spending plan", "December 19, 2023", BODY.get(0), BODY.get(0), BODY.get(0)));

		assertThat(paragraphs(lines)).containsExactly(BODY.get(0), BODY.get(0), BODY.get(0));
	}

	private List<String> paragraphs(List<String> lines) {
		byte[] page = (String.join("\n\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
		PageExtraction result = this.extractor.extract("page.txt", page);
		assertThat(result).isInstanceOf(PageExtraction.Extracted.class);
		return ((PageExtraction.Extracted) result).article().bodyParagraphs();
	}

}
