package io.newsroll.batch.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs a job instance to its end, whatever state an earlier attempt left it in: a new
 * instance starts, a failed or stopped one is restarted from its last committed chunk,
 * and one left STARTED by a killed process (the caller holds the job's {@link JobLock},
 * so nothing else can be running it) is recovered first and then restarted. A completed
 * instance is not run again.
 */
@Component
public class JobRunner {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	/** How a launch went. */
	public record Launch(JobExecution execution, boolean alreadyComplete, boolean resumed) {

		public boolean completed() {
			return this.execution.getStatus() == BatchStatus.COMPLETED;
		}

	}

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	public JobRunner(JobOperator jobOperator, JobRepository jobRepository) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
	}

	public Launch launch(Job job, JobParameters parameters) throws Exception {
		JobExecution last = this.jobRepository.getLastJobExecution(job.getName(), parameters);
		if (last == null) {
			return new Launch(this.jobOperator.start(job, parameters), false, false);
		}
		return switch (last.getStatus()) {
			case COMPLETED -> new Launch(last, true, false);
			case ABANDONED -> throw new IllegalStateException("execution " + last.getId() + " of job '" + job.getName()
					+ "' with these parameters was abandoned: it cannot be run again (start a new run instead)");
			default -> new Launch(resume(last), false, true);
		};
	}

	/**
	 * Restarts a failed or stopped execution, recovering it first if a dead process left
	 * it running.
	 */
	public JobExecution resume(JobExecution last) throws Exception {
		if (last.getStatus().isRunning() || last.getStatus() == BatchStatus.UNKNOWN) {
			log.warn("Execution {} of job '{}' was left {} by a process that ended; recovering it", last.getId(),
					last.getJobInstance().getJobName(), last.getStatus());
			last = this.jobOperator.recover(last);
		}
		log.info("Restarting execution {} of job '{}' from its last committed chunk", last.getId(),
				last.getJobInstance().getJobName());
		return this.jobOperator.restart(last);
	}

}
