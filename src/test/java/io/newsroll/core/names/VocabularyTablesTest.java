package io.newsroll.core.names;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The vocabularies are complete, well-formed data. */
class VocabularyTablesTest {

	@Test
	void theSurnameTableHoldsTheCommonSingleAndCompoundNames() {
		int[] sizes = ChineseSurnames.sizes();
		assertThat(sizes[0]).isGreaterThan(400);
		assertThat(sizes[1]).isGreaterThan(50);
		for (String name : List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "闫", "覃", "岳", "涂", "欧阳", "司马",
				"诸葛", "上官")) {
			assertThat(ChineseSurnames.isSurname(name)).as(name).isTrue();
		}
		assertThat(ChineseSurnames.isSurname("新")).isFalse();
		assertThat(ChineseSurnames.prefixLength("欧阳修")).isEqualTo(2);
		assertThat(ChineseSurnames.prefixLength("欧文")).isEqualTo(1);
		assertThat(ChineseSurnames.prefixLength("新京报")).isZero();
		assertThat(ChineseSurnames.prefixLength("")).isZero();
	}

	@Test
	void theOutletVocabularyHasEverySectionAndNoDuplicate() {
		Map<String, List<String>> file = VocabularyFile.read("media-outlets.txt");
		assertThat(file).containsKeys("outlets", "portals", "channels", "endings", "short-endings", "house",
				"latin-words");
		file.forEach((section, entries) -> assertThat(entries).as(section)
			.doesNotHaveDuplicates()
			.allSatisfy((e) -> assertThat(e).doesNotContain(" ")));
		assertThat(file.get("short-endings")).allSatisfy((e) -> assertThat(e).hasSize(1));
	}

	@Test
	void theCreditWordsHaveBothSections() {
		Map<String, List<String>> file = VocabularyFile.read("credit-words.txt");
		assertThat(file.get("compiler")).contains("整合", "整理", "编译").doesNotHaveDuplicates();
		assertThat(file.get("organisation-endings")).contains("委", "公司").doesNotHaveDuplicates();
	}

	@Test
	void aMissingVocabularyIsAPackagingError() {
		assertThatThrownBy(() -> VocabularyFile.read("none.txt")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("none.txt");
	}

}
