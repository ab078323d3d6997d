package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatedParagraphsTest {

	private static final String CAPTION = "Jade Black's husband, Junior, is an essential part of much of her work at every shoot.";

	private static final List<String> BODY = TextDumpPage.COUNCIL_BODY;

	@Test
	void aCaptionThePageShowsTwiceIsLeftOutOfTheBody() {
		List<String> lines = new ArrayList<>(List.of("Council backs spending plan | Example News",
				"Council backs spending plan", "December 19, 2023", BODY.get(0), CAPTION, BODY.get(1), BODY.get(2),
				BODY.get(3), "Gallery", CAPTION));

		// the gallery's heading may join the body's run; the caption, shown twice, may
		// not
		assertThat(TextDumpPage.paragraphs(lines)).doesNotContain(CAPTION).containsSubsequence(BODY);
	}

	@Test
	void aPageMadeOfOneRepeatedParagraphKeepsIt() {
		List<String> lines = new ArrayList<>(List.of("Council backs spending plan | Example News",
				"Council backs spending plan", "December 19, 2023", BODY.get(0), BODY.get(0), BODY.get(0)));

		assertThat(TextDumpPage.paragraphs(lines)).containsExactly(BODY.get(0), BODY.get(0), BODY.get(0));
	}

}
