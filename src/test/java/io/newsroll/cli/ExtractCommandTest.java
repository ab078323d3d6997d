package io.newsroll.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path tmp;

	@Test
	void printsArticleThenRosterThenRejectAsJsonLinesAndExitsZero() throws IOException {
		Path dir = Files.createDirectories(this.tmp.resolve("pages"));
		Files.write(dir.resolve("a-seed.txt"), seed());
		Files.write(dir.resolve("b-empty.html"), new byte[0]);
		Files.writeString(dir.resolve("c-notes.md"), "not a page", StandardCharsets.UTF_8);

		Run run = extract(dir.toString());

		assertThat(run.exitCode).isZero();
		List<JsonNode> lines = run.lines();
		assertThat(lines).extracting((n) -> n.get("kind").asString()).containsExactly("article", "roster", "reject");
		assertThat(lines.get(0).get("title").asString()).isEqualTo("团结动员广大职工为建设美好安徽作贡献");
		assertThat(lines.get(0).get("file").asString()).isEqualTo(dir.resolve("a-seed.txt").toString());
		assertThat(lines.get(1).get("members")).hasSize(19);
		assertThat(lines.get(2).get("reason").asString()).isEqualTo("NOT_AN_ARTICLE");
		assertThat(lines.get(2).get("message").asString()).contains("b-empty.html").contains("empty");
	}

	@Test
	void readsAGzippedPageNamedExplicitly() throws IOException {
		Path page = this.tmp.resolve("seed.txt.gz");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
			gz.write(seed());
		}
		Files.write(page, bytes.toByteArray());

		Run run = extract(page.toString());

		assertThat(run.exitCode).isZero();
		assertThat(run.lines().get(0).get("format").asString()).isEqualTo("text+gzip");
		assertThat(run.lines().get(0).get("published").asString()).isEqualTo("2019-05-21T07:39:30+08:00");
	}

	@Test
	void rejectsAPageThatFailsValidationUnlessAskedNotTo() throws IOException {
		Path page = this.tmp.resolve("undated.html");
		Files.writeString(page,
				"<html><head><title>标题</title></head><body><h1>标题</h1>"
						+ "<p>这是一篇没有日期的文章，正文有足够的长度，但是页面上找不到任何发布时间，所以入库时会被拒绝。</p>"
						+ "<p>第二段也是正文内容，同样没有日期，只是为了让正文更长一些，像一篇真正的文章。</p></body></html>",
				StandardCharsets.UTF_8);

		Run strict = extract(page.toString());
		Run lenient = extract("--no-validate", page.toString());

		assertThat(strict.lines()).extracting((n) -> n.get("reason").asString()).containsExactly("MISSING_PUBLISHED");
		assertThat(lenient.lines()).extracting((n) -> n.get("kind").asString()).containsExactly("article");
		assertThat(lenient.lines().get(0).get("warnings").toString()).contains("NO_PUBLISHED");
	}

	@Test
	void readsAUtf8PageWithAGbkParagraphAndSaysSoOnStandardError() throws IOException {
		String pasted = "这一段是国标编码的文字，混在统一码的页面里面。";
		String[] page = ("<html><head><meta charset=\"utf-8\"><title>新春走基层：山村里的年味-社会-示例网</title></head><body>"
				+ "<h1>新春走基层：山村里的年味</h1><div class=\"info\">2022-02-13 10:05 来源：示例日报</div>"
				+ "<p>腊月二十八，记者来到大山深处的石门村，家家户户正忙着贴春联、挂灯笼，村口的老槐树下聚满了晒太阳的老人。</p>"
				+ "<p>@</p><p>村里的年轻人也带回了新鲜事：直播卖山货、网上订年夜饭，老人们看得直乐，说这日子越过越有盼头。</p></body></html>")
			.split("@");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(page[0].getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes(pasted.getBytes(java.nio.charset.Charset.forName("GBK")));
		bytes.writeBytes(page[1].getBytes(StandardCharsets.UTF_8));
		Path file = Files.write(this.tmp.resolve("mixed.html"), bytes.toByteArray());

		Run run = extract(file.toString());

		assertThat(run.exitCode).isZero();
		assertThat(run.lines().get(0).get("body_paragraphs").toString()).contains(pasted);
		assertThat(run.lines().get(0).get("encoding").asString()).isEqualTo("UTF-8");
		assertThat(run.lines().get(0).get("warnings").toString()).contains("MIXED_ENCODING");
		assertThat(run.err.strip())
			.isEqualTo(file + ": mixed encodings: 1 byte runs read as GB18030, the rest as UTF-8");
	}

	@Test
	void exitsTwoForAPathThatDoesNotExist() {
		Run run = extract(this.tmp.resolve("missing").toString());

		assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
		assertThat(run.err).contains("no such file or directory");
		assertThat(run.out).isEmpty();
	}

	@Test
	void followsSymbolicLinksUnderADirectory() throws IOException {
		Path real = Files.createDirectories(this.tmp.resolve("real/page-1"));
		Files.write(real.resolve("page.txt"), seed());
		Path dir = Files.createDirectories(this.tmp.resolve("links"));
		Files.createSymbolicLink(dir.resolve("page-1"), real);

		Run run = extract(dir.toString());

		assertThat(run.exitCode).as(run.err).isZero();
		assertThat(run.lines()).extracting((n) -> n.get("kind").asString()).containsExactly("article", "roster");
		assertThat(run.lines().get(0).get("file").asString())
			.isEqualTo(dir.resolve("page-1").resolve("page.txt").toString());
	}

	@Test
	void namesALinkThatLoopsBackInsteadOfFailing() throws IOException {
		Path dir = Files.createDirectories(this.tmp.resolve("tree/sub"));
		Files.write(dir.resolve("page.txt"), seed());
		Files.createSymbolicLink(dir.resolve("up"), this.tmp.resolve("tree"));

		Run run = extract(this.tmp.resolve("tree").toString());

		assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
		assertThat(run.err).contains("leads back").contains("up").doesNotContain("Exception:");
		assertThat(run.out).isEmpty();
	}

	@Test
	void saysSoAndExitsTwoForADirectoryWithoutPages() throws IOException {
		Path dir = Files.createDirectories(this.tmp.resolve("nothing"));
		Files.writeString(dir.resolve("notes.md"), "not a page", StandardCharsets.UTF_8);

		Run run = extract(dir.toString());

		assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
		assertThat(run.err).contains("no page").contains(dir.toString()).doesNotContain("Exception");
		assertThat(run.out).isEmpty();
	}

	@Test
	void helpDocumentsTheOutputAndOptions() {
		Run run = extract("--help");

		assertThat(run.exitCode).isZero();
		assertThat(run.out).contains("kind").contains("reject").contains("--zone").contains("--no-validate");
	}

	private static byte[] seed() throws IOException {
		try (InputStream in = ExtractCommandTest.class.getResourceAsStream("/seed/workercn-2019-05-21-anhui.txt")) {
			return in.readAllBytes();
		}
	}

	private static Run extract(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine cl = NewsrollCommand.commandLine();
		cl.setOut(new PrintWriter(out, true));
		cl.setErr(new PrintWriter(err, true));
		String[] all = new String[args.length + 1];
		all[0] = "extract";
		System.arraycopy(args, 0, all, 1, args.length);
		int code = cl.execute(all);
		return new Run(code, out.toString(), err.toString());
	}

	private record Run(int exitCode, String out, String err) {

		List<JsonNode> lines() {
			return this.out.lines().filter((l) -> !l.isBlank()).map(JSON::readTree).toList();
		}

	}

}
