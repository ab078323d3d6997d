package io.newsroll.batch.rejects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.newsroll.batch.NewsrollProperties;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Writes each run's rejects to {@code output/rejects/rejects-<run>.csv} when the run
 * ends, however it ends.
 */
@Component
public class RejectsCsvListener implements JobExecutionListener {

	private final RejectRepository rejects;

	private final Path dir;

	public RejectsCsvListener(RejectRepository rejects, NewsrollProperties properties) {
		this.rejects = rejects;
		this.dir = properties.output().resolve("rejects");
	}

	/** Where the CSV of a run goes. */
	public Path csv(long runId) {
		return this.dir.resolve("rejects-" + runId + ".csv");
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		try {
			this.rejects.writeCsv(jobExecution.getId(), this.dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the rejects CSV of run " + jobExecution.getId(), ex);
		}
	}

}
