package io.newsroll.core.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseTextTest {

	@Test
	void foldsEveryKindOfWhitespaceAndDropsZeroWidthCharacters() {
		assertThat(ChineseText.normalizeSpace("\u3000 正文\u00a0\u00a0第一段\u200b内容\t\n ")).isEqualTo("正文 第一段内容");
	}

	@Test
	void foldsFullWidthLettersAndDigitsButKeepsChinesePunctuation() {
		assertThat(ChineseText.foldWidth("ＡＰＥＣ会议２０１９年，ｉＰｈｏｎｅ。")).isEqualTo("APEC会议2019年，iPhone。");
	}

	@Test
	void fieldIsNullWhenBlank() {
		assertThat(ChineseText.field(" \u3000\u200b")).isNull();
		assertThat(ChineseText.field(" 中工网 ")).isEqualTo("中工网");
	}

	@Test
	void countsHanCharacters() {
		assertThat(ChineseText.hanCount("新华社2月13日电 Xinhua")).isEqualTo(6);
		assertThat(ChineseText.isAllHan("陈刚")).isTrue();
		assertThat(ChineseText.isAllHan("陈 刚")).isFalse();
	}

	@Test
	void tellsHanAsUnicodeScriptsDoForEveryCodePoint() {
		for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
			// the whole unified-ideograph block counts, including code points that
			// this JDK's Unicode version does not assign yet (U+9FFD..U+9FFF)
			boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
					|| (cp >= 0x4e00 && cp <= 0x9fff);
			if (ChineseText.isHan(cp) != han) {
				assertThat(ChineseText.isHan(cp)).as("U+%04X", cp).isEqualTo(han);
			}
		}
	}

	@Test
	void tellsSpacesAsTheCharacterTablesDoForEveryCharacter() {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			boolean space = c == ' ' || c == '\u00a0' || c == '\u3000' || Character.isWhitespace(c)
					|| Character.isSpaceChar(c);
			if (ChineseText.isSpace((char) c) != space) {
				assertThat(ChineseText.isSpace((char) c)).as("U+%04X", c).isEqualTo(space);
			}
		}
	}

}
