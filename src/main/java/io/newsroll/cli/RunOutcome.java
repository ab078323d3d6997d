package io.newsroll.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import io.newsroll.batch.NewsrollProperties;
import io.newsroll.batch.files.FileLedger;
import io.newsroll.batch.rejects.RejectRepository;
import io.newsroll.batch.rejects.RejectsCsvListener;
import io.newsroll.batch.report.ReportStepProvider;
import io.newsroll.batch.run.JobRunner;
import io.newsroll.batch.run.RunSummary;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ends a run the same way for every command: the summary (box, dated line or quiet),
 * warnings, then the exit code.
 */
final class RunOutcome {

	private RunOutcome() {
	}

	static int report(ConfigurableApplicationContext ctx, JobRunner.Launch launch, List<String> reports,
			PrintWriter out) {
		return report(ctx, launch, reports, out, new OutputOptions().style());
	}

	/**
	 * Prints the run's summary in the given style (a box, one dated line, or with
	 * {@code --quiet} a line only when it failed, rejected files or warns), then the
	 * warnings (a report of a period without articles), and returns the exit code.
	 */
	static int report(ConfigurableApplicationContext ctx, JobRunner.Launch launch, List<String> reports,
			PrintWriter out, OutputOptions.Style style) {
		long runId = launch.execution().getId();
		long loaded = ctx.getBean(FileLedger.class).countLoaded(runId);
		RejectRepository rejects = ctx.getBean(RejectRepository.class);
		ZoneId zone = ctx.getBean(NewsrollProperties.class).zone();
		RunSummary summary = RunSummary.of(launch.execution(), loaded, rejects.countByReason(runId), reports);
		List<String> warnings = ReportStepProvider.warnings(launch.execution());
		boolean failed = !launch.completed();
		Path csv = ctx.getBean(RejectsCsvListener.class).csv(launch.execution().getJobInstance().getJobName(), runId);
		switch (style) {
			case BOX -> summary.print(out, zone);
			case LINE -> out.println(summary.line(zone));
			case QUIET -> {
				if (failed || summary.rejected() > 0 || !warnings.isEmpty()) {
					out.println(summary.line(zone));
				}
			}
		}
		for (String warning : warnings) {
			out.println(((style == OutputOptions.Style.BOX) ? "" : summary.ended(zone) + " ") + "warning: " + warning);
		}
		if (Files.exists(csv) && (style != OutputOptions.Style.QUIET || summary.rejected() > 0)) {
			out.println("rejects written to " + csv);
		}
		if (!failed) {
			out.flush();
			return ExitCode.OK;
		}
		FailureReport.Verdict verdict = verdict(launch.execution());
		out.println(FailureReport.console(verdict));
		out.flush();
		return Math.max(ExitCode.FAILED, verdict.exitCode());
	}

	/**
	 * What made a run fail, in one line: the first failure of the job or its steps that a
	 * rule of {@link FailureReport} knows, else the first that is not only a partition
	 * handler's summary of a worker's failure.
	 */
	static FailureReport.Verdict verdict(JobExecution execution) {
		String job = execution.getJobInstance().getJobName();
		if (execution.getStatus() == BatchStatus.STOPPED) {
			return new FailureReport.Verdict("stopped", ExitCode.FAILED, job + " run " + execution.getId()
					+ " was stopped at the end of a chunk and is recorded STOPPED: run the same command again to resume it");
		}
		List<Throwable> failures = execution.getAllFailureExceptions();
		FailureReport.Verdict fallback = null;
		for (Throwable failure : failures) {
			FailureReport.Verdict verdict = FailureReport.of(failure, job);
			if (!verdict.rule().equals("unknown")) {
				return verdict;
			}
			if (fallback == null && !(failure instanceof JobExecutionException)) {
				fallback = verdict;
			}
		}
		if (fallback != null) {
			return fallback;
		}
		if (!failures.isEmpty()) {
			return FailureReport.of(failures.get(0), job);
		}
		return new FailureReport.Verdict("ended", ExitCode.FAILED,
				job + " ended " + execution.getStatus() + "; " + FailureReport.RERUN);
	}

}
