package io.newsroll.core.roster;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamesTest {

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(delimiterString = "|", textBlock = """
			陈 刚 | 陈刚
			马\u00a0\u00a0 璐 | 马璐
			邹\u3000震 | 邹震
			王\u200b东明 | 王东明
			\u3000王东明\u00a0 | 王东明
			John  Smith | John Smith
			Xi\u00a0Jinping | Xi Jinping
			ＡＢＣ | ABC
			张１号 | 张1号
			阿卜杜 · 热西提 | 阿卜杜·热西提
			""")
	void removesPaddingInsideChineseNamesOnly(String raw, String expected) {
		assertThat(PersonNames.normalize(raw)).isEqualTo(expected);
	}

	@Test
	void blankOrNullIsEmpty() {
		assertThat(PersonNames.normalize(null)).isEmpty();
		assertThat(PersonNames.normalize(" \u00a0\u3000")).isEmpty();
	}

}
