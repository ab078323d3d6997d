package io.newsroll.batch.rejects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Names each run's rejects CSV as the run starts (the chunks append to it as they
 * commit), and writes it again whole from the database when the run ends, however it
 * ends.
 */
@Component
public class RejectsCsvListener implements JobExecutionListener {

	private final RejectRepository rejects;

	private final RejectsCsv files;

	public RejectsCsvListener(RejectRepository rejects, RejectsCsv files) {
		this.rejects = rejects;
		this.files = files;
	}

	/** Where the CSV of a run goes. */
	public Path csv(String job, long runId) {
		return this.files.file(job, runId);
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		this.files.started(jobExecution.getId(), jobExecution.getJobInstance().getJobName());
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		Path target = csv(jobExecution.getJobInstance().getJobName(), jobExecution.getId());
		try {
			this.rejects.writeCsv(jobExecution.getId(), target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the rejects CSV " + target, ex);
		}
	}

}
