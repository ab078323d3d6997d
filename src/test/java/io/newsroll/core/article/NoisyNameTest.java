package io.newsroll.core.article;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoisyNameTest {

	/**
	 * The pattern the word lookup replaced (it ran on every element of every page): the
	 * lookup must answer as it did.
	 */
	private static final Pattern REFERENCE = Pattern.compile(
			"(?:^|[-_\\s])(?:nav|navbar|navigation|menu|footer|foot|sidebar|side|share|sharing|social|related|relate"
					+ "|recommend|comment|comments|breadcrumbs?|crumbs?|copyright|advert|ads?|banner|toolbar|subscribe"
					+ "|newsletter|promo|popular|ranking|rank|hot|tags|login|modal|cookie|disclaimer|more)(?:$|[-_\\s\\d])",
			Pattern.CASE_INSENSITIVE);

	@Test
	void findsBoilerplateWordsInClassNames() {
		assertThat(HtmlLines.hasNoisyWord("main-nav")).isTrue();
		assertThat(HtmlLines.hasNoisyWord("col Sidebar")).isTrue();
		assertThat(HtmlLines.hasNoisyWord("ad_2")).isTrue();
		assertThat(HtmlLines.hasNoisyWord("nav2")).isTrue();
		assertThat(HtmlLines.hasNoisyWord("2nav")).isFalse();
		assertThat(HtmlLines.hasNoisyWord("navx")).isFalse();
		assertThat(HtmlLines.hasNoisyWord("article-body")).isFalse();
		assertThat(HtmlLines.hasNoisyWord("shadow")).isFalse();
		assertThat(HtmlLines.hasNoisyWord("")).isFalse();
	}

	@Test
	void answersAsThePatternItReplacedOnRandomNames() {
		String[] parts = { "nav", "navbar", "Menu", "side", "sidebar", "ad", "ads", "adx", "hot", "HOT", "more",
				"article", "body", "content", "crumb", "breadcrumbs", "x", "-", "_", " ", "\t", "1", "9", ".", ":", "é",
				"中", "tags", "tag", "relate", "related", "ranking", "rank" };
		Random random = new Random(20261124L);
		for (int i = 0; i < 200_000; i++) {
			StringBuilder name = new StringBuilder();
			int n = random.nextInt(6);
			for (int k = 0; k < n; k++) {
				name.append(parts[random.nextInt(parts.length)]);
			}
			String s = name.toString();
			assertThat(HtmlLines.hasNoisyWord(s)).as("'%s'", s).isEqualTo(REFERENCE.matcher(s).find());
		}
	}

}
