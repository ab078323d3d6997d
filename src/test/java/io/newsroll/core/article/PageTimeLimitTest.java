package io.newsroll.core.article;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.newsroll.core.reject.ReasonCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time limit per page, on a clock that moves one millisecond each time extraction
 * looks at it: how far a page gets depends on how often extraction looks, not on the
 * machine's speed, so the test is exact on any machine.
 */
class PageTimeLimitTest {

	private static final Duration LIMIT = Duration.ofMillis(50);

	private static final String PARAGRAPH = "这是一段正文，记者在现场看到，职工们正在车间里忙碌着，他们说今年的任务比往年更重，但是大家的干劲也更足了。";

	private final PageExtractor extractor = new PageExtractor(ExtractionSettings.defaults());

	private final AtomicLong looks = new AtomicLong();

	private Deadline deadline() {
		this.looks.set(0);
		return Deadline.after(LIMIT, () -> this.looks.getAndIncrement() * Duration.ofMillis(1).toNanos());
	}

	@Test
	void ordinaryPagesLoadWellWithinTheLimit() {
		PageExtraction text = this.extractor.extract("good.txt", textPage(12).getBytes(StandardCharsets.UTF_8),
				deadline());
		assertThat(text).isInstanceOf(PageExtraction.Extracted.class);
		assertThat(this.looks.get()).as("looks at the clock for an ordinary page").isLessThan(LIMIT.toMillis() / 2);
		PageExtraction html = this.extractor.extract("good.html", htmlPage(12).getBytes(StandardCharsets.UTF_8),
				deadline());
		assertThat(html).isInstanceOf(PageExtraction.Extracted.class);
		assertThat(this.looks.get()).isLessThan(LIMIT.toMillis() / 2);
	}

	@Test
	void textDumpOfManyLinesStopsInsideTheReadersLoops() {
		PageExtraction result = this.extractor.extract("input/huge dump.txt",
				textPage(100_000).getBytes(StandardCharsets.UTF_8), deadline());
		assertTimeLimit(result, "input/huge dump.txt");
	}

	@Test
	void htmlPageOfManyParagraphsStopsInsideTheParse() {
		PageExtraction result = this.extractor.extract("huge.html", htmlPage(50_000).getBytes(StandardCharsets.UTF_8),
				deadline());
		assertTimeLimit(result, "huge.html");
	}

	@Test
	void singleHugeLineStopsInsideTheRegularExpressionsThatScanIt() {
		String page = "标题在这里\n" + "a.b.c.d.2019-5-".repeat(400_000) + "\n";
		PageExtraction result = this.extractor.extract("one-line.txt", page.getBytes(StandardCharsets.UTF_8),
				deadline());
		assertTimeLimit(result, "one-line.txt");
	}

	@Test
	void withoutALimitTheSamePageIsRead() {
		PageExtraction result = this.extractor.extract("input/huge dump.txt",
				textPage(20_000).getBytes(StandardCharsets.UTF_8), Deadline.none());
		assertThat(result).isInstanceOf(PageExtraction.Extracted.class);
	}

	private void assertTimeLimit(PageExtraction result, String file) {
		assertThat(result).isInstanceOf(PageExtraction.Rejected.class);
		PageExtraction.Rejected rejected = (PageExtraction.Rejected) result;
		assertThat(rejected.violation().reason()).isEqualTo(ReasonCode.TIME_LIMIT);
		assertThat(rejected.violation().file()).isEqualTo(file);
		assertThat(rejected.violation().message()).startsWith(file + ": ").contains("time limit of 50 ms");
		// stopped as soon as extraction looked after the limit, not at the end
		assertThat(this.looks.get()).isEqualTo(LIMIT.toMillis() + 2);
	}

	private static String textPage(int paragraphs) {
		StringBuilder page = new StringBuilder("职工们的干劲更足了\n2019-05-21 07:39 来源：工人日报\n\n");
		for (int i = 0; i < paragraphs; i++) {
			page.append(PARAGRAPH).append('\n');
		}
		return page.toString();
	}

	private static String htmlPage(int paragraphs) {
		StringBuilder page = new StringBuilder("<html><head><title>职工们的干劲更足了-工会-示例网</title></head><body>"
				+ "<h1>职工们的干劲更足了</h1><div class=\"info\">2019-05-21 07:39 来源：工人日报</div><div class=\"content\">");
		for (int i = 0; i < paragraphs; i++) {
			page.append("<p>").append(PARAGRAPH).append("</p>\n");
		}
		return page.append("</div></body></html>").toString();
	}

}
