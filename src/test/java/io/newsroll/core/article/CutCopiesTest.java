package io.newsroll.core.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broken download's copy of a page is the same article as the whole page, and is told
 * from it by its body, not by where it was cut.
 */
class CutCopiesTest {

	private static final String TITLE = "团结动员广大职工为建设美好安徽作贡献";

	private final PageExtractor extractor = new PageExtractor(ExtractionSettings.defaults());

	@Test
	void theSeedPageCutAfterItsFirstKilobytesKeepsItsIdAndIsACutCopyOfTheWholePage() throws IOException {
		byte[] page = seed();
		Article whole = article("whole.txt", page);
		for (int cut : new int[] { 2500, 3000, 4000 }) {
			Article copy = article("cut.txt", Arrays.copyOf(page, cut));
			assertThat(copy.id()).as("id of the first %d bytes", cut).isEqualTo(whole.id());
			assertThat(copy.bodyChars()).isLessThan(whole.bodyChars());
			assertThat(CutCopies.isCutOf(copy.title(), copy.bodyText(), whole.title(), whole.bodyText()))
				.as("cut after %d bytes", cut)
				.isTrue();
			assertThat(CutCopies.isCutOf(whole.title(), whole.bodyText(), copy.title(), copy.bodyText())).isFalse();
		}
	}

	@Test
	void theLongerBodyMustContinueTheShorterOne() {
		String first = "第一段讲的是会议的召开和出席的人员，会议由工会主席主持，各地代表一百多人参加了会议。";
		String shorter = first + "\n\n第二段讲的是会议的内容，写到一半就断了，这里被截";
		String longer = first + "\n\n第二段讲的是会议的内容，写到一半就断了，这里被截断的下载之后还有很多内容。\n\n第三段。";
		assertThat(CutCopies.isCutOf(TITLE, shorter, TITLE, longer)).isTrue();
		// white space is not a difference
		assertThat(CutCopies.isCutOf(TITLE, shorter.replace("\n\n", " "), TITLE, longer)).isTrue();
		// another story under the same headline
		assertThat(CutCopies.isCutOf(TITLE, shorter, TITLE, "完全不同的一篇报道，讲的是另一件事情，与上面的内容毫无关系，只是标题相同而已，这样的内容不算截断的副本。"))
			.isFalse();
		// another headline
		assertThat(CutCopies.isCutOf(TITLE, shorter, "另一个标题", longer)).isFalse();
		// the same length is not a cut
		assertThat(CutCopies.isCutOf(TITLE, longer, TITLE, longer)).isFalse();
		// a handful of letters says nothing
		assertThat(CutCopies.isCutOf(TITLE, "第一段讲的是会议的召开", TITLE, longer)).isFalse();
		assertThat(CutCopies.isCutOf(null, shorter, null, longer)).isFalse();
		assertThat(CutCopies.isCutOf(TITLE, null, TITLE, longer)).isFalse();
	}

	private Article article(String name, byte[] bytes) {
		PageExtraction result = this.extractor.extract(name, bytes);
		assertThat(result).isInstanceOf(PageExtraction.Extracted.class);
		return ((PageExtraction.Extracted) result).article();
	}

	private static byte[] seed() throws IOException {
		try (InputStream in = CutCopiesTest.class.getResourceAsStream("/seed/workercn-2019-05-21-anhui.txt")) {
			return in.readAllBytes();
		}
	}

}
