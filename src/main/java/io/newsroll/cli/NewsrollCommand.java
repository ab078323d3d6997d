package io.newsroll.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command. Subcommands that need no database (extract, evaluate) run as plain
 * Java; the others open the Spring context through {@link AppContext}.
 */
@Command(name = "newsroll", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Batch ETL and reports for crawled news pages and rosters.",
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:completed (rejects alone do not fail a run)",
				"1:failed", "2:usage or configuration error", "3:another run of the job holds the lock" })
public class NewsrollCommand implements Runnable {

	/** The commands, in the order the help lists them. */
	static final List<Class<?>> COMMANDS = List.of(IngestCommand.class, RunCommand.class, ScheduleCommand.class,
			JobsCommand.class, RejectsCommand.class, ReportCommand.class, RosterCommand.class, DbCommand.class,
			ExtractCommand.class, EvaluateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class);

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(), "Missing command");
	}

	/** Parses and runs a command line, returning the process exit code. */
	public static int run(String... args) {
		return commandLine(args).execute(args);
	}

	/** The command line with every command. */
	static CommandLine commandLine() {
		return commandLine(new String[0]);
	}

	/**
	 * The command line for these arguments: when they start with a command's name, that
	 * command is the only one picocli builds the model of (the model of all of them is a
	 * large part of a small command's start-up, see docs/performance.md); anything else
	 * (help, a misspelled command, an option) gets every command.
	 */
	static CommandLine commandLine(String... arguments) {
		CommandLine cl = new CommandLine(new NewsrollCommand());
		Class<?> named = (arguments.length > 0) ? named(arguments[0]) : null;
		for (Class<?> command : COMMANDS) {
			if (named == null || command == named) {
				cl.addSubcommand(command);
			}
		}
		cl.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
		cl.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
		cl.setExitCodeExceptionMapper(
				ex -> (ex instanceof CommandLine.ParameterException) ? ExitCode.USAGE : ExitCode.FAILED);
		cl.setParameterExceptionHandler((ex, args) -> {
			CommandLine cmd = ex.getCommandLine();
			cmd.getErr().println("newsroll: " + ex.getMessage());
			// a typo in a command or option: picocli names the nearest ones
			CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr());
			cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
			return ExitCode.USAGE;
		});
		cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
			FailureReport.Verdict verdict = FailureReport.of(ex,
					cmd.getCommandSpec().qualifiedName(" ").replaceFirst("^newsroll ", ""));
			cmd.getErr().println(FailureReport.console(verdict));
			return verdict.exitCode();
		});
		return cl;
	}

	/**
	 * The command of that name (or alias), other than help (which needs the others to
	 * describe them), or null.
	 */
	private static Class<?> named(String name) {
		for (Class<?> command : COMMANDS) {
			Command annotation = command.getAnnotation(Command.class);
			if (command != CommandLine.HelpCommand.class && (annotation.name().equals(name)
					|| java.util.Arrays.asList(annotation.aliases()).contains(name))) {
				return command;
			}
		}
		return null;
	}

}
