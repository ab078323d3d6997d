package io.newsroll.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newsroll.batch.admin.AdminReads;
import io.newsroll.batch.admin.RunHistory;
import io.newsroll.batch.articles.ArticleJobConfiguration;
import io.newsroll.batch.run.JobRunner;
import io.newsroll.batch.schedule.DefinedJobs;
import io.newsroll.batch.schedule.JobDefinition;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsroll jobs}: the execution history, and what admins do with failed runs. */
@Command(name = "jobs", mixinStandardHelpOptions = true,
		description = "List job executions and restart, abandon or recover them.",
		subcommands = { JobsCommand.ListRuns.class, JobsCommand.Show.class, JobsCommand.Restart.class,
				JobsCommand.Abandon.class, JobsCommand.Recover.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:done", "1:the restarted run failed, or the action failed",
				"2:usage error, unknown execution", "3:the job is running (its lock is held)" })
public class JobsCommand implements Runnable {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	@Mixin
	DatabaseOptions db;

	@Option(names = "--jobs", paramLabel = "DIR", defaultValue = "jobs", scope = picocli.CommandLine.ScopeType.INHERIT,
			description = "Where the job files are (default: ${DEFAULT-VALUE}).")
	Path jobsDir;

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(this.spec.commandLine(),
				"Missing subcommand: list, show, restart, abandon or recover");
	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "Executions, latest first.")
	static class ListRuns implements Callable<Integer> {

		@ParentCommand
		JobsCommand parent;

		@Option(names = "--status", description = "Only this status (COMPLETED, FAILED, STARTED, STOPPED, ABANDONED).")
		String status;

		@Option(names = "--job", description = "Only this job.")
		String job;

		@Option(names = "--limit", defaultValue = "20", description = "At most this many (default: ${DEFAULT-VALUE}).")
		int limit;

		@Override
		public Integer call() {
			try (Reads reads = Reads.open(this.parent.db)) {
				List<RunHistory.Run> runs = reads.data().runs(this.status, this.job, this.limit);
				ZoneId zone = reads.zone();
				PrintWriter out = this.parent.spec.commandLine().getOut();
				out.printf("%6s  %-10s %-34s %-10s %-19s %-19s %9s %8s %8s %8s %8s  %s%n", "ID", "JOB", "PARAMETERS",
						"STATUS", "START", "END", "DURATION", "READ", "WRITTEN", "SKIPPED", "REJECTED", "NOTE");
				for (RunHistory.Run r : runs) {
					out.printf("%6d  %-10s %-34s %-10s %-19s %-19s %9s %8d %8d %8d %8d  %s%n", r.id(), r.job(),
							abbreviate(r.parameters(), 34), r.status(), time(r.start(), zone), time(r.end(), zone),
							duration(r.duration()), r.read(), r.written(), r.skipped(), r.rejected(),
							(r.resumedBy() != null) ? "resumed by " + r.resumedBy() : "");
				}
				out.println("times in " + zone.getId() + " (newsroll.zone)");
				if (runs.isEmpty()) {
					out.println("(no executions)");
				}
				out.flush();
				return ExitCode.OK;
			}
		}

	}

	@Command(name = "show", mixinStandardHelpOptions = true,
			description = "One execution: its steps, exit and failure.")
	static class Show implements Callable<Integer> {

		@ParentCommand
		JobsCommand parent;

		@Parameters(paramLabel = "ID", description = "The execution id (see jobs list).")
		long id;

		@Option(names = { "-v", "--verbose" }, description = "Show the failure's whole stack trace.")
		boolean verbose;

		@Override
		public Integer call() {
			try (Reads reads = Reads.open(this.parent.db)) {
				AdminReads history = reads.data();
				RunHistory.Run r = history.run(this.id);
				if (r == null) {
					throw new ConfigurationException("no job execution " + this.id);
				}
				ZoneId zone = reads.zone();
				PrintWriter out = this.parent.spec.commandLine().getOut();
				String failure = history.exitMessage(this.id);
				String cause = RunHistory.rootCause(failure);
				out.printf("execution %d of job '%s' (%s): status %s%n", r.id(), r.job(), r.parameters(), r.status());
				if (cause != null && !"COMPLETED".equals(r.status())) {
					out.println("  cause: " + cause);
				}
				if (r.resumedBy() != null) {
					RunHistory.Run next = history.run(r.resumedBy());
					out.printf("  resumed by execution %d (%s); 'newsroll jobs show %d'%n", r.resumedBy(),
							(next != null) ? next.status() : "?", r.resumedBy());
				}
				out.printf("  exit %s%n  start %s, end %s (%s), took %s%n", r.exitCode(), time(r.start(), zone),
						time(r.end(), zone), zone.getId(), duration(r.duration()));
				out.printf("  files read %d, written %d, skipped unchanged %d, rejected %d%n", r.read(), r.written(),
						r.skipped(), r.rejected());
				out.println("  steps:");
				for (RunHistory.StepRun s : history.steps(this.id)) {
					out.printf("    %-34s %-10s read %d, written %d, filtered %d, commits %d, rollbacks %d, %s%n",
							s.name(), s.status(), s.read(), s.written(), s.filtered(), s.commits(), s.rollbacks(),
							duration((s.start() != null && s.end() != null) ? Duration.between(s.start(), s.end())
									: null));
				}
				if (failure != null && !failure.isBlank()) {
					if (this.verbose) {
						out.println("  failure:");
						failure.lines().forEach((l) -> out.println("    " + l));
					}
					else if (failure.lines().count() > 1) {
						out.println("  (--verbose shows the stack trace)");
					}
				}
				out.flush();
				return ExitCode.OK;
			}
		}

	}

	/** An admin action on one execution, taken under its job's lock. */
	abstract static class OnExecution implements Callable<Integer> {

		@ParentCommand
		JobsCommand parent;

		@Parameters(paramLabel = "ID", description = "The execution id (see jobs list).")
		long id;

		@Override
		public Integer call() throws Exception {
			return this.parent.withExecution(this.id, this::apply);
		}

		abstract int apply(ConfigurableApplicationContext ctx, JobExecution execution) throws Exception;

		PrintWriter out() {
			return this.parent.spec.commandLine().getOut();
		}

	}

	@Command(name = "restart", mixinStandardHelpOptions = true,
			description = "Resume a failed or stopped execution from its last committed chunk.")
	static class Restart extends OnExecution {

		@Override
		int apply(ConfigurableApplicationContext ctx, JobExecution execution) throws Exception {
			if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
				throw new ConfigurationException("execution " + this.id + " is " + execution.getStatus()
						+ ": only failed or stopped executions can be restarted");
			}
			this.parent.ensureRegistered(ctx, execution.getJobInstance().getJobName());
			JobExecution restarted = ctx.getBean(JobRunner.class).resume(execution);
			return RunOutcome.report(ctx, new JobRunner.Launch(restarted, false, true),
					RunCommand.ReportPaths.of(restarted), out());
		}

	}

	@Command(name = "abandon", mixinStandardHelpOptions = true,
			description = "Give up a failed or stopped execution for good (it will not be restarted).")
	static class Abandon extends OnExecution {

		@Override
		int apply(ConfigurableApplicationContext ctx, JobExecution execution) throws Exception {
			JobOperator operator = ctx.getBean(JobOperator.class);
			JobExecution stopped = execution.getStatus().isRunning() ? operator.recover(execution) : execution;
			JobExecution abandoned = operator.abandon(stopped);
			out().printf("execution %d is %s%n", abandoned.getId(), abandoned.getStatus());
			return ExitCode.OK;
		}

	}

	@Command(name = "recover", mixinStandardHelpOptions = true,
			description = "Mark an execution left STARTED by a killed process as FAILED, so that it can be restarted.")
	static class Recover extends OnExecution {

		@Override
		int apply(ConfigurableApplicationContext ctx, JobExecution execution) {
			if (!execution.getStatus().isRunning() && execution.getStatus() != BatchStatus.UNKNOWN) {
				throw new ConfigurationException("execution " + this.id + " is " + execution.getStatus()
						+ ", not left running: nothing to recover");
			}
			JobExecution recovered = ctx.getBean(JobOperator.class).recover(execution);
			out().printf("execution %d is %s; 'newsroll jobs restart %d' resumes it%n", recovered.getId(),
					recovered.getStatus(), recovered.getId());
			return ExitCode.OK;
		}

	}

	interface ExecutionAction {

		int apply(ConfigurableApplicationContext ctx, JobExecution execution) throws Exception;

	}

	/**
	 * Runs an action on an execution while holding its job's lock, so that nothing acts
	 * on a run that a live process is executing.
	 */
	int withExecution(long id, ExecutionAction action) throws Exception {
		try (ConfigurableApplicationContext ctx = AppContext.open(this.db, Map.of())) {
			JobExecution execution = find(ctx, id);
			if (execution == null) {
				throw new ConfigurationException("no job execution " + id);
			}
			String job = execution.getJobInstance().getJobName();
			return JobLocks.underLock(job, this.spec, () -> action.apply(ctx, execution));
		}
	}

	private static JobExecution find(ConfigurableApplicationContext ctx, long id) {
		try {
			return ctx.getBean(JobRepository.class).getJobExecution(id);
		}
		catch (org.springframework.dao.EmptyResultDataAccessException ex) {
			return null; // the repository's DAO throws where its interface promises null
		}
	}

	/**
	 * Restarting needs the job registered by name: defined jobs are built from their file
	 * on demand.
	 */
	void ensureRegistered(ConfigurableApplicationContext ctx, String jobName) {
		if (ctx.getBean(JobRegistry.class).getJobNames().contains(jobName)
				|| jobName.equals(ArticleJobConfiguration.JOB_NAME)) {
			return;
		}
		JobDefinition definition = JobFiles.find(this.jobsDir, jobName);
		ctx.getBean(DefinedJobs.class).job(definition);
	}

	/**
	 * A time of Spring Batch's tables (the JVM's wall clock) in {@code zone}, the zone
	 * every command shows.
	 */
	static String time(java.time.LocalDateTime t, ZoneId zone) {
		return (t != null) ? TIME.format(t.atZone(ZoneId.systemDefault()).withZoneSameInstant(zone)) : "-";
	}

	static String duration(Duration d) {
		if (d == null) {
			return "-";
		}
		long s = d.toSeconds();
		return (s >= 3600) ? String.format("%dh%02dm", s / 3600, (s % 3600) / 60) : (s >= 60)
				? String.format("%dm%02ds", s / 60, s % 60) : String.format("%d.%01ds", s, d.toMillisPart() / 100);
	}

	static String abbreviate(String s, int max) {
		if (s == null) {
			return "";
		}
		return (s.length() <= max) ? s : s.substring(0, max - 1) + "…";
	}

}
