package io.newsroll.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newsroll.batch.NewsrollProperties;
import io.newsroll.batch.articles.IngestLauncher;
import io.newsroll.batch.files.InputFiles;
import io.newsroll.batch.run.JobRunner;
import io.newsroll.batch.run.RunProgress;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsroll ingest}: loads article and roster files into the database, resuming an
 * unfinished run.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false, description = {
		"Extract, validate and load every article file under the articles directory and every roster "
				+ "file under the rosters directory into the database.",
		"Files already loaded and unchanged are skipped; a run that failed or was killed is resumed where it "
				+ "stopped. Rejects go to the database and to output/rejects/rejects-ingest-<run>-<database>.csv, written as the run goes." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:completed (rejects alone do not fail a run)", "1:failed (run it again to resume)",
				"2:usage or configuration error", "3:another ingest run holds the lock",
				"143:stopped by SIGTERM at the end of a chunk (run it again to resume)" })
public class IngestCommand implements Callable<Integer> {

	@Option(names = "--input", paramLabel = "DIR", defaultValue = "input/articles",
			description = "Article files, searched recursively (default: ${DEFAULT-VALUE}).")
	Path articles;

	@Option(names = "--rosters", paramLabel = "DIR", defaultValue = "input/rosters",
			description = "Roster files, searched recursively (default: ${DEFAULT-VALUE}).")
	Path rosters;

	@Mixin
	DatabaseOptions db;

	@Mixin
	OutputOptions output;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		if (!Files.isDirectory(this.articles)) {
			throw new ConfigurationException(
					"the articles directory " + this.articles.toAbsolutePath() + " does not exist");
		}
		return JobLocks.underLock("ingest", this.spec, () -> {
			ConfigurableApplicationContext ctx = AppContext.open(this.db, Map.of(GracefulStop.NO_SPRING_HOOK, "false"));
			GracefulStop stop = GracefulStop.install(ctx, "ingest", this.spec.commandLine().getErr());
			try {
				return run(ctx);
			}
			finally {
				ctx.close();
				stop.close();
			}
		});
	}

	private int run(ConfigurableApplicationContext ctx) throws Exception {
		long total = InputFiles.estimateCount(this.articles, InputFiles::isArticleName)
				+ InputFiles.estimateCount(this.rosters, InputFiles::isRosterName);
		RunProgress progress = ctx.getBean(RunProgress.class);
		JobRunner.Launch launch;
		try (ProgressDisplay display = ProgressDisplay.start("ingest", total, progress::filesDone, this.output.style(),
				ctx.getBean(NewsrollProperties.class).zone())) {
			launch = ctx.getBean(IngestLauncher.class).ingest(this.articles, this.rosters);
		}
		return RunOutcome.report(ctx, launch, List.of(), this.spec.commandLine().getOut(), this.output.style());
	}

}
