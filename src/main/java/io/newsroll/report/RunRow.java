package io.newsroll.report;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One row of the report's runs view (not the console summary of a run, which is
 * {@code batch.run.RunSummary}): one job execution of the period as Spring Batch recorded
 * it, with its step counts summed, and how many of the period's articles it loaded. Times
 * are in the report's time zone; {@code end} is null while a run is still going.
 */
public record RunRow(long id, String job, String status, LocalDateTime start, LocalDateTime end, long read,
		long written, long filtered, long skipped, long articles) {

	public RunRow {
		Objects.requireNonNull(job, "job");
		Objects.requireNonNull(status, "status");
	}

}
