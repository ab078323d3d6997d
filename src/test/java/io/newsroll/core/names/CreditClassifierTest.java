package io.newsroll.core.names;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CreditClassifierTest {

	@ParameterizedTest
	@CsvSource({ "王五, PERSON", "王小五, PERSON", "欧阳修, PERSON", "欧阳小明, PERSON", "陈 刚, PERSON", "买买提·艾力, PERSON",
			"Jane Doe, PERSON", "kingname, PERSON", "新京报, ORGANISATION", "新浪科技, ORGANISATION", "网易财经, ORGANISATION",
			"澎湃新闻, ORGANISATION", "澎湃新闻网, ORGANISATION", "文汇报, ORGANISATION", "钱江晚报, ORGANISATION",
			"人民日报客户端, ORGANISATION", "某某公众号, ORGANISATION", "央视新闻频道, ORGANISATION", "本报, ORGANISATION",
			"本报记者, ORGANISATION", "新华社, ORGANISATION", "省发改委, ORGANISATION", "中国人民银行, ORGANISATION",
			"Reuters, ORGANISATION", "The Seattle Times, ORGANISATION", "整合, COMPILER_WORD", "编译, COMPILER_WORD",
			"整理, COMPILER_WORD", "产品经理, UNKNOWN", "华夏人文, UNKNOWN", "'', UNKNOWN" })
	void tellsPersonsFromOrganisationsAndCompilersWords(String credit, CreditClassifier.Kind kind) {
		assertThat(CreditClassifier.classify(credit)).as(credit).isEqualTo(kind);
	}

	@Test
	void takesACompilersWordOffAName() {
		assertThat(CreditClassifier.personName("陈智 整合")).contains("陈智");
		assertThat(CreditClassifier.personName("陈智整理")).contains("陈智");
		assertThat(CreditClassifier.personName("张三 译")).contains("张三");
		assertThat(CreditClassifier.personName("马 璐")).contains("马璐");
		assertThat(CreditClassifier.personName("新京报")).isEmpty();
		assertThat(CreditClassifier.personName("整合")).isEmpty();
		// a name that ends like a compiler's word stays whole when the rest is no name
		assertThat(CreditClassifier.withoutCompilerWord("王编")).isEqualTo("王编");
	}

	@Test
	void splitsNamesATextDumpGlued() {
		assertThat(CreditClassifier.splitGluedNames("刘玺东易赛楠")).containsExactly("刘玺东", "易赛楠");
		assertThat(CreditClassifier.splitGluedNames("刘国栋周炜")).containsExactly("刘国栋", "周炜");
		assertThat(CreditClassifier.splitGluedNames("王五")).containsExactly("王五");
		assertThat(CreditClassifier.splitGluedNames("产品经理")).containsExactly("产品经理");
	}

	@Test
	void aLatinCreditWithAnOutletsWordIsAnOrganisation() {
		// the words are MediaOutlets' [latin-words], the one list the English bylines
		// read too
		assertThat(CreditClassifier.classify("Associated Press")).isEqualTo(CreditClassifier.Kind.ORGANISATION);
		assertThat(CreditClassifier.classify("Acme Inc.")).isEqualTo(CreditClassifier.Kind.ORGANISATION);
		assertThat(CreditClassifier.classify("Forbes Staff")).isEqualTo(CreditClassifier.Kind.ORGANISATION);
		assertThat(CreditClassifier.classify("Jane Doe")).isEqualTo(CreditClassifier.Kind.PERSON);
		assertThat(MediaOutlets.latinWords()).contains("Press", "Reuters", "Redaktion");
	}

	@Test
	void judgesTheShapeOfAChineseName() {
		assertThat(CreditClassifier.isChineseNameShape("司马光")).isTrue();
		assertThat(CreditClassifier.isChineseNameShape("王")).isFalse();
		assertThat(CreditClassifier.isChineseNameShape("王小小五")).isFalse();
		assertThat(CreditClassifier.isChineseNameShape("王5")).isFalse();
		assertThat(CreditClassifier.isChineseNameShape(null)).isFalse();
	}

}
