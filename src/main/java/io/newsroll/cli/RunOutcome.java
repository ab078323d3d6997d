package io.newsroll.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.newsroll.batch.files.FileLedger;
import io.newsroll.batch.rejects.RejectRepository;
import io.newsroll.batch.rejects.RejectsCsvListener;
import io.newsroll.batch.run.JobRunner;
import io.newsroll.batch.run.RunSummary;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ends a run the same way for every command: the one-screen summary, then the exit code.
 */
final class RunOutcome {

	private RunOutcome() {
	}

	static int report(ConfigurableApplicationContext ctx, JobRunner.Launch launch, List<String> reports,
			PrintWriter out) {
		long runId = launch.execution().getId();
		long loaded = ctx.getBean(FileLedger.class).countLoaded(runId);
		RejectRepository rejects = ctx.getBean(RejectRepository.class);
		RunSummary.of(launch.execution(), loaded, rejects.countByReason(runId), reports).print(out);
		Path csv = ctx.getBean(RejectsCsvListener.class).csv(launch.execution().getJobInstance().getJobName(), runId);
		if (Files.exists(csv)) {
			out.println("rejects written to " + csv);
		}
		if (launch.completed()) {
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
		return new FailureReport.Verdict("stopped", ExitCode.FAILED,
				job + " ended " + execution.getStatus() + "; " + FailureReport.RERUN);
	}

}
