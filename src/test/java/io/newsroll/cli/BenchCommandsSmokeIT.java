package io.newsroll.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small run of every benchmark, so that the benchmarks never rot (the numbers are not
 * checked here).
 */
class BenchCommandsSmokeIT {

	@TempDir
	Path tmp;

	@Test
	void benchmarksRunOnASmallGeneratedCorpus() {
		Path corpus = this.tmp.resolve("corpus");
		assertThat(run("bench", "generate", "--pages", "40", "--out", corpus.toString()).exit()).isZero();

		Run extract = run("bench", "extract", "--input", corpus.toString(), "--rounds", "1");
		assertThat(extract.exit()).isZero();
		assertThat(extract.out()).contains("html").contains("text").contains("ratio");
		if (Files.isDirectory(Path.of("/proc/self/task"))) {
			assertThat(extract.out()).containsPattern("whole process, cpu by thread: .*main \\d+\\.\\d s");
		}

		Run ingest = run("bench", "ingest", "--input", corpus.toString(), "--work",
				this.tmp.resolve("ingest").toString());
		assertThat(ingest.exit()).as(ingest.out()).isZero();
		assertThat(ingest.out()).contains("first run").contains("pages/s").contains("rerun / first run time");
		if (Files.isDirectory(Path.of("/proc/self/task"))) {
			// the child's processor time by kind of thread, read from /proc
			assertThat(ingest.out()).containsPattern("cpu by thread: .*main \\d+\\.\\d s");
			// resident memory, and its part that is not mapped files
			assertThat(ingest.out()).containsPattern("peak RSS [\\d,]+ MiB \\(anonymous [\\d,]+ MiB\\)");
		}

		Run report = run("bench", "report", "--articles", "300", "--work", this.tmp.resolve("report").toString());
		assertThat(report.exit()).as(report.out()).isZero();
		assertThat(report.out()).contains("generated 300 articles").contains("report xlsx").contains("report pdf");
	}

	private static Run run(String... args) {
		CommandLine cl = NewsrollCommand.commandLine();
		StringWriter out = new StringWriter();
		cl.setOut(new PrintWriter(out, true));
		int exit = cl.execute(args);
		return new Run(exit, out.toString());
	}

	record Run(int exit, String out) {
	}

}
