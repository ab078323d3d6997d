package io.newsroll.core.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateLabelsTest {

	@Test
	void tellsAPublicationLabelFromAnUpdateLabel() {
		assertThat(DateLabels.of("发布时间：")).isEqualTo(DateLabels.Kind.PUBLICATION);
		assertThat(DateLabels.of("更新时间：")).isEqualTo(DateLabels.Kind.UPDATE);
		assertThat(DateLabels.of("Published")).isEqualTo(DateLabels.Kind.PUBLICATION);
		assertThat(DateLabels.of("Last updated")).isEqualTo(DateLabels.Kind.UPDATE);
		assertThat(DateLabels.of("Aktualisiert am")).isEqualTo(DateLabels.Kind.UPDATE);
		assertThat(DateLabels.of("Publié le")).isEqualTo(DateLabels.Kind.PUBLICATION);
		assertThat(DateLabels.of("mis à jour le")).isEqualTo(DateLabels.Kind.UPDATE);
		assertThat(DateLabels.of("来源：新华社")).isEqualTo(DateLabels.Kind.NONE);
		assertThat(DateLabels.of(null)).isEqualTo(DateLabels.Kind.NONE);
	}

	@Test
	void takesTheLabelNearestBeforeTheDate() {
		String line = "Published Dec 1, 2023 Updated Dec 3, 2023";
		assertThat(DateLabels.before(line, line.indexOf("Dec 1"))).isEqualTo(DateLabels.Kind.PUBLICATION);
		assertThat(DateLabels.before(line, line.indexOf("Dec 3"))).isEqualTo(DateLabels.Kind.UPDATE);
		// a word that only contains a label is none
		assertThat(DateLabels.of("unpublished draft:")).isEqualTo(DateLabels.Kind.NONE);
	}

}
