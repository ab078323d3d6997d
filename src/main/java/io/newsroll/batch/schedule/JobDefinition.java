package io.newsroll.batch.schedule;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.springframework.scheduling.support.CronExpression;

/**
 * A job that the scheduler runs, as defined by one {@code jobs/*.yml} file: its name, its
 * cron, its steps in order, the input directories and the report it writes.
 *
 * @param name the job name (the lock, the Spring Batch job and the admin commands use it)
 * @param description free text for {@code jobs} listings
 * @param cron when {@code schedule} fires it: a crontab line's five fields, or Spring's
 * six (with seconds)
 * @param steps what it does, in order
 * @param articles where article files are read
 * @param rosters where roster files are read
 * @param period which dates its report covers
 * @param formats report formats (xlsx, pdf)
 * @param locale report language (zh, en)
 * @param file the job file it came from
 */
public record JobDefinition(String name, String description, String cron, List<Step> steps, Path articles, Path rosters,
		ScheduledPeriod period, List<String> formats, String locale, Path file) {

	/** The steps a job file can name. */
	public enum Step {

		INGEST_ARTICLES, INGEST_ROSTERS, REPORT;

		public String fileName() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	public static final Set<String> FORMATS = Set.of("xlsx", "pdf");

	public JobDefinition {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(cron, "cron");
		steps = List.copyOf(steps);
		formats = List.copyOf(formats);
	}

	/**
	 * The cron as Spring evaluates it (seconds first); a five-field crontab line fires at
	 * second 0.
	 */
	public CronExpression cronExpression() {
		String[] fields = this.cron.trim().split("\\s+");
		return CronExpression.parse((fields.length == 5) ? "0 " + this.cron.trim() : this.cron.trim());
	}

}
