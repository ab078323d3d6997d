package io.newsroll.core.article;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article's own lists (ingredients, steps, facts) between its paragraphs stay in the
 * body; the headings of the link boxes and sections around it, in the corpus's languages,
 * do not.
 */
class BodyFurnitureTest {

	private static final PageExtractor EXTRACTOR = new PageExtractor(ExtractionSettings.defaults());

	private static final String HEAD = "<html><head><title>Apfelkuchen vom Blech</title></head><body>"
			+ "<nav><ul><li><a href=/>Start</a></li><li><a href=/r>Rezepte</a></li></ul></nav>"
			+ "<h1>Apfelkuchen vom Blech</h1><div class=text>";

	private static final String P1 = "<p>Der Kuchen ist schnell gemacht, braucht nur wenige Zutaten und schmeckt am "
			+ "besten noch warm mit einem Klecks Sahne, wie ihn schon die Großmutter jeden Sonntag gebacken hat.</p>";

	private static final String P2 = "<p>Den Ofen auf 180 Grad vorheizen, die Butter mit dem Zucker schaumig rühren, "
			+ "nach und nach die Eier und das Mehl unterrühren und den Teig auf dem Blech verstreichen.</p>";

	private static final String P3 = "<p>Die Äpfel schälen, in dünne Spalten schneiden und dicht an dicht auf den Teig "
			+ "legen; dann den Kuchen etwa vierzig Minuten backen, bis er goldbraun ist, und abkühlen lassen.</p>";

	private static final String P4 = "<p>Wer mag, streut vor dem Backen noch Mandelblättchen, Zimt und ein wenig braunen "
			+ "Zucker über die Äpfel, dann wird die Oberfläche beim Backen schön knusprig und duftet herrlich.</p>";

	private static Article extract(String html) {
		PageExtraction result = EXTRACTOR.extract("page.html", html.getBytes(StandardCharsets.UTF_8));
		assertThat(result).isInstanceOf(PageExtraction.Extracted.class);
		return ((PageExtraction.Extracted) result).article();
	}

	@Test
	void aListOfIngredientsBetweenTheParagraphsStaysInTheBody() {
		String html = HEAD + P1 + "<h3>Zutaten</h3><ul><li>250 g weiche Butter</li><li>200 g Zucker</li>"
				+ "<li>4 frische Eier</li><li>300 g Mehl</li><li>1 kg säuerliche Äpfel</li></ul>" + P2 + P3
				+ "</div><footer><a href=/i>Impressum</a></footer></body></html>";

		assertThat(extract(html).bodyParagraphs()).contains("250 g weiche Butter", "1 kg säuerliche Äpfel");
	}

	@Test
	void aRowOfShareLinksBetweenTheParagraphsStillLeavesTheBody() {
		String html = HEAD + P1 + "<ul><li><a href=/f>Auf Facebook teilen</a></li><li><a href=/t>Auf Twitter teilen"
				+ "</a></li><li><a href=/w>Per WhatsApp senden</a></li><li><a href=/m>Per E-Mail senden</a></li></ul>"
				+ P2 + P3 + "</div></body></html>";

		assertThat(extract(html).bodyParagraphs()).noneMatch((p) -> p.contains("teilen") || p.contains("senden"));
	}

	@Test
	void theHeadingOfABoxOfLinksBetweenTwoParagraphsLeavesTheBodyWithoutEndingIt() {
		String html = HEAD + P1 + P2 + "<h4>Lesen Sie auch</h4><p><a href=/a>Zwetschgenkuchen mit Streuseln</a></p>"
				+ P3 + "</div></body></html>";

		assertThat(extract(html).bodyParagraphs()).hasSize(3).noneMatch((p) -> p.startsWith("Lesen Sie"));
	}

	@Test
	void aRelatedArticlesHeadingInAnotherLanguageEndsTheBody() {
		String html = HEAD + P1 + P2 + P3 + "</div><h3>Ähnliche Beiträge</h3><div>" + P1.replace("Kuchen", "Strudel")
				+ "</div></body></html>";

		assertThat(extract(html).bodyParagraphs()).hasSize(3).noneMatch((p) -> p.contains("Strudel"));
	}

	@Test
	void aPicturesCaptionBetweenTheParagraphsLeavesTheBody() {
		String html = HEAD + P1 + "<figure><img src=a.jpg><figcaption>Frisch aus dem Ofen: der Kuchen kühlt auf dem "
				+ "Blech ab, bevor er in Stücke geschnitten wird.</figcaption></figure>" + P2 + P3
				+ "</div></body></html>";

		assertThat(extract(html).bodyParagraphs()).hasSize(3).noneMatch((p) -> p.startsWith("Frisch aus dem Ofen"));
	}

	@Test
	void theCommentFormsNoticeUnderTheArticleLeavesTheBody() {
		String html = HEAD + P1 + P2 + P3 + "<div><h3>Schreibe einen Kommentar</h3><p>Deine E-Mail-Adresse wird nicht "
				+ "veröffentlicht. Erforderliche Felder sind mit * markiert.</p></div></div></body></html>";

		assertThat(extract(html).bodyParagraphs()).hasSize(3).noneMatch((p) -> p.contains("E-Mail-Adresse"));
	}

	@Test
	void aListAfterTheLastParagraphInTheTextContainerStaysInTheBody() {
		String html = HEAD + P1 + P2 + P3 + P4 + "<p>Das braucht man dafür:</p><ul><li>ein tiefes Backblech</li>"
				+ "<li>einen Sparschäler</li><li>Backpapier</li></ul></div><div class=more><h3>Mehr Rezepte</h3>"
				+ "<p><a href=/x>Zwetschgenkuchen</a></p></div></body></html>";

		assertThat(extract(html).bodyParagraphs()).endsWith("Das braucht man dafür:", "ein tiefes Backblech",
				"einen Sparschäler", "Backpapier");
	}

	@Test
	void aQuestionBeforeTheAnswerInTheTextContainerStartsTheBody() {
		String html = HEAD + "<h4>Kann man den Kuchen auch einfrieren?</h4>" + P1 + P2 + P3 + P4
				+ "</div></body></html>";

		assertThat(extract(html).bodyParagraphs()).startsWith("Kann man den Kuchen auch einfrieren?");
	}

	@Test
	void aHeadingOrANoteAfterTheLastParagraphDoesNotJoinTheBody() {
		String html = HEAD + P1 + P2 + P3 + P4 + "<p>(Mitarbeit: Anna Beispiel)</p><h3>BESTE REZEPTE</h3></div>"
				+ "</body></html>";

		assertThat(extract(html).bodyParagraphs()).hasSize(4);
	}

}
