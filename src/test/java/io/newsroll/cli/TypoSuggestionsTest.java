package io.newsroll.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class TypoSuggestionsTest {

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine cl = NewsrollCommand.commandLine();
		cl.setOut(new PrintWriter(new StringWriter(), true));
		cl.setErr(new PrintWriter(this.err, true));
		return cl.execute(args);
	}

	@Test
	void aMisspelledCommandGetsTheNearestOne() {
		assertThat(run("repotr", "--from", "2024-05-01")).isEqualTo(ExitCode.USAGE);
		assertThat(this.err.toString()).contains("Did you mean").contains("report");
	}

	@Test
	void aMisspelledOptionGetsTheNearestOne() {
		assertThat(run("report", "--from", "2024-05-01", "--to", "2024-05-01", "--locle", "en"))
			.isEqualTo(ExitCode.USAGE);
		assertThat(this.err.toString()).contains("--locale");
	}

}
