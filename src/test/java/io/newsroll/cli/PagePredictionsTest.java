package io.newsroll.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagePredictionsTest {

	@Test
	void namesACorpusPageAfterItsFolder() {
		assertThat(PagePredictions.truthId(Path.of("corpus/dev/pages/cwced-0ef8393b/page.html")))
			.isEqualTo("cwced-0ef8393b");
		assertThat(PagePredictions.truthId(Path.of("pages/mh-090704b0cb2e/page.txt.gz"))).isEqualTo("mh-090704b0cb2e");
	}

	@Test
	void namesAnyOtherPageAfterItsFileWithoutExtensions() {
		assertThat(PagePredictions.truthId(Path.of("in/naeb-03434393eb6c.html.gz"))).isEqualTo("naeb-03434393eb6c");
		assertThat(PagePredictions.truthId(Path.of("in/workercn-2019-05-21-anhui.txt")))
			.isEqualTo("workercn-2019-05-21-anhui");
		assertThat(PagePredictions.truthId(Path.of("in/www.example.com-17.shtml"))).isEqualTo("www.example.com-17");
	}

}
