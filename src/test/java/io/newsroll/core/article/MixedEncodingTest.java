package io.newsroll.core.article;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import io.newsroll.core.reject.ReasonCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A UTF-8 page with a paragraph pasted in GBK is read run by run ({@link MixedEncoding}
 * through {@link PageDecoder}); pages wholly in one charset, and binary, are read as
 * before.
 */
class MixedEncodingTest {

	private static final Charset GBK = Charset.forName("GBK");

	private static final String PASTED = "这一段是国标编码的文字，混在统一码的页面里面。";

	private static final String HEAD = """
			<html><head><meta charset="utf-8"><title>新春走基层：山村里的年味-社会-示例网</title></head><body>
			<div class="nav"><a href="/">首页</a> | <a href="/a">新闻</a> | <a href="/b">社会</a></div>
			<h1>新春走基层：山村里的年味</h1>
			<div class="info">2022-02-13 10:05 来源：示例日报</div>
			<p>腊月二十八，记者来到大山深处的石门村，家家户户正忙着贴春联、挂灯笼，村口的老槐树下聚满了晒太阳的老人。</p>
			<p>""";

	private static final String TAIL = """
			</p>
			<p>村里的年轻人也带回了新鲜事：直播卖山货、网上订年夜饭，老人们看得直乐，说这日子越过越有盼头。</p>
			<p>责任编辑：王五</p>
			<div class="footer">版权所有 示例网 京ICP备00000000号</div>
			</body></html>
			""";

	@Test
	void readsAGbkParagraphInAUtf8PageAsGb18030AndTheRestAsUtf8() throws PageProblem {
		PageDecoder.Decoded decoded = PageDecoder.decode(mixed(PASTED), true);

		assertThat(decoded.text()).isEqualTo(HEAD + PASTED + TAIL);
		assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(decoded.gb18030Runs()).isOne();
		assertThat(decoded.mixed()).isTrue();
	}

	@Test
	void countsEveryRunReadAsGb18030() throws PageProblem {
		// ASCII inside the pasted text splits it into runs; GBK's two-byte characters
		// whose second byte is ASCII (丂 is 81 40) stay inside their run
		String pasted = "记者 张明 2022年2月13日报道：丂村有100户人家";
		PageDecoder.Decoded decoded = PageDecoder.decode(mixed(pasted), true);

		assertThat(decoded.text()).isEqualTo(HEAD + pasted + TAIL);
		assertThat(decoded.gb18030Runs()).isEqualTo(6);
	}

	@Test
	void readsAGbkLineInAUtf8TextDump() throws PageProblem {
		String dump = "新春走基层：山村里的年味\n2022-02-13 10:05 来源：示例日报\n\n腊月二十八，记者来到大山深处的石门村。\n";
		byte[] bytes = concat(dump.getBytes(StandardCharsets.UTF_8), (PASTED + "\n").getBytes(GBK),
				"村里的年轻人也带回了新鲜事。\n".getBytes(StandardCharsets.UTF_8));

		PageDecoder.Decoded decoded = PageDecoder.decode(bytes, false);

		assertThat(decoded.text()).isEqualTo(dump + PASTED + "\n村里的年轻人也带回了新鲜事。\n");
		assertThat(decoded.gb18030Runs()).isOne();
	}

	@Test
	void leavesAValidUtf8PageAlone() throws PageProblem {
		PageDecoder.Decoded decoded = PageDecoder.decode((HEAD + PASTED + TAIL).getBytes(StandardCharsets.UTF_8), true);

		assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(decoded.mixed()).isFalse();
	}

	@Test
	void readsAPageWhollyInGbkAsGb18030NotAsMixed() throws PageProblem {
		String page = (HEAD + PASTED + TAIL).replace("<meta charset=\"utf-8\">", "");
		PageDecoder.Decoded decoded = PageDecoder.decode(page.getBytes(GBK), true);

		assertThat(decoded.charset()).isEqualTo(PageDecoder.GB18030);
		assertThat(decoded.mixed()).isFalse();
		assertThat(decoded.text()).isEqualTo(page);
	}

