package io.newsroll.cli;

import io.newsroll.batch.run.JobLock;
import io.newsroll.core.clock.SystemClocks;

import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a command's work under its job's lock; when another run holds it, says who and
 * exits 3.
 */
final class JobLocks {

	/** The work done while holding the lock. */
	@FunctionalInterface
	interface Work {

		int run() throws Exception;

	}

	private JobLocks() {
	}

	static int underLock(String job, CommandSpec spec, Work work) throws Exception {
		try (JobLock lock = JobLock.acquire(AppContext.outputDir().resolve("locks"), job, SystemClocks.utc())) {
			return work.run();
		}
		catch (JobLock.HeldException ex) {
			spec.commandLine().getErr().println("newsroll: " + ex.getMessage());
			return ExitCode.LOCKED;
		}
	}

}
