package io.newsroll.core.article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photo captions with their credits and the author's card at the end are not the
 * article's text.
 */
class CaptionsAndAuthorCardTest {

	private static final List<String> BODY = List.of(
			"The city council voted on Tuesday to approve a new spending plan for schools and roads, after a debate that lasted more than six hours and drew a large crowd.",
			"Supporters said the plan would repair crumbling school buildings and fix the potholes that residents have complained about for years, while keeping taxes flat.",
			"Opponents argued that the council had not explained how it would pay for the plan in later years, and asked for an independent review of the numbers.",
			"The mayor said the review would be published next month. “We owe residents a clear account of every dollar,” she said after the meeting.");

	private final PageExtractor extractor = new PageExtractor(ExtractionSettings.defaults());

	@Test
	void captionsWithAPhotoCreditLeaveTheBody() {
		List<String> captions = List.of(
				"Council members listen to residents during the budget hearing at City Hall on Tuesday. (Dania Maxwell / Example Times)",
				"Matthew N. Wells / The Daily WorldThe mayor speaks to reporters after the vote on the spending plan at City Hall.",
				"Residents line up to speak at the hearing, which lasted until after midnight on Tuesday. AFP via Getty Images",
				"An artist's drawing of the planned school building on Main Street. Image credit: City of Example.");
		List<String> lines = page(BODY.get(0), captions.get(0), BODY.get(1), captions.get(1), BODY.get(2),
				captions.get(2), captions.get(3), BODY.get(3));

		assertThat(paragraphs(lines)).containsExactlyElementsOf(BODY);
	}

	@Test
	void aParagraphAboutGettyImagesStays() {
		String about = "Getty Images said on Monday that it had licensed the photographs to the council, which plans to show them in the new library when it opens next spring.";
		List<String> lines = page(BODY.get(0), about, BODY.get(1), BODY.get(2));

		assertThat(paragraphs(lines)).containsExactly(BODY.get(0), about, BODY.get(1), BODY.get(2));
	}

	@Test
	void photoCreditsAreToldFromSentencesThatNameAnAgency() {
		assertThat(ArticleAssembler.isPhotoCredit("Photo: AP")).isTrue();
		assertThat(ArticleAssembler.isPhotoCredit(
				"Pope Francis participates in the opening session in the Paul VI Hall. (AP Photo/Andrew Medichini)"))
			.isTrue();
		assertThat(ArticleAssembler.isPhotoCredit("FPG//Getty Images")).isTrue();
		assertThat(ArticleAssembler.isPhotoCredit("COURTESY OF APPLE TV+")).isTrue();
		assertThat(ArticleAssembler.isPhotoCredit(
				"Reuters reported that Getty Images and the AP had both asked the court to dismiss the case (and lost)."))
			.isFalse();
		assertThat(ArticleAssembler.isPhotoCredit("The council voted 5 to 2 on the plan, a decision she called fair."))
			.isFalse();
	}

	@Test
	void theAuthorsCardAtTheEndLeavesTheBody() {
		List<String> lines = page(BODY.get(0), BODY.get(1), BODY.get(2), BODY.get(3), "Deborah Netburn",
				"Deborah Netburn covers faith, spirituality and joy for the Example Times. She started at The Times in 2006 and has written about science and health.");
		lines.add(2, "By Deborah Netburn");

		assertThat(paragraphs(lines)).containsExactlyElementsOf(BODY);
	}

	@Test
	void aLastParagraphAboutSomeoneElseStays() {
		String quote = "Jane Smith is a teacher at the school, and said she would keep asking the council for answers until the roof is fixed for good.";
		List<String> lines = page(BODY.get(0), BODY.get(1), BODY.get(2), quote);
		lines.add(2, "By Deborah Netburn");

		assertThat(paragraphs(lines)).containsExactly(BODY.get(0), BODY.get(1), BODY.get(2), quote);
	}

	private static List<String> page(String... body) {
		List<String> lines = new ArrayList<>(List.of("Council backs spending plan | Example News",
				"Council backs spending plan", "December 19, 2023"));
		lines.addAll(List.of(body));
		return lines;
	}

	private List<String> paragraphs(List<String> lines) {
		byte[] page = (String.join("\n\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
		PageExtraction result = this.extractor.extract("page.txt", page);
		assertThat(result).isInstanceOf(PageExtraction.Extracted.class);
		return ((PageExtraction.Extracted) result).article().bodyParagraphs();
	}

}
