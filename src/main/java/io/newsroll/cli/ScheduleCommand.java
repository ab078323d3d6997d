package io.newsroll.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.newsroll.batch.NewsrollProperties;
import io.newsroll.batch.db.DatabaseServer;
import io.newsroll.batch.run.JobLock;
import io.newsroll.batch.run.JobRunner;
import io.newsroll.batch.schedule.DefinedJobRunner;
import io.newsroll.batch.schedule.JobDefinition;
import io.newsroll.batch.schedule.Scheduler;
import io.newsroll.core.clock.SystemClocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsroll schedule}: stays up and fires each job of {@code jobs/} on its cron.
 * While it runs it serves the embedded database on localhost, so that admin commands and
 * cron runs from other processes keep working. SIGTERM stops it cleanly: a running job is
 * stopped and left restartable.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true, sortOptions = false,
		description = {
				"Stay up and fire each job of jobs/*.yml on its cron, one at a time, logging each firing. "
						+ "A failing job is reported and the schedule goes on.",
				"While it runs, the embedded database is served on 127.0.0.1 so that other newsroll commands "
						+ "(jobs list, run, report...) work at the same time.",
				"SIGTERM (or Ctrl-C) stops it: a running job is stopped and can be resumed with 'newsroll run' or "
						+ "'newsroll jobs restart'." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "143:stopped by SIGTERM or Ctrl-C (a running job stops at a chunk boundary, restartable)",
				"1:failed", "2:usage or configuration error (bad job file, no jobs)",
				"3:another scheduler is running" })
public class ScheduleCommand implements Callable<Integer> {

	private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);

	@Option(names = "--jobs", paramLabel = "DIR", defaultValue = "jobs",
			description = "Where the job files are (default: ${DEFAULT-VALUE}).")
	Path jobsDir;

	@Mixin
	DatabaseOptions db;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		List<JobDefinition> jobs = JobFiles.all(this.jobsDir);
		if (jobs.isEmpty()) {
			throw new ConfigurationException("no job files in " + this.jobsDir.toAbsolutePath());
		}
		PrintWriter out = this.spec.commandLine().getOut();
		Path locks = AppContext.outputDir().resolve("locks");
		CountDownLatch finished = new CountDownLatch(1);
		try (JobLock lock = JobLock.acquire(locks, "schedule", CLOCK)) {
			String fileUrl = this.db.fileUrl();
			DatabaseServer server = DatabaseServer.isFileUrl(fileUrl) ? DatabaseServer.start(fileUrl) : null;
			DatabaseOptions options = (server != null)
					? DatabaseOptions.of(server.url(), this.db.user(), this.db.password()) : this.db;
			try (ConfigurableApplicationContext ctx = AppContext.open(options,
					Map.of("spring.main.register-shutdown-hook", "false", "newsroll.database-url", fileUrl))) {
				NewsrollProperties properties = ctx.getBean(NewsrollProperties.class);
				zone = properties.zone();
				Scheduler scheduler = new Scheduler(jobs, CLOCK, properties.zone(),
						(job, dueAt) -> fire(ctx, locks, job, dueAt, out), (line) -> say(out, line));
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					say(out, "stopping: SIGTERM received");
					scheduler.stop();
					stopRunningJobs(ctx, jobs, out);
					try {
						finished.await(120, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}, "schedule-shutdown"));
				say(out, "scheduler started with " + jobs.size() + " job(s)"
						+ ((server != null) ? "; database served at " + server.url() : ""));
				scheduler.run();
				say(out, "scheduler stopped");
			}
			finally {
				if (server != null) {
					server.close();
				}
			}
			return ExitCode.OK;
		}
		catch (JobLock.HeldException ex) {
			this.spec.commandLine().getErr().println("newsroll: " + ex.getMessage());
			return ExitCode.LOCKED;
		}
		finally {
			finished.countDown();
		}
	}

	private static void fire(ConfigurableApplicationContext ctx, Path locks, JobDefinition job, LocalDateTime dueAt,
			PrintWriter out) throws Exception {
		try (JobLock lock = JobLock.acquire(locks, job.name(), CLOCK)) {
			JobRunner.Launch launch = ctx.getBean(DefinedJobRunner.class).run(job, dueAt.toLocalDate(), false);
			if (launch.alreadyComplete()) {
				say(out, "job '" + job.name() + "' for " + dueAt.toLocalDate() + " already completed (run "
						+ launch.execution().getId() + ")");
				return;
			}
			RunOutcome.report(ctx, launch, RunCommand.ReportPaths.of(launch.execution()), out);
		}
		catch (JobLock.HeldException ex) {
			say(out, "job '" + job.name() + "' skipped: " + ex.getMessage());
		}
	}

	private static void stopRunningJobs(ConfigurableApplicationContext ctx, List<JobDefinition> jobs, PrintWriter out) {
		JobOperator operator = ctx.getBean(JobOperator.class);
		Map<String, Long> stopped = new HashMap<>();
		for (JobDefinition job : jobs) {
			try {
				for (Long id : operator.getRunningExecutions(job.name())) {
					operator.stop(id);
					stopped.put(job.name(), id);
				}
			}
			catch (Exception ex) {
				// the job never ran in this process: nothing to stop
			}
		}
		stopped.forEach((name, id) -> say(out, "stopping run " + id + " of job '" + name + "'; it stays restartable"));
	}

	/** The wall clock of the scheduler, its locks and its lines. */
	private static final Clock CLOCK = SystemClocks.utc();

	/** The zone of the lines printed: newsroll.zone once the context is up. */
	private static volatile ZoneId zone = ZoneId.systemDefault();

	private static void say(PrintWriter out, String line) {
		log.info(line);
		out.println(OffsetDateTime.now(CLOCK.withZone(zone)).withNano(0) + " " + line);
		out.flush();
	}

}
