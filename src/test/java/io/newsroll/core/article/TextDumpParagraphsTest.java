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

	@Test
	void longUnwrappedLinesAreNotJoinedBecauseAFewLinesShareAWidth() {
		// a page whose paragraphs are one line each, with a few teaser lines that happen
		// to end at the same column: a renderer that wrapped at that column would print
		// no line twice as wide
		String teaser = "China shuts down 34,000 online accounts for spreading rumours";
		String first = "Chinese police have shut down 34,000 online accounts and punished more than 6,300 people for allegedly spreading rumours, state media reported on Friday.";
		String second = "The Chinese internet is tightly controlled by the ruling party, and censorship of social media in the name of protecting social stability is often used to suppress negative stories.";
		String third = "Police severely cracked down on illegal activities such as fabricating false information about epidemics and disasters, state broadcaster CCTV said on Friday.";
		String text = String.join("\n", "Page title", teaser, teaser.replace("34,000", "43,000"),
				teaser.replace("rumours", "rumors!"), teaser.replace("China", "Korea"), "", first, second, third, "");

		assertThat(lines(text)).contains(first, second, third);
	}

	@Test
	void noWrapWidthWhenManyLinesAreWiderThanIt() {
		int[] widths = { 63, 63, 62, 64, 63, 150, 200, 180, 240, 90, 120, 300 };
		assertThat(TextPageReader.wrapWidth(widths)).isZero();
		int[] wrapped = { 63, 63, 62, 64, 63, 40, 63, 64, 30, 150 };
		assertThat(TextPageReader.wrapWidth(wrapped)).isEqualTo(64);
	}

	@Test
	void aBulletItemThatReadsAsASentenceIsTextNotAMenuEntry() {
		String item = "• Xacto knife, a pen-shaped knife that takes a disposable, razorlike blade: “A super sharp blade is your best friend when carving details,” he says.";
		assertThat(TextPageReader.menuChars(item)).isZero();
		assertThat(TextPageReader.menuChars("• Latest Stories")).isEqualTo("• Latest Stories".length());
		String teaser = "• China shuts down 34,000 online accounts for spreading rumours about the epidemic and the floods in the south of the country at 10:15";
		assertThat(TextPageReader.menuChars(teaser)).isEqualTo(teaser.length());
		// a teaser that asks is a link, however long
		String question = "• 西班牙画家毕加索生平经历毕加索最著名的画有哪些?西班牙画家毕加索生平经历毕加索最著名的画有哪些?";
		assertThat(TextPageReader.menuChars(question)).isEqualTo(question.length());
	}

	@Test
	void aChineseBylineWithABarIsNoMenuAndNamesTheAuthors() {
		assertThat(TextPageReader.menuChars("文|张三 李四")).isZero();
		assertThat(TextPageReader.menuChars("作者 ｜ 王五")).isZero();
		assertThat(TextPageReader.menuChars("首页 | 工会")).isEqualTo("首页 | 工会".length());
		assertThat(TextPageReader.menuChars("文化 | 体育")).as("文 starts a word here").isEqualTo("文化 | 体育".length());
		String body = "　　全国总工会近日召开会议，部署今冬明春职工服务工作。会议强调，各级工会要把职工群众的安危冷暖放在心上，扎实做好困难职工帮扶、农民工欠薪治理和冬季送温暖等工作。";
		List<String> page = List.of("全总部署今冬明春职工服务工作_新闻中心", "首页 > 新闻 > 工会", "全总部署今冬明春职工服务工作",
				"2023-12-21 10:30  来源：工人日报", "文|张三 李四", body, body.replace("部署", "安排"), "责任编辑：王明");
		assertThat(TextDumpPage.extract(page).authors()).containsExactly("张三", "李四");
	}

	@Test
	void aRowOfTheArticlesFieldsBetweenBarsIsNoMenu() {
		assertThat(TextPageReader.menuChars("By John Smith | Dec 21, 2023 | 5 min read")).isZero();
		assertThat(TextPageReader.menuChars("发布时间：2023-12-21 10:30 | 来源：工人日报 | 作者：王五")).isZero();
		assertThat(TextPageReader.menuChars("Home | News | Politics")).isEqualTo("Home | News | Politics".length());
		assertThat(TextPageReader.menuChars("Sign in | Subscribe by email")).as("no byline: lower-case after 'by'")
			.isEqualTo("Sign in | Subscribe by email".length());
		assertThat(TextDumpPage.extract(TextDumpPage.councilPage("By John Smith | Reporter | 5 min read",
				TextDumpPage.COUNCIL_BODY.get(0), TextDumpPage.COUNCIL_BODY.get(1), TextDumpPage.COUNCIL_BODY.get(2)))
			.authors()).containsExactly("John Smith");
		String body = "　　全国总工会近日召开会议，部署今冬明春职工服务工作。会议强调，各级工会要把职工群众的安危冷暖放在心上，扎实做好困难职工帮扶、农民工欠薪治理和冬季送温暖等工作。";
		Article article = TextDumpPage.extract(List.of("全总部署今冬明春职工服务工作_中工网", "首页 > 新闻 > 工会", "全总部署今冬明春职工服务工作",
				"发布时间：2023-12-21 10:30 | 来源：工人日报 | 作者：王五", body, body.replace("部署", "安排"), "编辑：张三"));
		assertThat(article.authors()).containsExactly("王五");
		assertThat(article.source()).isEqualTo("工人日报");
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