	@Test
	void refusesRandomBinaryWithoutNulBytes() {
		byte[] junk = new byte[64 * 1024];
		new Random(7).nextBytes(junk);
		for (int i = 0; i < junk.length; i++) {
			junk[i] = (junk[i] == 0) ? 1 : junk[i];
		}
		assertThat(MixedEncoding.read(junk)).isEmpty();
		assertThatThrownBy(() -> PageDecoder.decode(junk, true)).isInstanceOfSatisfying(PageProblem.class,
				(problem) -> assertThat(problem.reason()).isEqualTo(ReasonCode.UNREADABLE));
	}

	@Test
	void doesNotReadRandomBytesPastedIntoAUtf8PageAsGb18030() {
		// a few random high bytes are GBK characters as much as any; from some dozens on
		// they are too often outside the common hanzi
		Random random = new Random(11);
		for (int size : new int[] { 64, 512, 4096 }) {
			for (int k = 0; k < 50; k++) {
				byte[] junk = new byte[size];
				random.nextBytes(junk);
				for (int i = 0; i < junk.length; i++) {
					// high bytes only, none that GB18030 refuses as a lead: the likeliest
					// to pass for GBK
					junk[i] = (byte) Math.min(0xfe, Math.max(0x81, junk[i] & 0xff | 0x80));
				}
				assertThat(MixedEncoding.read(mixed(junk))).as("%d random bytes, try %d", size, k).isEmpty();
			}
		}
	}

	@Test
	void leavesTraditionalCharactersInGbkToDetection() {
		// GBK keeps most traditional characters outside GB2312's area, where random bytes
		// land too: such a page is read as before (detection), not as mixed
		assertThat(MixedEncoding.read(mixed("日本企業5月信心保持穩定 但日圓疲弱推高成本損害利潤"))).isEmpty();
	}

	@Test
	void doesNotMixWhenTheGbkRunsAreMostOfThePage() {
		String body = PASTED.repeat(40);
		byte[] bytes = concat("<p>标题</p><p>".getBytes(StandardCharsets.UTF_8), body.getBytes(GBK),
				"</p>".getBytes(StandardCharsets.UTF_8));

		assertThat(MixedEncoding.read(bytes)).isEmpty();
	}

	@Test
	void doesNotMixWithoutEnoughUtf8BeyondAscii() {
		byte[] bytes = concat("<html><body><h1>Title 标题</h1><p>".getBytes(StandardCharsets.UTF_8), PASTED.getBytes(GBK),
				("</p>" + "<p>Some English text around it.</p>".repeat(20)).getBytes(StandardCharsets.UTF_8));

		assertThat(MixedEncoding.read(bytes)).isEmpty();
	}

	@Test
	void extractedArticleCarriesTheWarningAndANoticeNamingTheFile() {
		PageExtraction extraction = new PageExtractor(ExtractionSettings.defaults()).extract("mixed.html",
				mixed(PASTED));

		assertThat(extraction).isInstanceOfSatisfying(PageExtraction.Extracted.class, (extracted) -> {
			assertThat(extracted.article().bodyText()).contains(PASTED);
			assertThat(extracted.article().encoding()).isEqualTo("UTF-8");
			assertThat(extracted.article().warnings()).contains("MIXED_ENCODING");
			assertThat(extracted.notices())
				.containsExactly("mixed.html: mixed encodings: 1 byte runs read as GB18030, the rest as UTF-8");
		});
	}

	@Test
	void articleReadInOneCharsetHasNoNotice() {
		PageExtraction extraction = new PageExtractor(ExtractionSettings.defaults()).extract("plain.html",
				(HEAD + PASTED + TAIL).getBytes(StandardCharsets.UTF_8));

		assertThat(extraction).isInstanceOfSatisfying(PageExtraction.Extracted.class, (extracted) -> {
			assertThat(extracted.article().warnings()).doesNotContain("MIXED_ENCODING");
			assertThat(extracted.notices()).isEmpty();
		});
	}

	private static byte[] mixed(String pasted) {
		return mixed(pasted.getBytes(GBK));
	}

	private static byte[] mixed(byte[] pasted) {
		return concat(HEAD.getBytes(StandardCharsets.UTF_8), pasted, TAIL.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
