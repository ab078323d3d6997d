package io.newsroll.batch.articles;

import java.nio.file.Path;
import java.util.Objects;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The ingest job's parameters, the one place that knows their keys. All are identifying:
 * a run is "these directories, run number n", so a failed run is restarted with the same
 * parameters and a completed one is followed by run n + 1.
 */
public record IngestParameters(Path articles, Path rosters, long run) {

	private static final String ARTICLES = "articles";

	private static final String ROSTERS = "rosters";

	private static final String RUN = "run";

	public IngestParameters {
		Objects.requireNonNull(articles, ARTICLES);
		Objects.requireNonNull(rosters, ROSTERS);
		articles = articles.toAbsolutePath().normalize();
		rosters = rosters.toAbsolutePath().normalize();
	}

	public static IngestParameters from(JobParameters parameters) {
		return new IngestParameters(Path.of(parameters.getString(ARTICLES)), Path.of(parameters.getString(ROSTERS)),
				parameters.getLong(RUN, 1L));
	}

	public JobParameters toJobParameters() {
		return new JobParametersBuilder().addString(ARTICLES, this.articles.toString(), true)
			.addString(ROSTERS, this.rosters.toString(), true)
			.addLong(RUN, this.run, true)
			.toJobParameters();
	}

	/** The same directories, as the next run. */
	public IngestParameters withRun(long run) {
		return new IngestParameters(this.articles, this.rosters, run);
	}

}
