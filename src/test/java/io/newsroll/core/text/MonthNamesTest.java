package io.newsroll.core.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MonthNamesTest {

	@Test
	void namesEveryMonthInEveryLanguageOfTheTable() {
		assertThat(MonthNames.month("Dezember")).isEqualTo(12);
		assertThat(MonthNames.month("décembre")).isEqualTo(12);
		assertThat(MonthNames.month("diciembre")).isEqualTo(12);
		assertThat(MonthNames.month("grudnia")).isEqualTo(12);
		assertThat(MonthNames.month("MÄRZ")).isEqualTo(3);
		assertThat(MonthNames.month("Jan.")).isEqualTo(1);
		assertThat(MonthNames.month("août")).isEqualTo(8);
		assertThat(MonthNames.month("Menschen")).isZero();
		assertThat(MonthNames.month(null)).isZero();
		// every month has a name in German, French, Spanish and Polish
		for (int month = 1; month <= 12; month++) {
			int m = month;
			assertThat(MonthNames.all().values().stream().filter((v) -> v == m).count()).as("month %d", m)
				.isGreaterThanOrEqualTo(4);
		}
	}

	@Test
	void everyWordIsLowerCaseAndOneMonthOnly() {
		// the loader refuses a word listed twice; here: the words are written as looked
		// up
		MonthNames.all().keySet().forEach((w) -> assertThat(w).isLowerCase().doesNotEndWith(".").doesNotContain(" "));
	}

}
