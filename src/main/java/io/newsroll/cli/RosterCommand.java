package io.newsroll.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newsroll.batch.rosters.RosterHistory;
import io.newsroll.batch.rosters.RosterHistory.Appearance;
import io.newsroll.batch.rosters.RosterHistory.Change;
import io.newsroll.batch.rosters.RosterHistory.TitleSpan;
import io.newsroll.core.roster.PersonNames;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsroll roster show|changes}: the history kept in the roster snapshots. */
@Command(name = "roster", mixinStandardHelpOptions = true,
		description = "Roster history: a person's titles over time, and the changes between snapshots.",
		subcommands = { RosterCommand.Show.class, RosterCommand.Changes.class })
public class RosterCommand implements Runnable {

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(), "Missing subcommand: show or changes");
	}

	/** {@code roster show NAME}. */
	@Command(name = "show", mixinStandardHelpOptions = true,
			description = {
					"Prints a person's titles with the dates they were first and last seen, and the snapshots "
							+ "the person appears on.",
					"Titles are tab-separated: title, first seen, last seen, snapshots." })
	static class Show implements Callable<Integer> {

		@Spec
		CommandLine.Model.CommandSpec spec;

		@Mixin
		DatabaseOptions db;

		@Parameters(paramLabel = "NAME", description = "The person's name (padding such as \"陈 刚\" is ignored).")
		String name;

		@Override
		public Integer call() {
			String normalized = PersonNames.normalize(this.name);
			if (normalized.isEmpty()) {
				throw new CommandLine.ParameterException(this.spec.commandLine(), "NAME must not be blank");
			}
			try (var ctx = AppContext.open(this.db, Map.of())) {
				RosterHistory history = ctx.getBean(RosterHistory.class);
				List<TitleSpan> titles = history.titles(normalized);
				List<Appearance> appearances = history.appearances(normalized);
				PrintWriter out = this.spec.commandLine().getOut();
				if (appearances.isEmpty()) {
					this.spec.commandLine().getErr().println("newsroll: " + normalized + " is on no roster snapshot");
					return ExitCode.OK;
				}
				out.println(normalized);
				out.println("titles:");
				for (TitleSpan title : titles) {
					out.println("  " + title.title() + "\t" + date(title.firstSeen()) + "\t" + date(title.lastSeen())
							+ "\t" + title.snapshots());
				}
				out.println("snapshots:");
				for (Appearance appearance : appearances) {
					out.println("  " + date(appearance.asOf()) + "\t" + appearance.heading() + "\t" + appearance.file()
							+ "\t" + appearance.sourceKind().toLowerCase(java.util.Locale.ROOT));
				}
				out.flush();
				return ExitCode.OK;
			}
		}

	}

	/** {@code roster changes [--roster HEADING] [--from D] [--to D]}. */
	@Command(name = "changes", mixinStandardHelpOptions = true,
			description = {
					"Prints who joined, who left, and which titles were added or removed between consecutive "
							+ "snapshots of each roster (same heading, by as-of date).",
					"Tab-separated: as_of, previous_as_of, roster, change, name, title." })
	static class Changes implements Callable<Integer> {

		@Spec
		CommandLine.Model.CommandSpec spec;

		@Mixin
		DatabaseOptions db;

		@Option(names = "--roster", paramLabel = "HEADING", description = "Only this roster (its heading, e.g. 全总领导).")
		String roster;

		@Option(names = "--from", paramLabel = "DATE",
				description = "Only changes seen on or after this date (yyyy-MM-dd).")
		LocalDate from;

		@Option(names = "--to", paramLabel = "DATE",
				description = "Only changes seen on or before this date (yyyy-MM-dd).")
		LocalDate to;

		@Override
		public Integer call() {
			if (this.from != null && this.to != null && this.from.isAfter(this.to)) {
				throw new CommandLine.ParameterException(this.spec.commandLine(), "--from must not be after --to");
			}
			try (var ctx = AppContext.open(this.db, Map.of())) {
				List<Change> changes = ctx.getBean(RosterHistory.class).changes(this.roster, this.from, this.to);
				PrintWriter out = this.spec.commandLine().getOut();
				out.println("as_of\tprevious_as_of\troster\tchange\tname\ttitle");
				for (Change change : changes) {
					out.println(date(change.asOf()) + "\t" + date(change.previousAsOf()) + "\t" + change.heading()
							+ "\t" + change.kind().name().toLowerCase(java.util.Locale.ROOT) + "\t" + change.name()
							+ "\t" + ((change.title() != null) ? change.title() : ""));
				}
				out.flush();
				return ExitCode.OK;
			}
		}

	}

	private static String date(LocalDate date) {
		return (date != null) ? date.toString() : "-";
	}

}
