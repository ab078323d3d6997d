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
		Path csv = ctx.getBean(RejectsCsvListener.class).csv(runId);
		if (Files.exists(csv)) {
			out.println("rejects written to " + csv);
		}
		out.flush();
		return launch.completed() ? ExitCode.OK : ExitCode.FAILED;
	}

}
