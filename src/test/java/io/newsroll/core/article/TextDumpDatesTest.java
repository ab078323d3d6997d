package io.newsroll.core.article;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text dump carries no meta data and no lang attribute: its date is read as a reader
 * reads it, in the way its language writes dates.
 */
class TextDumpDatesTest {

	private static final List<String> SPANISH_BODY = List.of(
			"El consejo municipal aprobó el martes un nuevo plan de gastos para las escuelas y las carreteras, después de un debate que duró más de seis horas.",
			"Los partidarios dijeron que el plan repararía los edificios escolares y arreglaría los baches de los que los vecinos se quejan desde hace años.",
			"Los opositores sostuvieron que el consejo no había explicado cómo pagaría el plan en los próximos años, y pidieron una revisión independiente.",
			"La alcaldesa dijo que la revisión se publicará el mes que viene. “Debemos a los vecinos una cuenta clara de cada peso”, afirmó tras la reunión.");

	@Test
	void aSlashedDateInASpanishDumpIsDayFirst() {
		List<String> lines = new java.util.ArrayList<>(List.of("El consejo aprueba el plan de gastos | Noticias",
				"El consejo aprueba el plan de gastos", "Publicado el 03/05/2022 a las 22h03"));
		lines.addAll(SPANISH_BODY);

		Article article = TextDumpPage.extract(lines);

		assertThat(article.published()).isNotNull();
		assertThat(article.published().toLocalDate()).hasToString("2022-05-03");
	}

	@Test
	void aSlashedDateInAnEnglishDumpStaysMonthFirst() {
		Article article = TextDumpPage
			.extract(TextDumpPage.councilPage(TextDumpPage.COUNCIL_BODY.toArray(new String[0]))
				.stream()
				.map((l) -> l.equals("December 19, 2023") ? "Posted 03/05/2022" : l)
				.toList());

		assertThat(article.published()).isNotNull();
		assertThat(article.published().toLocalDate()).hasToString("2022-03-05");
	}

}
