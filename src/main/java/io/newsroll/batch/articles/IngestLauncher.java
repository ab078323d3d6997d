package io.newsroll.batch.articles;

import java.nio.file.Path;

import io.newsroll.batch.run.JobRunner;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Decides which ingest run to launch: when the last run over the same directories did not
 * complete (it failed, or its process was killed), that run is resumed; otherwise the
 * next run starts. Either way files loaded before are skipped through the ledger, so
 * nothing is loaded twice.
 */
@Component
public class IngestLauncher {

	private final Job ingestJob;

	private final JobRepository jobRepository;

	private final JobRunner runner;

	public IngestLauncher(Job ingestJob, JobRepository jobRepository, JobRunner runner) {
		this.ingestJob = ingestJob;
		this.jobRepository = jobRepository;
		this.runner = runner;
	}

	public JobRunner.Launch ingest(Path articles, Path rosters) throws Exception {
		IngestParameters wanted = new IngestParameters(articles, rosters, 1);
		JobInstance lastInstance = this.jobRepository.getLastJobInstance(ArticleJobConfiguration.JOB_NAME);
		if (lastInstance == null) {
			return this.runner.launch(this.ingestJob, wanted.toJobParameters());
		}
		JobExecution last = this.jobRepository.getLastJobExecution(lastInstance);
		if (last != null) {
			IngestParameters previous = IngestParameters.from(last.getJobParameters());
			boolean unfinished = last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED;
			if (unfinished && previous.withRun(1).equals(wanted)) {
				return new JobRunner.Launch(this.runner.resume(last), false, true);
			}
			long next = Math.max(previous.run(),
					this.jobRepository.getJobInstanceCount(ArticleJobConfiguration.JOB_NAME)) + 1;
			return this.runner.launch(this.ingestJob, wanted.withRun(next).toJobParameters());
		}
		return this.runner.launch(this.ingestJob, wanted.toJobParameters());
	}

}
