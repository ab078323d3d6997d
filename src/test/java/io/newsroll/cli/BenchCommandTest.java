package io.newsroll.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {

	@TempDir
	Path tmp;

	@Test
	void generatesPagesFromTheSeedTemplateAndReportsCounts() throws Exception {
		Path out = this.tmp.resolve("corpus");
		StringWriter stdout = new StringWriter();

		int code = run(stdout, new StringWriter(), "bench", "generate", "--pages", "12", "--out", out.toString(),
				"--templates", seed().toString(), "--seed", "5");

		assertThat(code).isZero();
		assertThat(stdout.toString()).contains("pages=12 ").contains("templates=1 ");
		assertThat(Files.readAllLines(out.resolve("truth.jsonl"))).hasSize(12);
	}

	@Test
	void refusesToWriteIntoADirectoryThatIsNotEmpty() throws Exception {
		Files.writeString(this.tmp.resolve("keep.txt"), "x");
		StringWriter err = new StringWriter();

		int code = run(new StringWriter(), err, "bench", "generate", "--pages", "3", "--out", this.tmp.toString(),
				"--templates", seed().toString());

		assertThat(code).isEqualTo(ExitCode.USAGE);
		assertThat(err.toString()).contains("not empty");
	}

	@Test
	void refusesZeroPages() throws Exception {
		StringWriter err = new StringWriter();

		int code = run(new StringWriter(), err, "bench", "generate", "--pages", "0", "--out",
				this.tmp.resolve("c").toString(), "--templates", seed().toString());

		assertThat(code).isEqualTo(ExitCode.USAGE);
		assertThat(err.toString()).contains("at least 1");
	}

	private static Path seed() throws Exception {
		return Path.of(BenchCommandTest.class.getResource("/seed").toURI());
	}

	private static int run(StringWriter out, StringWriter err, String... args) {
		var cl = NewsrollCommand.commandLine();
		cl.setOut(new PrintWriter(out, true));
		cl.setErr(new PrintWriter(err, true));
		return cl.execute(args);
	}

	@Test
	void benchIngestCountsThePagesOfEitherSummaryForm() {
		assertThat(BenchRunCommands.Ingest.countPages("  files seen           1,234\n  loaded  1,200\n"))
			.isEqualTo(1234);
		assertThat(BenchRunCommands.Ingest
			.countPages("2026-12-07 10:00:00 +08:00 newsroll ingest run 3 COMPLETED in 6.5 s: 1,234 seen, 0 unchanged, "
					+ "1,200 loaded, 34 rejected"))
			.isEqualTo(1234);
	}

}
