package io.newsroll.batch.run;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The one-screen summary that ends every run: files seen, skipped as unchanged, loaded,
 * rejected by reason, reports written, time taken.
 *
 * @param execution the job execution
 * @param filesSeen files read by the file steps
 * @param skipped files skipped because the ledger has them unchanged
 * @param loaded files loaded (articles and roster files)
 * @param rejectsByReason rejects of this execution by reason code
 * @param reports report files written
 */
public record RunSummary(JobExecution execution, long filesSeen, long skipped, long loaded,
		Map<String, Long> rejectsByReason, List<String> reports) {

	public static RunSummary of(JobExecution execution, long loaded, Map<String, Long> rejectsByReason,
			List<String> reports) {
		long read = 0;
		long filtered = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStepName().contains(":partition") || step.getStepName().endsWith("Files")) {
				// the reader leaves out files the ledger has unchanged: seen, never read
				long unchanged = step.getExecutionContext().getLong(RunProgress.UNCHANGED_FILES, 0);
				read += step.getReadCount() + unchanged;
				filtered += step.getFilterCount() + unchanged;
			}
		}
		return new RunSummary(execution, read, filtered, loaded, Map.copyOf(rejectsByReason), List.copyOf(reports));
	}

	public long rejected() {
		return this.rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
	}

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	/** The run's end (or last update), in {@code zone}, labelled with it. */
	public String ended(ZoneId zone) {
		JobExecution e = this.execution;
		LocalDateTime end = (e.getEndTime() != null) ? e.getEndTime() : e.getLastUpdated();
		if (end == null) {
			return "-";
		}
		// Spring Batch keeps the JVM's wall clock
		return WHEN.format(end.atZone(ZoneId.systemDefault()).withZoneSameInstant(zone)) + " " + zone.getId();
	}

	private Duration took() {
		JobExecution e = this.execution;
		LocalDateTime start = e.getStartTime();
		LocalDateTime end = (e.getEndTime() != null) ? e.getEndTime() : e.getLastUpdated();
		return (start != null && end != null) ? Duration.between(start, end) : Duration.ZERO;
	}

	/**
	 * The run in one dated line, for logs that grow night after night (cron):
	 * {@code 2026-12-07 02:30:09 Asia/Shanghai newsroll daily run 7 COMPLETED in 9.1 s:
	 * 57 seen, 3 unchanged, 51 loaded, 3 rejected (MISSING_PUBLISHED 3)}.
	 */
	public String line(ZoneId zone) {
		JobExecution e = this.execution;
		Duration took = took();
		StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
				"%s newsroll %s run %d %s in %d.%01d s: %,d seen, %,d unchanged, %,d loaded, %,d rejected", ended(zone),
				e.getJobInstance().getJobName(), e.getId(), e.getStatus(), took.toSeconds(), took.toMillisPart() / 100,
				this.filesSeen, this.skipped, this.loaded, rejected()));
		if (!this.rejectsByReason.isEmpty()) {
			s.append(" (");
			s.append(String.join(", ",
					this.rejectsByReason.entrySet()
						.stream()
						.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
						.map((r) -> r.getKey() + " " + r.getValue())
						.toList()));
			s.append(")");
		}
		if (!this.reports.isEmpty()) {
			s.append("; reports ").append(String.join(", ", this.reports));
		}
		if (!e.getAllFailureExceptions().isEmpty()) {
			s.append("; failure ").append(rootMessage(e.getAllFailureExceptions().get(0)));
		}
		return s.toString();
	}

	/** The one-screen box for a terminal, dated in {@code zone}. */
	public void print(PrintWriter out, ZoneId zone) {
		JobExecution e = this.execution;
		Duration took = took();
		out.println("──────────────────────────────────────────────");
		out.printf("newsroll %s  run %d  %s%n", e.getJobInstance().getJobName(), e.getId(), e.getStatus());
		out.printf("  ended             %s%n", ended(zone));
		out.printf("  files seen        %,10d%n", this.filesSeen);
		out.printf("  skipped unchanged %,10d%n", this.skipped);
		out.printf("  loaded            %,10d%n", this.loaded);
		out.printf("  rejected          %,10d%n", rejected());
		this.rejectsByReason.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach((r) -> out.printf("    %-16s%,10d%n", r.getKey(), r.getValue()));
		for (String report : this.reports) {
			out.printf("  report            %s%n", report);
		}
		out.printf("  time              %d.%03d s%n", took.toSeconds(), took.toMillisPart());
		if (!e.getAllFailureExceptions().isEmpty()) {
			out.printf("  failure           %s%n", rootMessage(e.getAllFailureExceptions().get(0)));
		}
		out.println("──────────────────────────────────────────────");
		out.flush();
	}

	private static String rootMessage(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
