package io.newsroll.batch.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import io.newsroll.batch.Workspace;
import io.newsroll.batch.articles.IngestLauncher;
import io.newsroll.batch.run.JobRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hostile-input corpus, generated here (no junk is committed), ingested beside good
 * pages: every file ends loaded or rejected with a specific reason, nothing crashes or
 * hangs, and the good pages load.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class HostileInputIT {

	/**
	 * A publication date in the future of every day this test will run on, fixed instead
	 * of derived from today (the page must lie after the ingest's clock; the date reader
	 * does not read 2999-05-21 as a date at all: MISSING_PUBLISHED, not BAD_DATE, tried).
	 */
	static final String FAR_FUTURE = "2099-05-21";

	@TempDir
	static Path tmp;

	static Workspace ws;

	static JobRunner.Launch launch;

	/** File → the outcomes it may end with: LOADED, or reject reason codes. */
	static final Map<String, Set<String>> EXPECTED = new LinkedHashMap<>();

	private static final String PASTED_IN_GBK = "这一段是国标编码的文字，混在统一码的页面里面。";

	private static final String CONTENT_END = "</div><div class=\"footer\">";

	@BeforeAll
	static void ingestTheHostileCorpus() throws Exception {
		ws = Workspace.withSamplePages(tmp.resolve("ws"));
		Path h = Files.createDirectories(ws.articles.resolve("hostile"));
		Random random = new Random(7);

		file(h, "empty.html", new byte[0], "UNREADABLE", "NOT_AN_ARTICLE");
		byte[] junk = new byte[64 * 1024];
		random.nextBytes(junk);
		file(h, "random-binary.html", junk, "UNREADABLE");
		file(h, "random-binary.txt", junk, "UNREADABLE");
		String page = page("团结动员广大职工建功新时代", "2019-05-21 07:39:30", "UTF-8");
		file(h, "truncated.html", page.substring(0, page.length() * 2 / 3).getBytes(StandardCharsets.UTF_8), "LOADED",
				"NOT_AN_ARTICLE", "BODY_TOO_SHORT");
		String seed = Files.readString(ws.articles.resolve("workercn/workercn-2019-05-21-anhui.txt"));
		file(h, "truncated-dump.txt", seed.substring(0, seed.length() / 2).getBytes(StandardCharsets.UTF_8), "LOADED",
				"NOT_AN_ARTICLE", "BODY_TOO_SHORT", "DUPLICATE");
		file(h, "wrong-meta-charset.html",
				page("错误的字符集声明也能读对", "2019-05-22 08:00:00", "UTF-8").getBytes(Charset.forName("GB18030")), "LOADED");
		file(h, "gbk-no-meta.html", page("没有声明字符集的国标页面", "2019-05-23 09:00:00", null).getBytes(Charset.forName("GBK")),
				"LOADED");
		file(h, "big5.html", page("繁體中文頁面的標題在這裡", "2019-05-24 10:00:00", null).getBytes(Charset.forName("Big5")),
				"LOADED");
		byte[] utf16 = page("带字节序标记的十六位页面", "2019-05-25 11:00:00", null).getBytes(StandardCharsets.UTF_16);
		file(h, "utf16-bom.html", utf16, "LOADED");
		// a UTF-8 template with a paragraph a content system pasted in GBK
		String[] template = page("混合编码的页面标题在此", "2019-05-26 12:00:00", "UTF-8").split(CONTENT_END, 2);
		byte[] mixed = concat(
				concat(template[0].getBytes(StandardCharsets.UTF_8),
						("<p>" + PASTED_IN_GBK + "</p>").getBytes(Charset.forName("GBK"))),
				(CONTENT_END + template[1]).getBytes(StandardCharsets.UTF_8));
		file(h, "mixed-encodings.html", mixed, "LOADED");
		Path big = h.resolve("sixty-megabytes.html");
		try (OutputStream out = Files.newOutputStream(big)) {
			byte[] chunk = "<p>很大的页面。</p>\n".repeat(4096).getBytes(StandardCharsets.UTF_8);
			for (long written = 0; written < 60L * 1024 * 1024; written += chunk.length) {
				out.write(chunk);
			}
		}
		EXPECTED.put("hostile/sixty-megabytes.html", Set.of("TOO_LARGE"));
		byte[] gz = gzip(page.getBytes(StandardCharsets.UTF_8));
		file(h, "corrupt.html.gz", java.util.Arrays.copyOf(gz, gz.length / 2), "UNREADABLE");
		Path bomb = h.resolve("bomb.html.gz");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 1024; i++) {
				out.write(zeros);
			}
		}
		EXPECTED.put("hostile/bomb.html.gz", Set.of("TOO_LARGE"));
		file(h, "deep-nesting.html",
				("<html><body>" + "<div>".repeat(200_000) + "深" + "</div>".repeat(200_000) + "</body></html>")
					.getBytes(StandardCharsets.UTF_8),
				"TOO_LARGE", "NOT_AN_ARTICLE", "UNREADABLE");
		StringBuilder nav = new StringBuilder("<html><head><title>首页-中工网</title></head><body><ul>");
		for (int i = 0; i < 200; i++) {
			nav.append("<li><a href=\"/n").append(i).append(".html\">新闻标题第").append(i).append("条</a></li>");
		}
		file(h, "navigation-only.html", nav.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8),
				"NOT_AN_ARTICLE", "MISSING_PUBLISHED", "BODY_TOO_SHORT");
		file(h, "future-date.html",
				page("来自未来的新闻报道标题", FAR_FUTURE + " 10:00:00", "UTF-8").getBytes(StandardCharsets.UTF_8), "BAD_DATE");
		file(h, "year-1900.html", page("一九零零年的新闻报道标题", "1900-01-01 10:00:00", "UTF-8").getBytes(StandardCharsets.UTF_8),
				"BAD_DATE", "MISSING_PUBLISHED");
		file(h, "long-title.html",
				page("长".repeat(10_000), "2019-05-27 10:00:00", "UTF-8").getBytes(StandardCharsets.UTF_8), "LOADED",
				"MISSING_TITLE", "NOT_AN_ARTICLE");
		file(h, "control-chars.html",
				page("控制字符\u0001\u0007和替换字符\uFFFD的标题", "2019-05-28 10:00:00", "UTF-8").getBytes(StandardCharsets.UTF_8),
				"LOADED");
		Path outside = Files.writeString(tmp.resolve("outside-secret.html"),
				page("不应读取的文件", "2019-05-29 10:00:00", "UTF-8"));
		Files.createSymbolicLink(h.resolve("link-outside.html"), outside);
		EXPECTED.put("hostile/link-outside.html", Set.of("UNREADABLE"));
		file(h, "name with spaces.html",
				page("文件名里有空格的页面", "2019-05-30 10:00:00", "UTF-8").getBytes(StandardCharsets.UTF_8), "LOADED");
		file(h, "中文文件名.html", page("中文文件名的页面标题", "2019-05-31 10:00:00", "UTF-8").getBytes(StandardCharsets.UTF_8),
				"LOADED");
		file(h, "new\nline.html", page("文件名里有换行的页面", "2019-06-01 10:00:00", "UTF-8").getBytes(StandardCharsets.UTF_8),
				"LOADED");

		try (ConfigurableApplicationContext ctx = ws.open(Map.of())) {
			launch = ctx.getBean(IngestLauncher.class).ingest(ws.articles, ws.rosters);
		}
		HostileTally.print("articles", ws, EXPECTED.keySet());
	}

	@Test
	void runCompletesDespiteTheHostileFiles() {
		assertThat(launch.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void everyHostileFileEndsLoadedOrRejectedWithAnExpectedReason() throws Exception {
		for (Map.Entry<String, Set<String>> e : EXPECTED.entrySet()) {
			String file = e.getKey().replace("'", "''");
			long loaded = ws
				.count("SELECT COUNT(*) FROM file_ledger WHERE status = 'LOADED' AND path = '" + file + "'");
			List<String> reasons = reasons(file);
			String outcome = (loaded == 1) ? "LOADED" : String.join(",", reasons);
			assertThat(e.getValue()).as("outcome of %s: %s", e.getKey(), outcome)
				.containsAnyElementsOf((loaded == 1) ? List.of("LOADED") : reasons);
			if (loaded == 0) {
				assertThat(reasons).as("%s must be rejected with a reason", e.getKey()).isNotEmpty();
			}
		}
	}

	@Test
	void rejectRecordsNameTheFileAndSaySpecificallyWhy() throws Exception {
		assertThat(ws.count("SELECT COUNT(*) FROM reject WHERE file LIKE 'hostile/%' AND CHAR_LENGTH(message) < 10"))
			.isZero();
		assertThat(
				ws.count("SELECT COUNT(*) FROM reject WHERE file = 'hostile/bomb.html.gz' AND message LIKE '%limit%'"))
			.isOne();
	}

	@Test
	void goodPagesBesideThemLoadNormally() throws Exception {
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE file = 'workercn/workercn-2019-05-21-anhui.txt' "
				+ "AND title = '团结动员广大职工为建设美好安徽作贡献'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger")).isEqualTo(countFiles());
	}

	@Test
	void gbkParagraphInAUtf8PageIsStoredInTheBodyWithAWarning() throws Exception {
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE file = 'hostile/mixed-encodings.html' "
				+ "AND title = '混合编码的页面标题在此' AND encoding = 'UTF-8' AND warnings LIKE '%MIXED_ENCODING%' "
				+ "AND body LIKE '%" + PASTED_IN_GBK + "%' AND body LIKE '%这是第5段正文%'"))
			.isOne();
	}

	@Test
	void nothingOutsideTheInputDirectoryIsRead() throws Exception {
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE title LIKE '%不应读取%'")).isZero();
	}

	private static List<String> reasons(String file) throws Exception {
		try (var con = java.sql.DriverManager.getConnection(ws.dbUrl(), "SA", "");
				var ps = con.prepareStatement("SELECT reason FROM reject WHERE file = ? ORDER BY id")) {
			ps.setString(1, file.replace("''", "'"));
			List<String> reasons = new java.util.ArrayList<>();
			try (var rs = ps.executeQuery()) {
				while (rs.next()) {
					reasons.add(rs.getString(1));
				}
			}
			return reasons;
		}
	}

	private static long countFiles() throws IOException {
		try (var s = Files.walk(ws.articles)) {
			return s.filter((p) -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).count();
		}
	}

	private static void file(Path dir, String name, byte[] content, String... outcomes) throws IOException {
		Files.write(dir.resolve(name), content);
		EXPECTED.put("hostile/" + name, Set.of(outcomes));
	}

	/** A plain news page: title, navigation, dateline, five paragraphs, footer. */
	static String page(String title, String published, String metaCharset) {
		StringBuilder body = new StringBuilder();
		for (int i = 1; i <= 5; i++) {
			body.append("<p>这是第")
				.append(i)
				.append("段正文，记者在现场看到，职工们正在车间里忙碌着，")
				.append("他们说今年的任务比往年更重，但是大家的干劲也更足了，工会为大家送来了清凉。</p>\n");
		}
		return "<!DOCTYPE html><html><head>" + ((metaCharset != null) ? "<meta charset=\"" + metaCharset + "\">" : "")
				+ "<title>" + title + "-工会-示例新闻网</title></head><body>"
				+ "<div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/gh\">工会</a> | <a href=\"/sh\">社会</a></div>"
				+ "<h1>" + title + "</h1><div class=\"info\">" + published + " 来源：工人日报 作者：张明</div>"
				+ "<div class=\"content\">" + body + "</div><div class=\"footer\">版权所有 示例新闻网 京ICP备00000000号</div>"
				+ "</body></html>";
	}

	private static byte[] gzip(byte[] bytes) throws IOException {
		var out = new java.io.ByteArrayOutputStream();
		try (var gz = new GZIPOutputStream(out)) {
			gz.write(bytes);
		}
		return out.toByteArray();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, r, a.length, b.length);
		return r;
	}

}
