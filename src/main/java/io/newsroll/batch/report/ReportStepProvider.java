package io.newsroll.batch.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.newsroll.batch.NewsrollProperties;
import io.newsroll.batch.schedule.DefinedJobs;
import io.newsroll.batch.schedule.JobDefinition;
import io.newsroll.batch.schedule.JobStepProvider;
import io.newsroll.report.ReportFormat;
import io.newsroll.report.ReportLocale;
import io.newsroll.report.ReportPeriod;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code report} step of a job file: writes the report of the job's period, resolved
 * against the run date, into {@code output/reports/<from>_<to>/}, and lists the files in
 * the run's context so the run summary names them.
 */
@Component
public class ReportStepProvider implements JobStepProvider {

	/** Where the step lists the report files it wrote, one per line. */
	public static final String REPORTS_KEY = "newsroll.reports";

	/** Where the step leaves its warnings (a period without articles), one per line. */
	public static final String WARNINGS_KEY = "newsroll.reports.warnings";

	/** The warnings a run's report steps left. */
	public static List<String> warnings(JobExecution execution) {
		Object text = execution.getExecutionContext().get(WARNINGS_KEY);
		return (text instanceof String s && !s.isEmpty()) ? List.of(s.split("\n")) : List.of();
	}

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final ReportService reports;

	private final NewsrollProperties properties;

	ReportStepProvider(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportService reports, NewsrollProperties properties) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.reports = reports;
		this.properties = properties;
	}

	@Override
	public JobDefinition.Step kind() {
		return JobDefinition.Step.REPORT;
	}

	@Override
	public List<Step> steps(JobDefinition job) {
		Step step = new StepBuilder("report", this.jobRepository).tasklet((contribution, chunkContext) -> {
			JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
			LocalDate date = DefinedJobs.date(execution.getJobParameters());
			LocalDate[] days = job.period().resolve(date);
			ReportPeriod period = new ReportPeriod(days[0], days[1]);
			Set<ReportFormat> formats = job.formats()
				.stream()
				.map((f) -> ReportFormat.valueOf(f.toUpperCase(Locale.ROOT)))
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(ReportFormat.class)));
			Path root = this.properties.output().resolve("reports");
			ReportService.Written result = this.reports
				.written(new ReportRequest(period, formats, ReportLocale.valueOf(job.locale().toUpperCase(Locale.ROOT)),
						ReportRequest.defaultDirectory(root, period), this.properties.zone()));
			List<Path> written = result.files();
			if (result.warning() != null) {
				execution.getExecutionContext().putString(WARNINGS_KEY, result.warning());
			}
			execution.getExecutionContext()
				.putString(REPORTS_KEY, written.stream().map(Path::toString).collect(Collectors.joining("\n")));
			contribution.incrementWriteCount(written.size());
			return RepeatStatus.FINISHED;
		}, this.transactionManager).build();
		return List.of(step);
	}

}
