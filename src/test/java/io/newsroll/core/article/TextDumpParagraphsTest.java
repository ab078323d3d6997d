package io.newsroll.core.article;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDumpParagraphsTest {

	private static final String WRAPPED_1 = "The council met on Tuesday to discuss the budget for the coming year and";

	private static final String WRAPPED_2 = "agreed to raise spending on schools and roads.";

	@Test
	void joinsLinesWrappedByTheRendererIntoOneParagraph() {
		List<String> lines = lines(page(false));
		assertThat(lines).contains(WRAPPED_1 + " " + WRAPPED_2);
	}

	@Test
	void aBlankLineEndsAParagraphEvenWhenTheLineBeforeLooksWrapped() {
		String text = page(false).replace(WRAPPED_1 + "\n" + WRAPPED_2, WRAPPED_1 + "\n\n" + WRAPPED_2);
		assertThat(lines(text)).contains(WRAPPED_1, WRAPPED_2);
	}

	@Test
	void blankLinesOfADoubleSpacedDumpDoNotSplitWrappedParagraphs() {
		List<String> lines = lines(page(true));
		assertThat(lines).contains(WRAPPED_1 + " " + WRAPPED_2);
	}

	private static List<String> lines(String text) {
		return TextPageReader.read(text, Deadline.none()).lines().stream().map(PageLine::text).toList();
	}

	/**
	 * A dump wrapped at about 75 columns, with a blank line between paragraphs or after
	 * every line.
	 */
	private static String page(boolean doubleSpaced) {
		String[] lines = { "Budget news", WRAPPED_1, WRAPPED_2, "",
				"Residents asked many questions about the new bus routes and the costs of",
				"for the old town centre, which the mayor answered.", "",
				"The vote on the final budget is expected before the end of the month and",
				"the council will publish the plan online.", "",
				"Officials said that the numbers were checked twice by the auditors, who", "found no error." };
		StringBuilder out = new StringBuilder();
		for (String line : lines) {
			out.append(line).append('\n');
			if (doubleSpaced && !line.isEmpty()) {
				out.append('\n');
			}
		}
		return out.toString();
	}

}
