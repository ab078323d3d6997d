package io.newsroll.cli;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command line that names a command builds only that command's model (start-up of the
 * small commands, issue 21), and that command reads its arguments and prints its help as
 * in the command line with every command; anything else gets every command.
 */
class CommandModelTest {

	@Test
	void aNamedCommandIsTheOnlyOneModelledAndIsTheSameAsInTheWholeCommandLine() {
		CommandLine whole = NewsrollCommand.commandLine();
		List<String> names = new ArrayList<>(whole.getSubcommands().keySet());
		assertThat(names).contains("ingest", "jobs", "rejects", "report", "help").hasSize(12);
		for (String name : names) {
			if (name.equals("help")) {
				continue;
			}
			CommandLine alone = NewsrollCommand.commandLine(name, "--some-option");

			assertThat(alone.getSubcommands().keySet()).as(name).containsExactly(name);
			assertThat(usages(alone.getSubcommands().get(name))).as(name)
				.isEqualTo(usages(whole.getSubcommands().get(name)));
		}
	}

	@Test
	void helpAnOptionOrAMisspelledCommandGetsEveryCommand() {
		int all = NewsrollCommand.commandLine().getSubcommands().size();
		for (String first : List.of("help", "--help", "-V", "jbos", "")) {
			assertThat(NewsrollCommand.commandLine(first, "jobs").getSubcommands()).as(first).hasSize(all);
		}
		assertThat(NewsrollCommand.commandLine().getUsageMessage()).contains("jobs").contains("rejects");
	}

	/** The usage help of a command and of each of its subcommands, all the way down. */
	private static List<String> usages(CommandLine command) {
		List<String> usages = new ArrayList<>(List.of(command.getUsageMessage()));
		command.getSubcommands().values().forEach((sub) -> usages.addAll(usages(sub)));
		return usages;
	}

}
