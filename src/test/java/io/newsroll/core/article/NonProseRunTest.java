package io.newsroll.core.article;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines that weigh against prose inside the body run: a block of three or more is page
 * furniture, one or two are the article's own headings.
 */
class NonProseRunTest {

	private static final List<String> BODY = TextDumpPage.COUNCIL_BODY;

	@Test
	void aShareBarAndTagListBetweenParagraphsLeaveTheBody() {
		List<String> furniture = List.of("Share:", "Facebook Twitter Pinterest LinkedIN Email", "FULL STORY",
				"Related topics", "Local Government Budget Schools");
		List<String> lines = TextDumpPage.councilPage(BODY.get(0), BODY.get(1));
		lines.addAll(furniture);
		lines.addAll(List.of(BODY.get(2), BODY.get(3)));

		assertThat(TextDumpPage.paragraphs(lines)).containsExactlyElementsOf(BODY);
	}

	@Test
	void aSubheadingAndAHeadingPairStayInTheBody() {
		List<String> lines = TextDumpPage.councilPage(BODY.get(0), "What the plan pays for", BODY.get(1), BODY.get(2),
				"Part two", "The review", BODY.get(3));

		assertThat(TextDumpPage.paragraphs(lines)).containsExactly(BODY.get(0), "What the plan pays for", BODY.get(1),
				BODY.get(2), "Part two", "The review", BODY.get(3));
	}

	@Test
	void aListOfDatedTeasersAfterTheArticleEndsTheBody() {
		List<String> lines = TextDumpPage.councilPage(BODY.get(0), BODY.get(1), BODY.get(2), BODY.get(3),
				"为什么最近ChatGPT这么火?", "04-09", "为何ChatGPT这么火,现在将从以下四个方面做出解析。技术优势、应用广泛、门槛很低、社区活跃,每一点都值得细说。",
				"科普!最近比较火的AI AIGC AGI ChatGPT 分别是?什么区别?", "04-09",
				"虽然ChatGPT是一种人工智能系统,但它并不是AGI。因为ChatGPT的主要功能是基于自然语言处理技术,而且它只能完成特定的任务。");

		assertThat(TextDumpPage.paragraphs(lines)).containsExactlyElementsOf(BODY);
	}

	@Test
	void aSingleDateLineInTheBodyStays() {
		List<String> lines = TextDumpPage.councilPage(BODY.get(0), BODY.get(1), BODY.get(2), "04-09", BODY.get(3));

		assertThat(TextDumpPage.paragraphs(lines)).containsExactly(BODY.get(0), BODY.get(1), BODY.get(2), "04-09",
				BODY.get(3));
	}

}
