package io.newsroll.batch.schedule;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.configuration.DuplicateJobException;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.stereotype.Component;

/**
 * Builds the Spring Batch job of a job definition from the features' steps, and registers
 * it so that a failed run can be restarted by name. Also the one place that knows a
 * defined job's parameters: the run date identifies a run (with an attempt number when
 * forced); the input directories do not.
 */
@Component
public class DefinedJobs {

	public static final String DATE = "date";

	public static final String ATTEMPT = "attempt";

	private final JobRepository jobRepository;

	private final JobRegistry jobRegistry;

	private final Map<JobDefinition.Step, JobStepProvider> providers = new EnumMap<>(JobDefinition.Step.class);

	private final List<JobExecutionListener> listeners;

	public DefinedJobs(JobRepository jobRepository, JobRegistry jobRegistry, List<JobStepProvider> providers,
			List<JobExecutionListener> listeners) {
		this.jobRepository = jobRepository;
		this.jobRegistry = jobRegistry;
		providers.forEach((p) -> this.providers.put(p.kind(), p));
		this.listeners = listeners;
	}

	/** The job for a definition, built and registered on first use. */
	public synchronized Job job(JobDefinition definition) {
		if (this.jobRegistry.getJobNames().contains(definition.name())) {
			return this.jobRegistry.getJob(definition.name());
		}
		Job job = build(definition.name(), definition, definition.steps());
		try {
			this.jobRegistry.register(job);
		}
		catch (DuplicateJobException ex) {
			throw new IllegalStateException(ex);
		}
		return job;
	}

	/**
	 * A job of the given kinds of steps, in order; a kind that no feature provides is an
	 * error.
	 */
	public Job build(String name, JobDefinition definition, List<JobDefinition.Step> steps) {
		SimpleJobBuilder builder = null;
		for (JobDefinition.Step kind : steps) {
			JobStepProvider provider = this.providers.get(kind);
			if (provider == null) {
				throw new IllegalStateException("no feature provides the step '" + kind.fileName() + "'");
			}
			for (Step step : provider.steps(definition)) {
				builder = (builder == null) ? new JobBuilder(name, this.jobRepository).start(step) : builder.next(step);
			}
		}
		if (builder == null) {
			throw new IllegalStateException("job '" + name + "' has no steps");
		}
		for (JobExecutionListener listener : this.listeners) {
			builder.listener(listener);
		}
		return builder.build();
	}

	public boolean provides(JobDefinition.Step kind) {
		return this.providers.containsKey(kind);
	}

	/** The parameters of the run of a defined job on a date. */
	public static JobParameters parameters(JobDefinition job, LocalDate date, Long attempt) {
		JobParametersBuilder b = new JobParametersBuilder().addString(DATE, date.toString(), true)
			.addString("articles", abs(job.articles()), false)
			.addString("rosters", abs(job.rosters()), false);
		if (attempt != null) {
			b.addLong(ATTEMPT, attempt, true);
		}
		return b.toJobParameters();
	}

	public static LocalDate date(JobParameters parameters) {
		String date = parameters.getString(DATE);
		return (date != null) ? LocalDate.parse(date) : null;
	}

	private static String abs(Path p) {
		return p.toAbsolutePath().normalize().toString();
	}

}
