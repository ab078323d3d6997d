package io.newsroll.batch.schedule;

import java.time.LocalDate;

import io.newsroll.batch.run.JobRunner;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs a defined job for a date, for {@code newsroll run} and the scheduler alike: the
 * job and the date identify the run, so a failed date resumes, a completed one is not run
 * again unless forced (then as a new attempt).
 */
@Component
public class DefinedJobRunner {

	private final DefinedJobs jobs;

	private final JobRunner runner;

	private final JobRepository jobRepository;

	public DefinedJobRunner(DefinedJobs jobs, JobRunner runner, JobRepository jobRepository) {
		this.jobs = jobs;
		this.runner = runner;
		this.jobRepository = jobRepository;
	}

	public JobRunner.Launch run(JobDefinition definition, LocalDate date, boolean force) throws Exception {
		Job job = this.jobs.job(definition);
		Long attempt = force ? nextAttempt(definition, date) : null;
		JobParameters parameters = DefinedJobs.parameters(definition, date, attempt);
		return this.runner.launch(job, parameters);
	}

	/**
	 * A forced run is a new instance: one attempt number past the highest used for that
	 * date.
	 */
	private long nextAttempt(JobDefinition definition, LocalDate date) {
		long attempt = 1;
		while (this.jobRepository.getJobInstance(definition.name(),
				DefinedJobs.parameters(definition, date, attempt)) != null) {
			attempt++;
		}
		return attempt;
	}

}
