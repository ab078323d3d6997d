package io.newsroll.core.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import io.newsroll.core.reject.ReasonCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class PageExtractorBadInputTest {

	private static final String ARTICLE_HTML = """
			<html><head><title>新春走基层：山村里的年味-社会-示例网</title>
			<meta name="author" content="张三"></head><body>
			<div class="nav"><a href="/">首页</a> | <a href="/a">新闻</a> | <a href="/b">社会</a></div>
			<h1>新春走基层：山村里的年味</h1>
			<div class="info">2022-02-13 10:05 来源：示例日报</div>
			<p>腊月二十八，记者来到大山深处的石门村，家家户户正忙着贴春联、挂灯笼，村口的老槐树下聚满了晒太阳的老人。</p>
			<p>“今年路修通了，孩子们开车就能到家门口。”村支书李大山一边说，一边指着新修的水泥路，脸上满是笑容。</p>
			<p>村里的年轻人也带回了新鲜事：直播卖山货、网上订年夜饭，老人们看得直乐，说这日子越过越有盼头。</p>
			<p>责任编辑：王五</p>
			<div class="footer">版权所有 示例网 京ICP备00000000号</div>
			</body></html>
			""";

	private final PageExtractor extractor = new PageExtractor(ExtractionSettings.defaults());

	@Test
	void emptyFileIsNotAnArticle() {
		assertRejected(this.extractor.extract("empty.html", new byte[0]), ReasonCode.NOT_AN_ARTICLE, "empty file");
	}

	@Test
	void binaryJunkIsUnreadable() {
		byte[] junk = new byte[20_000];
		new Random(42).nextBytes(junk);
		assertRejected(this.extractor.extract("junk.html", junk), ReasonCode.UNREADABLE, "junk.html");
	}

	@Test
	void corruptGzipIsUnreadable() throws IOException {
		byte[] gz = gzip(ARTICLE_HTML.getBytes(StandardCharsets.UTF_8));
		byte[] cut = Arrays.copyOf(gz, gz.length / 2);
		assertRejected(this.extractor.extract("page.html.gz", cut), ReasonCode.UNREADABLE, "corrupt gzip");
	}

	@Test
	void gzipBombIsTooLarge() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 80; i++) {
				gz.write(zeros);
			}
		}
		assertThat(bytes.size()).isLessThan(200_000);
		assertRejected(this.extractor.extract("bomb.html.gz", bytes.toByteArray()), ReasonCode.TOO_LARGE, "inflates");
	}

	@Test
	void gbkPageWithoutMetaIsDetected() {
		Charset gbk = Charset.forName("GBK");
		byte[] page = ARTICLE_HTML.getBytes(gbk);
		PageExtraction.Extracted extracted = extracted(this.extractor.extract("gbk.html", page));
		assertThat(extracted.article().encoding()).isEqualTo("GB18030");
		assertThat(extracted.article().title()).isEqualTo("新春走基层：山村里的年味");
		assertThat(extracted.article().bodyText()).contains("石门村");
	}

	@Test
	void gbkPageWronglyDeclaringUtf8IsDecodedByDetection() {
		String html = ARTICLE_HTML.replace("<head>", "<head><meta charset=\"utf-8\">");
		PageExtraction.Extracted extracted = extracted(
				this.extractor.extract("gbk-says-utf8.html", html.getBytes(Charset.forName("GBK"))));
		assertThat(extracted.article().encoding()).isEqualTo("GB18030");
		assertThat(extracted.article().title()).isEqualTo("新春走基层：山村里的年味");
	}

	@Test
	void big5PageDeclaringItsCharsetIsDecoded() {
		String html = ARTICLE_HTML.replace("<head>", "<head><meta charset=\"big5\">")
			.replace("新春走基层：山村里的年味", "新春走基層：山村裡的年味");
		PageExtraction.Extracted extracted = extracted(
				this.extractor.extract("big5.html", html.getBytes(Charset.forName("Big5"))));
		assertThat(extracted.article().encoding()).isEqualTo("Big5");
		assertThat(extracted.article().title()).isEqualTo("新春走基層：山村裡的年味");
	}

	@Test
	void utf16WithBomIsDecoded() {
		byte[] body = ARTICLE_HTML.getBytes(StandardCharsets.UTF_16LE);
		byte[] page = new byte[body.length + 2];
		page[0] = (byte) 0xff;
		page[1] = (byte) 0xfe;
		System.arraycopy(body, 0, page, 2, body.length);
		PageExtraction.Extracted extracted = extracted(this.extractor.extract("utf16.html", page));
		assertThat(extracted.article().encoding()).isEqualTo("UTF-16LE");
		assertThat(extracted.article().published()).hasToString("2022-02-13T10:05+08:00");
	}

	@Test
	void truncatedHtmlStillGivesTheArticleSoFar() {
		String cut = ARTICLE_HTML.substring(0, ARTICLE_HTML.indexOf("村里的年轻人") + 30);
		PageExtraction.Extracted extracted = extracted(
				this.extractor.extract("cut.html", cut.getBytes(StandardCharsets.UTF_8)));
		assertThat(extracted.article().bodyParagraphs()).hasSize(3);
	}

	@Test
	void deeplyNestedMarkupNeitherOverflowsNorHangs() {
		StringBuilder html = new StringBuilder("<html><body>");
		html.append("<div>".repeat(200_000)).append("深").append("</div>".repeat(200_000)).append("</body></html>");
		byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);
		PageExtraction result = assertTimeoutPreemptively(Duration.ofSeconds(120),
				() -> this.extractor.extract("deep.html", bytes));
		assertRejected(result, ReasonCode.TOO_LARGE, "nested");
	}

	@Test
	void indexPageOfLinksIsNotAnArticle() {
		StringBuilder html = new StringBuilder("<html><head><title>新闻首页</title></head><body><ul>");
		for (int i = 0; i < 60; i++) {
			html.append("<li><a href=\"/n/").append(i).append("\">第").append(i).append("条新闻标题：某地召开会议部署工作</a></li>");
		}
		html.append("</ul></body></html>");
		assertRejected(this.extractor.extract("index.html", html.toString().getBytes(StandardCharsets.UTF_8)),
				ReasonCode.NOT_AN_ARTICLE, "no article body");
	}

	@Test
	void pageWithoutExtensionIsSniffed() {
		PageExtraction.Extracted extracted = extracted(
				this.extractor.extract("download", ARTICLE_HTML.getBytes(StandardCharsets.UTF_8)));
		assertThat(extracted.article().format()).isEqualTo("html");
		assertThat(extracted.article().editor()).isEqualTo("王五");
		assertThat(extracted.article().source()).isEqualTo("示例日报");
	}

	private static byte[] gzip(byte[] data) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
			gz.write(data);
		}
		return bytes.toByteArray();
	}

	private static PageExtraction.Extracted extracted(PageExtraction result) {
		assertThat(result).isInstanceOf(PageExtraction.Extracted.class);
		return (PageExtraction.Extracted) result;
	}

	private static void assertRejected(PageExtraction result, ReasonCode reason, String messagePart) {
		assertThat(result).isInstanceOf(PageExtraction.Rejected.class);
		PageExtraction.Rejected rejected = (PageExtraction.Rejected) result;
		assertThat(rejected.violation().reason()).as(rejected.violation().message()).isEqualTo(reason);
		assertThat(rejected.violation().message()).contains(messagePart);
	}

}
