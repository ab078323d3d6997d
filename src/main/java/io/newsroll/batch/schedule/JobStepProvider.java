package io.newsroll.batch.schedule;

import java.util.List;

import org.springframework.batch.core.step.Step;

/**
 * Supplies the Spring Batch steps behind one kind of job-file step (each feature provides
 * its own: articles, rosters, report), so that jobs are assembled from their definitions.
 */
public interface JobStepProvider {

	JobDefinition.Step kind();

	/** The steps, in order, that carry out this kind of step for the job. */
	List<Step> steps(JobDefinition job);

	/** A provider whose steps are the same for every job. */
	static JobStepProvider of(JobDefinition.Step kind, Step... steps) {
		List<Step> fixed = List.of(steps);
		return new JobStepProvider() {

			@Override
			public JobDefinition.Step kind() {
				return kind;
			}

			@Override
			public List<Step> steps(JobDefinition job) {
				return fixed;
			}

		};
	}

}
