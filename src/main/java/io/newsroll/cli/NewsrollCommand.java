package io.newsroll.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command. Subcommands that need no database (extract, evaluate) run as plain
 * Java; the others open the Spring context through {@link AppContext}.
 */
@Command(name = "newsroll", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Batch ETL and reports for crawled news pages and rosters.",
		subcommands = { IngestCommand.class, RunCommand.class, ScheduleCommand.class, JobsCommand.class,
				RejectsCommand.class, ReportCommand.class, RosterCommand.class, DbCommand.class, ExtractCommand.class,
				EvaluateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class },
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:completed (rejects alone do not fail a run)",
				"1:failed", "2:usage or configuration error", "3:another run of the job holds the lock" })
public class NewsrollCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(), "Missing command");
	}

	/** Parses and runs a command line, returning the process exit code. */
	public static int run(String... args) {
		return commandLine().execute(args);
	}

	static CommandLine commandLine() {
		CommandLine cl = new CommandLine(new NewsrollCommand());
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

}
