package io.newsroll.core.article;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photo captions with their credits and the author's card at the end are not the
 * article's text.
 */
class CaptionsAndAuthorCardTest {

	private static final List<String> BODY = TextDumpPage.COUNCIL_BODY;

	@Test
	void pictureLabelsOfOtherLanguagesMakeACredit() {
		for (String credit : new String[] { "Foto: ÖTZ", "Bild: shutterstock", "Imagen: Archivo UH." }) {
			assertThat(Captions.isPhotoCredit(credit)).as(credit).isTrue();
		}
		assertThat(Captions.isPhotoCredit("Ich mag jede Art von Fotografie: Landschaften, Menschen und Tiere."))
			.isFalse();
	}

	@Test
	void captionsWithAPhotoCreditLeaveTheBody() {
		List<String> captions = List.of(
				"Council members listen to residents during the budget hearing at City Hall on Tuesday. (Dania Maxwell / Example Times)",
				"Matthew N. Wells / The Daily WorldThe mayor speaks to reporters after the vote on the spending plan at City Hall.",
				"Residents line up to speak at the hearing, which lasted until after midnight on Tuesday. AFP via Getty Images",
				"An artist's drawing of the planned school building on Main Street. Image credit: City of Example.");
		List<String> lines = TextDumpPage.councilPage(BODY.get(0), captions.get(0), BODY.get(1), captions.get(1),
				BODY.get(2), captions.get(2), captions.get(3), BODY.get(3));

		assertThat(TextDumpPage.paragraphs(lines)).containsExactlyElementsOf(BODY);
	}

	@Test
	void aCaptionPrintedAgainWithItsCreditLeavesTheBodyBothTimes() {
		String caption = "Snow falls as residents walk past the holiday displays outside City Hall on Tuesday evening.";
		List<String> lines = TextDumpPage.councilPage(BODY.get(0), BODY.get(1), caption,
				caption + " (Armando L. Sanchez/Example Times)", "Advertisement", BODY.get(2),
				"Advertisement - Scroll to continue", BODY.get(3));

		assertThat(TextDumpPage.paragraphs(lines)).containsExactlyElementsOf(BODY);
	}

	@Test
	void aSlideshowsCaptionsPrintedTwiceOrGluedToTheirCreditLeaveTheBody() {
		String caption = "Jade Black, a portrait photographer, poses on the beach during the last summer day in Ocean Shores, where she has worked for years.";
		List<String> lines = TextDumpPage.councilPage(BODY.get(0), BODY.get(1), "Jade Black" + caption, BODY.get(2),
				"Jade Black " + caption, caption + caption, BODY.get(3));

		assertThat(TextDumpPage.paragraphs(lines)).containsExactlyElementsOf(BODY);
		assertThat(BodyCleaner.repeatKey(BodyCleaner.withoutSpaces("one caption, one credit  one caption,one credit")))
			.isEqualTo("onecaption,onecredit");
	}

	@Test
	void aBracketedPairInsideASentenceIsNoCredit() {
		String sentence = "The vote split along party lines (Democrat/Republican) for the first time in years, and the mayor said she regretted it.";
		List<String> lines = TextDumpPage.councilPage(BODY.get(0), sentence, BODY.get(1), BODY.get(2));

		assertThat(TextDumpPage.paragraphs(lines)).containsExactly(BODY.get(0), sentence, BODY.get(1), BODY.get(2));
	}

	@Test
	void aParagraphAboutGettyImagesStays() {
		String about = "Getty Images said on Monday that it had licensed the photographs to the council, which plans to show them in the new library when it opens next spring.";
		List<String> lines = TextDumpPage.councilPage(BODY.get(0), about, BODY.get(1), BODY.get(2));

		assertThat(TextDumpPage.paragraphs(lines)).containsExactly(BODY.get(0), about, BODY.get(1), BODY.get(2));
	}

	@Test
	void photoCreditsAreToldFromSentencesThatNameAnAgency() {
		assertThat(Captions.isPhotoCredit("Photo: AP")).isTrue();
		assertThat(Captions.isPhotoCredit(
				"Pope Francis participates in the opening session in the Paul VI Hall. (AP Photo/Andrew Medichini)"))
			.isTrue();
		assertThat(Captions.isPhotoCredit("FPG//Getty Images")).isTrue();
		assertThat(Captions.isPhotoCredit("COURTESY OF APPLE TV+")).isTrue();
		assertThat(Captions.isPhotoCredit(
				"Reuters reported that Getty Images and the AP had both asked the court to dismiss the case (and lost)."))
			.isFalse();
		assertThat(Captions.isPhotoCredit("The council voted 5 to 2 on the plan, a decision she called fair."))
			.isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Flowers at the memorial on Sunday. Getty Images", "Crowds at the fair. (GETTYIMAGES)",
			"The new bridge at dusk. Shutterstock.", "Fans at the final. AP Photo", "Fire crews at work. Via AP",
			"The mayor speaks. (File Photo)  ", "The garden in May. Courtesy of the Smith family",
			"The garden in May. courtesy of City Hall)", "Protesters gather. (Jane Doe / The Daily World)",
			"Protesters gather outside. (AFP)", "Rescue teams at the site (Reuters/Jane Doe)",
			"A view of the harbor. (Jane Doe/Example Times)", "Image credit: NASA", "(Photo by Jane Doe)",
			"Matthew N. Wells / The Daily World The crowd at the fair." })
	void everyFormOfCreditIsOne(String caption) {
		// each alternative of the credit patterns, so that the cheap tests run before
		// them
		// never turn one away
		assertThat(Captions.isPhotoCredit(caption)).isTrue();
	}

	@Test
	void theAuthorsCardAtTheEndLeavesTheBody() {
		List<String> lines = TextDumpPage.councilPage(BODY.get(0), BODY.get(1), BODY.get(2), BODY.get(3),
				"Deborah Netburn",
				"Deborah Netburn covers faith, spirituality and joy for the Example Times. She started at The Times in 2006 and has written about science and health.");
		lines.add(2, "By Deborah Netburn");

		assertThat(TextDumpPage.paragraphs(lines)).containsExactlyElementsOf(BODY);
	}

	@Test
	void aLastParagraphAboutSomeoneElseStays() {
		String quote = "Jane Smith is a teacher at the school, and said she would keep asking the council for answers until the roof is fixed for good.";
		List<String> lines = TextDumpPage.councilPage(BODY.get(0), BODY.get(1), BODY.get(2), quote);
		lines.add(2, "By Deborah Netburn");

		assertThat(TextDumpPage.paragraphs(lines)).containsExactly(BODY.get(0), BODY.get(1), BODY.get(2), quote);
	}

}
