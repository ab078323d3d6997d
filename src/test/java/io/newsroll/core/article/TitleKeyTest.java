package io.newsroll.core.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.newsroll.core.text.ChineseText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-pass {@link PageTitle#key} gives the key the separate steps gave (width folded,
 * whitespace squeezed out, lower-cased by {@link String#toLowerCase(Locale)}, curly
 * quotes straightened), including where lower-casing depends on context (a final sigma)
 * or lengthens the text (İ).
 */
class TitleKeyTest {

	@Test
	void keysEveryLineOfTheTestPagesAsTheSeparateStepsDid() throws IOException {
		int lines = 0;
		try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
				.toList()) {
				for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
					assertThat(PageTitle.key(line)).isEqualTo(keyInSteps(line));
					lines++;
				}
			}
		}
		assertThat(lines).isGreaterThan(10_000);
	}

	@Test
	void keysCaseRulesThatDependOnContextAsTheSeparateStepsDid() {
		for (String title : List.of("ΟΔΟΣ", "ΟΔΟΣ ΑΘΗΝΑ", "Σ", "AΣ", "AΣ B", "AΣ’B", "İstanbul", "ＡＢＣ新闻 Ｎｅｗｓ",
				"“Quoted” ‘Title’", "Don’t Stop", "\u3000全角\u3000空格", "zero\u200bwidth", "Tab\tand\u00a0nbsp")) {
			assertThat(PageTitle.key(title)).as(title).isEqualTo(keyInSteps(title));
		}
	}

	@Test
	void caselessCharactersAreLeftAsTheyAreByLowerCase() {
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			if (PageTitle.isCaseless(c)) {
				String s = String.valueOf(c);
				assertThat(s.toLowerCase(Locale.ROOT)).as("U+%04X", (int) c).isEqualTo(s);
				assertThat(Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c))
					.as("U+%04X", (int) c)
					.isFalse();
			}
		}
	}

	@Property(tries = 3000)
	void keysRandomTitlesAsTheSeparateStepsDid(@ForAll("titles") String title) {
		assertThat(PageTitle.key(title)).isEqualTo(keyInSteps(title));
	}

	@Provide
	Arbitrary<String> titles() {
		return Arbitraries.strings().withChars("Aa Zz\tΣσΑİı‘’“”'\"ＡａＺ０\u3000\u200b\u00a0中文。-ｦ가").ofMaxLength(20);
	}

	private static String keyInSteps(String s) {
		String k = ChineseText.squeeze(ChineseText.foldWidth(s)).toLowerCase(Locale.ROOT);
		return k.replace('‘', '\'').replace('’', '\'').replace('“', '"').replace('”', '"');
	}

}
