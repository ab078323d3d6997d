package io.newsroll.spark;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleNamesTest {

	@ParameterizedTest
	@CsvSource({ "page.html, true", "PAGE.HTM, true", "a.shtml.gz, true", "dump.txt.GZ, true", "x.txt, true",
			"roster.csv, false", "roster.xlsx, false", "README.md, false", "page.html.bak, false", "archive.gz, false",
			".hidden.html, true", "_part.html, true" })
	void takesTheNamesIngestTakes(String name, boolean article) {
		assertThat(ArticleNames.isArticle(name)).isEqualTo(article);
	}

}
