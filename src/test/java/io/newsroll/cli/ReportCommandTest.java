package io.newsroll.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import io.newsroll.batch.db.HsqldbUrls;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine cl = NewsrollCommand.commandLine();
		cl.setOut(new PrintWriter(this.out, true));
		cl.setErr(new PrintWriter(this.err, true));
		return cl.execute(args);
	}

	@Test
	void rejectsADateThatIsNotADate() {
		assertThat(run("report", "--from", "2019-13-01", "--to", "2019-05-31")).isEqualTo(ExitCode.USAGE);
		assertThat(this.err.toString()).contains("--from: '2019-13-01' is not a date (use YYYY-MM-DD");
	}

	@Test
	void rejectsAPeriodThatEndsBeforeItStarts() {
		assertThat(run("report", "--from", "2019-06-01", "--to", "2019-05-31")).isEqualTo(ExitCode.USAGE);
		assertThat(this.err.toString()).contains("--from 2019-06-01 is after --to 2019-05-31");
	}

	@Test
	void rejectsAnUnknownFormat() {
		assertThat(run("report", "--from", "2019-05-01", "--to", "2019-05-31", "--format", "docx"))
			.isEqualTo(ExitCode.USAGE);
		assertThat(this.err.toString()).contains("unknown report format 'docx'");
	}

	@Test
	void helpNamesEveryOption() {
		assertThat(run("report", "--help")).isEqualTo(ExitCode.OK);
		assertThat(this.out.toString()).contains("--from", "--to", "--format", "--locale", "--out", "--db-url");
	}

	@Test
	void writesTheRequestedFilesAndPrintsTheirPaths() throws Exception {
		String url = HsqldbUrls.file(this.dir.resolve("db/newsroll"));
		Path target = this.dir.resolve("reports");
		int code = run("report", "--from", "2019-05-01", "--to", "2019-05-31", "--format", "pdf", "--locale", "en",
				"--out", target.toString(), "--db-url", url);
		assertThat(code).as(this.err.toString()).isEqualTo(ExitCode.OK);
		Path pdf = target.resolve("newsroll-2019-05-01_2019-05-31-en.pdf");
		assertThat(pdf).isRegularFile();
		assertThat(Files.exists(target.resolve("newsroll-2019-05-01_2019-05-31-en.xlsx"))).isFalse();
		assertThat(this.out.toString().strip()).isEqualTo(pdf.toString());
		assertThat(this.err.toString()).as("an empty report says so on the console")
			.contains(
					"warning: the report of 2019-05-01 – 2019-05-31 has no articles; the database holds no articles yet");
	}

	@Test
	void aChineseAndAnEnglishReportOfOnePeriodSitSideBySide() throws Exception {
		String url = HsqldbUrls.file(this.dir.resolve("db/newsroll"));
		Path target = this.dir.resolve("reports");
		for (String locale : new String[] { "zh", "en" }) {
			assertThat(run("report", "--from", "2019-05-01", "--to", "2019-05-01", "--locale", locale, "--out",
					target.toString(), "--db-url", url))
				.as(this.err.toString())
				.isEqualTo(ExitCode.OK);
		}
		try (var files = Files.list(target)) {
			assertThat(files.map((p) -> p.getFileName().toString())).containsExactlyInAnyOrder(
					"newsroll-2019-05-01_2019-05-01-zh.xlsx", "newsroll-2019-05-01_2019-05-01-zh.pdf",
					"newsroll-2019-05-01_2019-05-01-en.xlsx", "newsroll-2019-05-01_2019-05-01-en.pdf");
		}
	}

}
