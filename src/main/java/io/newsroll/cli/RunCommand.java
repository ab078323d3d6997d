package io.newsroll.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newsroll.batch.NewsrollProperties;
import io.newsroll.batch.files.InputFiles;
import io.newsroll.batch.run.JobRunner;
import io.newsroll.batch.run.RunProgress;
import io.newsroll.batch.schedule.DefinedJobRunner;
import io.newsroll.batch.schedule.JobDefinition;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsroll run JOB}: runs one job of {@code jobs/} now, as a crontab line calls
 * it.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Run a job defined in jobs/<name>.yml once, for a run date (default: today).",
				"A run is identified by the job and its date: running a date that failed resumes it where it stopped; "
						+ "running a date that completed says so and does nothing (use --force to run it again). "
						+ "A run left behind by a killed process is recovered first, with no manual step.",
				"Crontab example:  30 2 * * *  cd /srv/newsroll && java -jar target/newsroll.jar run daily" },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:completed, or already completed for that date", "1:failed (run it again to resume)",
				"2:usage or configuration error (bad job file, unknown job)", "3:another run of the job holds the lock",
				"143:stopped by SIGTERM at the end of a chunk (run it again to resume)" })
public class RunCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "JOB", description = "The job name (the name: field of a jobs/*.yml file).")
	String jobName;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD",
			description = "The run date (default: today in newsroll.zone).")
	LocalDate date;

	@Option(names = "--force", description = "Run again even if the run of that date completed (a new run).")
	boolean force;

	@Option(names = "--jobs", paramLabel = "DIR", defaultValue = "jobs",
			description = "Where the job files are (default: ${DEFAULT-VALUE}).")
	Path jobsDir;

	@Mixin
	DatabaseOptions db;

	@Mixin
	OutputOptions output;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		JobDefinition definition = JobFiles.find(this.jobsDir, this.jobName);
		return JobLocks.underLock(definition.name(), this.spec, () -> run(definition));
	}

	private int run(JobDefinition definition) throws Exception {
		ConfigurableApplicationContext ctx = AppContext.open(this.db, Map.of(GracefulStop.NO_SPRING_HOOK, "false"));
		GracefulStop stop = GracefulStop.install(ctx, definition.name(), this.spec.commandLine().getErr());
		try {
			LocalDate runDate = (this.date != null) ? this.date
					: LocalDate.now(ctx.getBean(Clock.class).withZone(ctx.getBean(NewsrollProperties.class).zone()));
			RunProgress progress = ctx.getBean(RunProgress.class);
			JobRunner.Launch launch;
			long total = definition.steps().contains(JobDefinition.Step.INGEST_ARTICLES)
					? InputFiles.estimateCount(definition.articles(), InputFiles::isArticleName) : 0;
			try (ProgressDisplay display = ProgressDisplay.start(definition.name(), total, progress::filesDone,
					this.output.style(), ctx.getBean(NewsrollProperties.class).zone())) {
				launch = ctx.getBean(DefinedJobRunner.class).run(definition, runDate, this.force);
			}
			if (launch.alreadyComplete() && this.output.style() != OutputOptions.Style.QUIET) {
				this.spec.commandLine()
					.getOut()
					.printf("job '%s' for %s already completed (run %d); --force runs it again%n", definition.name(),
							runDate, launch.execution().getId());
			}
			if (launch.alreadyComplete()) {
				return ExitCode.OK;
			}
			return RunOutcome.report(ctx, launch, ReportPaths.of(launch.execution()), this.spec.commandLine().getOut(),
					this.output.style());
		}
		finally {
			ctx.close();
			stop.close();
		}
	}

	/** Reports written by a run, as its execution context lists them. */
	static final class ReportPaths {

		static final String KEY = io.newsroll.batch.report.ReportStepProvider.REPORTS_KEY;

		private ReportPaths() {
		}

		static List<String> of(org.springframework.batch.core.job.JobExecution execution) {
			Object paths = execution.getExecutionContext().get(KEY);
			return (paths instanceof String s && !s.isEmpty()) ? List.of(s.split("\n")) : List.of();
		}

	}

}
