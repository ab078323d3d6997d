package io.newsroll.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.newsroll.batch.files.FileLedger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule table turns a failure, however deep in its cause chain, into one line and the
 * exit code; what no rule knows gets the generic line naming the root cause.
 */
class FailureReportTest {

	@Test
	void twoFilesUnderOneLedgerPathSayWhichFilesAndThatItIsADefect() {
		Throwable collision = collision();
		FailureReport.Verdict verdict = FailureReport
			.of(new IllegalStateException("step failed", new RuntimeException("chunk failed", collision)), "ingest");

		assertThat(verdict.rule()).isEqualTo("files unaccounted");
		assertThat(verdict.exitCode()).isEqualTo(ExitCode.FAILED);
		assertThat(verdict.line()).contains("'same.txt'", "/in/a.txt", "/in/b.txt", "defect of newsroll",
				"rename one of the two files");
		assertThat(FailureReport.console(verdict)).startsWith("newsroll: ").doesNotContain("\n");
	}

	@Test
	void aFullDiskIsOneLineThatSaysARerunResumes() {
		FailureReport.Verdict verdict = FailureReport
			.of(new UncheckedIOException(new IOException("No space left on device")), "ingest");

		assertThat(verdict.rule()).isEqualTo("disk full");
		assertThat(verdict.line()).contains("No space left on device", "free some space", FailureReport.RERUN);
	}

	@Test
	void aFailureNoRuleKnowsNamesItsRootCause() {
		FailureReport.Verdict verdict = FailureReport
			.of(new IllegalStateException("outer", new ArithmeticException("/ by zero")), "report");

		assertThat(verdict.rule()).isEqualTo("unknown");
		assertThat(verdict.exitCode()).isEqualTo(ExitCode.FAILED);
		assertThat(verdict.line()).startsWith("report failed: ").contains("/ by zero");
	}

	private static Throwable collision() {
		return new FileLedger.FileAccountingException("same.txt", Path.of("/in/a.txt"), Path.of("/in/b.txt"));
	}

}
