package io.newsroll.report.xlsx;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellTextTest {

	@Test
	void treatsTextStartingWithFormulaCharactersAsFormulaLooking() {
		for (String s : new String[] { "=1+1", "+86 10", "-张三", "@all", "\tx", "\rx" }) {
			assertThat(CellText.looksLikeFormula(s)).as(s).isTrue();
		}
		for (String s : new String[] { "", "团结动员", "1=1", " =x", "中工网" }) {
			assertThat(CellText.looksLikeFormula(s)).as(s).isFalse();
		}
	}

	@Test
	void countsChineseCharactersAsTwoColumnsWide() {
		assertThat(CellText.displayWidth("中工网")).isEqualTo(6);
		assertThat(CellText.displayWidth("abc")).isEqualTo(3);
		assertThat(CellText.displayWidth("ＡＢ")).isEqualTo(4);
	}

	@Test
	void cutsTextToWhatACellHolds() {
		String longText = "字".repeat(CellText.MAX_LENGTH + 10);
		assertThat(CellText.fit(longText)).hasSize(CellText.MAX_LENGTH).endsWith("…");
		assertThat(CellText.fit("short")).isEqualTo("short");
	}

}
