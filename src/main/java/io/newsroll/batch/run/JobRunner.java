package io.newsroll.batch.run;

import javax.sql.DataSource;

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

	private final DataSource dataSource;

	public JobRunner(JobOperator jobOperator, JobRepository jobRepository, DataSource dataSource) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.dataSource = dataSource;
	}

	/**
	 * Runs the job instance of these parameters to its end, holding the job's lock in a
	 * server database (see {@link DatabaseJobLock}).
	 * @throws JobLock.HeldException when a run on another machine holds it
	 */
	public Launch launch(Job job, JobParameters parameters) throws Exception {
		try (DatabaseJobLock lock = DatabaseJobLock.acquire(this.dataSource, job.getName())) {
			return launchHeld(job, parameters);
		}
	}

	private Launch launchHeld(Job job, JobParameters parameters) throws Exception {
		JobExecution last = this.jobRepository.getLastJobExecution(job.getName(), parameters);
		if (last == null) {
			return new Launch(this.jobOperator.start(job, parameters), false, false);
		}
		return switch (last.getStatus()) {
			case COMPLETED -> new Launch(last, true, false);
			case ABANDONED -> throw new IllegalStateException("execution " + last.getId() + " of job '" + job.getName()
					+ "' with these parameters was abandoned: it cannot be run again (start a new run instead)");
			default -> new Launch(resumeHeld(last), false, true);
		};
	}

	/**
	 * Restarts a failed or stopped execution, recovering it first if a dead process left
	 * it running.
	 */
	public JobExecution resume(JobExecution last) throws Exception {
		try (DatabaseJobLock lock = DatabaseJobLock.acquire(this.dataSource, last.getJobInstance().getJobName())) {
			return resumeHeld(last);
		}
	}

	private JobExecution resumeHeld(JobExecution last) throws Exception {
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
