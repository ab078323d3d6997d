package io.newsroll.cli;

import java.nio.file.Path;
import java.util.Map;

import io.newsroll.batch.CliProcess;
import io.newsroll.batch.Workspace;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A setting newsroll refuses is a configuration error: exit 2 and one line naming the
 * setting, its value where one value is at fault, and the reason; nothing is loaded.
 */
class SettingsErrorIT {

	@TempDir
	Path tmp;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			newsroll.ingest.partitions | 0     | invalid setting: newsroll.ingest.partitions must be at least 1, not 0
			newsroll.ingest.chunk-size | fifty | invalid setting newsroll.ingest.chunk-size = "fifty": not a number
			""")
	void aRefusedSettingIsAConfigurationErrorOnOneLine(String setting, String value, String message) throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));

		CliProcess.Result run = CliProcess.run(ws.root, Map.of(setting, value), "ingest");

		assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE);
		assertThat(run.err().strip().lines()).containsExactly("newsroll: configuration error: " + message);
		assertThat(run.out()).doesNotContain("COMPLETED");
	}

}
