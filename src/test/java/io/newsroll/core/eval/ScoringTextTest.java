package io.newsroll.core.eval;

import java.util.List;
import java.util.Map;

import io.newsroll.core.article.Article;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringTextTest {

	@Test
	void foldsCaseAsPythonCasefoldDoes() {
		assertThat(ScoringText.casefold("Straße ẞ ΣΟΦΟΣ ﬁ")).isEqualTo("strasse ss σοφοσ fi");
		assertThat(ScoringText.casefold("ı")).isEqualTo("ı");
		assertThat(ScoringText.casefold("\uAB70")).isEqualTo("\u13A0");
		assertThat(ScoringText.casefold("全总领导")).isEqualTo("全总领导");
	}

	@Test
	void normalisesWidthCaseAndSpacesNextToChineseCharacters() {
		assertThat(ScoringText.norm("  ＡＢＣ全角 标题　１２３ ")).isEqualTo("abc全角标题123");
		assertThat(ScoringText.norm("Chris  E.\u00A0Hayner\u001C")).isEqualTo("chris e. hayner");
		assertThat(ScoringText.norm(null)).isEmpty();
	}

	@Test
	void countsIdeographicNumbersAsCharactersOfBigrams() {
		// 〇 is a letter number: Python's isalnum() says yes, Java's isLetterOrDigit()
		// says no
		assertThat(ScoringText.bigrams("二〇〇五")).containsOnlyKeys("二〇", "〇〇", "〇五");
		assertThat(ScoringText.bigrams("中")).isEqualTo(Map.of("中", 1));
		assertThat(ScoringText.bigrams("，。")).isEmpty();
	}

	@Test
	void splitsWordsOnPythonWordCharacters() {
		assertThat(ScoringText.wordTokens("under_score café, x²-1")).containsExactly("under_score", "café", "x²", "1");
		assertThat(ScoringText.shingles4("one two three")).isEqualTo(Map.of("one two three", 1));
		assertThat(ScoringText.shingles4("a b c d e")).containsOnlyKeys("a b c d", "b c d e");
	}

	@Test
	void splitsNamesOnSeparatorsButNotInsideWords() {
		assertThat(ScoringText.nameSet("Jon Talton and Jane Doe")).containsExactly("jon talton", "jane doe");
		assertThat(ScoringText.nameSet("Ann & Bob / Carl; Dee、Eve")).containsExactly("ann", "bob", "carl", "dee",
				"eve");
		assertThat(ScoringText.nameSet("Sandra Landers")).containsExactly("sandra landers");
		assertThat(ScoringText.nameSet("伊琳 李清芬")).containsExactly("伊琳", "李清芬");
		assertThat(ScoringText.nameSet("段彦超 廖艳")).isEqualTo(ScoringText.nameSet("段彦超、廖艳"));
		assertThat(ScoringText.nameSet("李四 John  Smith")).containsExactly("李四", "john smith");
		assertThat(ScoringText.nameSet("  王  五  ")).containsExactly("王", "五");
		assertThat(ScoringText.nameSet(null)).isEmpty();
		// a supplementary ideograph is a word character before "and", as in Python
		assertThat(ScoringText.nameSet("\uD840\uDC00and；b")).containsExactly("\uD840\uDC00and", "b");
		assertThat(ScoringText.nameSet("x and y")).containsExactly("x", "y");
	}

	@Test
	void decidesChineseDocumentsByLanguageOrByCharacters() {
		assertThat(ScoringText.isCjkDocument("zh-CN", "plain English")).isTrue();
		assertThat(ScoringText.isCjkDocument("en", "中文")).isFalse();
		assertThat(ScoringText.isCjkDocument(null, "中文 text")).isTrue();
		assertThat(ScoringText.isCjkDocument("", "text with 中")).isFalse();
	}

	@Test
	void parsesDatesLenientlyToTheirWallClockParts() {
		assertThat(LenientDate.parse("2019-05-21T07:39:30+08:00")).isEqualTo(new LenientDate(2019, 5, 21, 7, 39));
		assertThat(LenientDate.parse("发布时间：2019年5月21日07:39")).isEqualTo(new LenientDate(2019, 5, 21, 7, 39));
		assertThat(LenientDate.parse("２０１９/０５/２１")).isEqualTo(new LenientDate(2019, 5, 21, null, null));
		assertThat(LenientDate.parse("1998-03")).isEqualTo(new LenientDate(1998, 3, null, null, null));
		assertThat(LenientDate.parse(" 2023 ")).isEqualTo(new LenientDate(2023, null, null, null, null));
		assertThat(LenientDate.parse("January 23, 2023")).isNull();
	}

	@Test
	void joinsChineseAuthorsWithSpacesAndOthersWithCommas() {
		assertThat(Prediction.joinAuthors(List.of("王建宏", "张文攀"))).isEqualTo("王建宏 张文攀");
		assertThat(Prediction.joinAuthors(List.of("Chris E. Hayner", "Tom Caswell")))
			.isEqualTo("Chris E. Hayner, Tom Caswell");
		assertThat(Prediction.joinAuthors(List.of())).isNull();
	}

	@Test
	void predictsFromAnArticleWithBodyParagraphsOnLines() {
		Article article = new Article("a1", "x/page.html", "html", "UTF-8", null, null, null, null, null, "标题",
				List.of("王建宏", "张文攀"), java.time.OffsetDateTime.parse("2019-05-21T07:39:30+08:00"), null, null,
				List.of(), List.of("第一段。", "第二段。"), null, "中工网", null, "刘刚", "zh", List.of());

		Prediction p = Prediction.of("page-1", article);

		assertThat(p).isEqualTo(
				new Prediction("page-1", "标题", "王建宏 张文攀", "2019-05-21T07:39:30+08:00", "中工网", "刘刚", "第一段。\n第二段。"));
	}

	@Test
	void formatsThreeDecimalsAsPythonDoesOnTies() {
		assertThat(Scores.threeDecimals(1.0 / 16)).isEqualTo("0.062");
		assertThat(Scores.threeDecimals(0.0005)).isEqualTo("0.001");
		assertThat(Scores.threeDecimals(1.0)).isEqualTo("1.000");
	}

}
