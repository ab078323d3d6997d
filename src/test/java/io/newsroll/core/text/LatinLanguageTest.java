package io.newsroll.core.text;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatinLanguageTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"en|The council said that the plan was approved and that the money for the schools is there, with the roads to follow from this year, which the mayor has welcomed.",
			"de|Der Rat hat den Plan am Dienstag beschlossen, und die Schulen sollen das Geld noch in diesem Jahr bekommen; auch die Straßen werden saniert, sagte die Bürgermeisterin, die mit dem Ergebnis nicht unzufrieden ist.",
			"fr|Le conseil a approuvé le plan mardi et les écoles recevront une aide dans les prochains mois pour les travaux, qui ne sont pas encore chiffrés, selon le maire qui est satisfait du vote.",
			"es|El consejo aprobó el plan el martes y los colegios recibirán el dinero para las obras de este año, que se harán con una empresa local, según la alcaldesa, que lo considera un paso más.",
			"pl|Rada przyjęła plan we wtorek i szkoły dostaną pieniądze jeszcze w tym roku, jak zapowiedziała burmistrz, która jest zadowolona, że remont dróg też nie będzie opóźniony przez budżet oraz że to się uda." })
	void tellsTheLanguageOfAParagraphFromItsCommonestWords(String language, String text) {
		assertThat(LatinLanguage.guess(text)).isEqualTo(language);
	}

	@Test
	void tellsNothingFromAShortOrAChineseText() {
		assertThat(LatinLanguage.guess("Der Rat und die Stadt")).isNull();
		assertThat(LatinLanguage.guess("市议会周二投票批准了一项新的学校和道路支出计划，此前的辩论持续了六个多小时。")).isNull();
	}

	@Test
	void everyLanguageOfTheTableHasWordsInLowerCase() {
		Map<String, Set<String>> languages = LatinLanguage.languages();
		assertThat(languages).containsKeys("en", "de", "fr", "es", "it", "pt", "nl", "pl");
		languages.forEach((language, words) -> {
			assertThat(words).as(language).hasSizeGreaterThanOrEqualTo(10);
			words.forEach((w) -> assertThat(w).as(language).isEqualTo(w.toLowerCase(java.util.Locale.ROOT)));
		});
	}

}
