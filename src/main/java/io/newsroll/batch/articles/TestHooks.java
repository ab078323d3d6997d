package io.newsroll.batch.articles;

import io.newsroll.batch.NewsrollProperties;

/**
 * Deterministic failure points for the restart and crash tests
 * ({@code newsroll.ingest.fail-after-files} and {@code halt-after-files}); both are off
 * (0) unless a test sets them.
 */
final class TestHooks {

	private TestHooks() {
	}

	static void maybeFail(NewsrollProperties.Ingest limits, long filesDone) {
		if (limits.haltAfterFiles() > 0 && filesDone > limits.haltAfterFiles()) {
			// a crash without any clean-up, as SIGKILL would leave it
			Runtime.getRuntime().halt(137);
		}
		if (limits.failAfterFiles() > 0 && filesDone > limits.failAfterFiles()) {
			throw new IllegalStateException(
					"injected failure after " + limits.failAfterFiles() + " files (newsroll.ingest.fail-after-files)");
		}
	}

}
