package io.newsroll.core.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bylines of German, French, Spanish, Dutch and Italian pages; the names are made up. */
class OtherLanguageBylinesTest {

	@Test
	void aByWordOpensTheByline() {
		assertThat(OtherLanguageBylines.byline("Von Anna Beispiel")).containsExactly("Anna Beispiel");
		assertThat(OtherLanguageBylines.byline("Von: Karl Muster")).containsExactly("Karl Muster");
		assertThat(OtherLanguageBylines.byline("Par Jeanne Exemple")).containsExactly("Jeanne Exemple");
		assertThat(OtherLanguageBylines.byline("Por Lucía Ejemplo y Pablo Modelo")).containsExactly("Lucía Ejemplo",
				"Pablo Modelo");
		assertThat(OtherLanguageBylines.byline("Door Pieter de Voorbeeld")).containsExactly("Pieter de Voorbeeld");
	}

	@Test
	void severalNamesEndBeforeAnOutletOfOneWord() {
		assertThat(OtherLanguageBylines.byline("Von Eva Probe, Jan Lukas Test und Maria Muster, XYZ"))
			.containsExactly("Eva Probe", "Jan Lukas Test", "Maria Muster");
		assertThat(OtherLanguageBylines.byline("Autorin: Petra Probe, ABC, Oktober 2008"))
			.containsExactly("Petra Probe");
	}

	@Test
	void aLabelWithAColonOpensIt() {
		assertThat(OtherLanguageBylines.byline("Text: Ulla Beispiel")).containsExactly("Ulla Beispiel");
		assertThat(OtherLanguageBylines.byline("Auteur : Koffi Exemple")).containsExactly("Koffi Exemple");
		assertThat(OtherLanguageBylines.byline("Text & Fotos: Igor Muster      0 337")).containsExactly("Igor Muster");
		assertThat(OtherLanguageBylines.byline("• Autor: Gàbor Exemplé, Datum: 03.Mär.19"))
			.containsExactly("Gàbor Exemplé");
	}

	@Test
	void aDateOrAVerbOfWritingMayStandBeforeTheByWord() {
		assertThat(OtherLanguageBylines.byline("22. Dezember 2019 von Hans Beispiel")).containsExactly("Hans Beispiel");
		assertThat(OtherLanguageBylines.byline("6. Dezember 2022 von Lena in Gefühle, Popkultur"))
			.containsExactly("Lena");
		assertThat(OtherLanguageBylines.byline("Geschrieben von Hugo am 25.08.2015 22:30 (1599 x gelesen)"))
			.containsExactly("Hugo");
		assertThat(OtherLanguageBylines.byline("Publié par Marc Exemple le 3 mars")).containsExactly("Marc Exemple");
	}

	@Test
	void whatADumpGluesOrSpacesAfterTheNameIsCutOff() {
		assertThat(OtherLanguageBylines.byline("von Nina Probe13.12.2022 - 08:13 Uhr")).containsExactly("Nina Probe");
		assertThat(OtherLanguageBylines.byline("Text von Carl Muster     Illustration von Max Bild"))
			.containsExactly("Carl Muster");
		assertThat(OtherLanguageBylines.byline("von Forum1")).containsExactly("Forum1");
	}

	@Test
	void proseAndMenusAreNoBylines() {
		assertThat(OtherLanguageBylines.byline("Von Menschen und Mäusen")).isEmpty();
		assertThat(OtherLanguageBylines.byline("Die Rede von Angela am Montag war kurz.")).isEmpty();
		assertThat(OtherLanguageBylines.byline("Vom Winde verweht ist ein Film")).isEmpty();
		assertThat(OtherLanguageBylines.byline("Von der Idee zum Produkt")).isEmpty();
		assertThat(OtherLanguageBylines.byline("Texto: el gobierno anunció")).isEmpty();
	}

	@Test
	void aNameAmongDatesAndTimesInARowOfFieldsIsTheByline() {
		assertThat(EnglishBylines.nameAmongDates("04.02.2022 | 13:10 Uhr | Jana Beispiel"))
			.containsExactly("Jana Beispiel");
		assertThat(EnglishBylines.nameAmongDates("Jana Beispiel · 3 March 2021")).containsExactly("Jana Beispiel");
		// a second field of words: a section, not only a byline
		assertThat(EnglishBylines.nameAmongDates("04.02.2022 | Jana Beispiel | Weltpolitik")).isEmpty();
		assertThat(EnglishBylines.nameAmongDates("Jana Beispiel")).isEmpty();
		assertThat(EnglishBylines.nameAmongDates("04.02.2022 | Aktuelle Meldungen")).isEmpty();
	}

	@Test
	void aSlashAfterTheNameEndsAnEnglishByline() {
		assertThat(EnglishBylines.englishByline("By Jane Example/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020"))
			.containsExactly("Jane Example");
	}

}
