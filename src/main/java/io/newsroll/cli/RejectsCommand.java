package io.newsroll.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import io.newsroll.batch.articles.IngestLauncher;
import io.newsroll.batch.files.FileLedger;
import io.newsroll.batch.rejects.CsvCells;
import io.newsroll.batch.rejects.RejectRepository;
import io.newsroll.batch.run.JobRunner;
import io.newsroll.core.reject.ReasonCode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code newsroll rejects}: what was rejected and why; {@code rejects retry} loads
 * rejected files again.
 */
@Command(name = "rejects", mixinStandardHelpOptions = true, subcommands = RejectsCommand.Retry.class,
		description = { "List rejects (file, location, reason code, message), latest run first.",
				"'rejects retry' forgets the rejected files in the ledger and runs ingest, so that they are read again "
						+ "(for example after a parser fix or a corrected file)." },
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:done", "1:the retry run failed",
				"2:usage error (unknown reason code)", "3:an ingest run holds the lock" })
public class RejectsCommand implements Callable<Integer> {

	/** Output formats of the listing. */
	enum Format {

		table, csv, json

	}

	@Option(names = "--run", paramLabel = "ID", scope = ScopeType.INHERIT,
			description = "Only the rejects of this run (execution id); also of 'retry': only the files this run rejected.")
	Long run;

	@Option(names = "--reason", paramLabel = "CODE", description = "Only this reason code (${COMPLETION-CANDIDATES}).",
			completionCandidates = ReasonCodes.class)
	String reason;

	@Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
	Format format;

	@Mixin
	DatabaseOptions db;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		if (this.reason != null) {
			try {
				ReasonCode.valueOf(this.reason);
			}
			catch (IllegalArgumentException ex) {
				throw new ConfigurationException("unknown reason code '" + this.reason + "' (expected one of "
						+ List.of(ReasonCode.values()) + ")");
			}
		}
		try (Reads reads = Reads.open(this.db)) {
			List<RejectRepository.Reject> rejects = reads.data().rejects(this.run, this.reason);
			ZoneId zone = reads.zone();
			PrintWriter out = this.spec.commandLine().getOut();
			switch (this.format) {
				case csv -> {
					ICSVWriter csv = new CSVWriter(out);
					csv.writeNext(new String[] { "run_id", "file", "location", "reason", "message", "created_at" });
					for (RejectRepository.Reject r : rejects) {
						csv.writeNext(new String[] { Long.toString(r.runId()), CsvCells.safe(r.file()),
								CsvCells.safe(r.location()), r.reason(), CsvCells.safe(r.message()), inZone(r, zone) });
					}
					csv.flush();
				}
				case json -> {
					JsonMapper json = JsonMapper.builder().build();
					for (RejectRepository.Reject r : rejects) {
						Map<String, Object> m = new java.util.LinkedHashMap<>();
						m.put("run_id", r.runId());
						m.put("file", r.file());
						m.put("location", r.location());
						m.put("reason", r.reason());
						m.put("message", r.message());
						m.put("created_at", inZone(r, zone));
						out.println(json.writeValueAsString(m));
					}
				}
				default -> {
					out.printf("%6s  %-19s %-18s %-48s %-8s %s%n", "RUN", "TIME", "REASON", "FILE", "WHERE", "MESSAGE");
					for (RejectRepository.Reject r : rejects) {
						out.printf("%6d  %-19s %-18s %-48s %-8s %s%n", r.runId(),
								JobsCommand.TIME.format(r.createdAt().atZoneSameInstant(zone)), r.reason(),
								JobsCommand.abbreviate(r.file(), 48), (r.location() != null) ? r.location() : "",
								r.message());
					}
					out.printf("%d reject(s); times in %s (newsroll.zone)%n", rejects.size(), zone.getId());
				}
			}
			out.flush();
			return ExitCode.OK;
		}
	}

	@Command(name = "retry", mixinStandardHelpOptions = true,
			description = "Read the rejected files again: forget them in the ledger, then run ingest.")
	static class Retry implements Callable<Integer> {

		@ParentCommand
		RejectsCommand parent;

		@Option(names = "--input", paramLabel = "DIR", defaultValue = "input/articles",
				description = "Article files (default: ${DEFAULT-VALUE}).")
		java.nio.file.Path articles;

		@Option(names = "--rosters", paramLabel = "DIR", defaultValue = "input/rosters",
				description = "Roster files (default: ${DEFAULT-VALUE}).")
		java.nio.file.Path rosters;

		@Override
		public Integer call() throws Exception {
			return JobLocks.underLock("ingest", this.parent.spec, this::retry);
		}

		private int retry() throws Exception {
			try (ConfigurableApplicationContext ctx = AppContext.open(this.parent.db, Map.of())) {
				int forgotten = ctx.getBean(FileLedger.class).forgetRejected(this.parent.run);
				PrintWriter out = this.parent.spec.commandLine().getOut();
				out.printf("%d rejected file(s) will be read again%n", forgotten);
				JobRunner.Launch launch = ctx.getBean(IngestLauncher.class).ingest(this.articles, this.rosters);
				return RunOutcome.report(ctx, launch, List.of(), out);
			}
		}

	}

	/** When a reject was recorded, in the configured zone with its offset (ISO 8601). */
	private static String inZone(RejectRepository.Reject r, ZoneId zone) {
		return r.createdAt().atZoneSameInstant(zone).toOffsetDateTime().toString();
	}

	/** The reason codes, for --help. */
	static final class ReasonCodes implements Iterable<String> {

		@Override
		public java.util.Iterator<String> iterator() {
			return java.util.Arrays.stream(ReasonCode.values()).map(Enum::name).iterator();
		}

	}

}
