package io.newsroll.batch.articles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.newsroll.batch.NewsrollProperties;
import io.newsroll.batch.files.ChangedFile;
import io.newsroll.batch.files.FileLedger;
import io.newsroll.batch.files.FileIntake;
import io.newsroll.batch.files.InputFiles;
import io.newsroll.batch.files.PartitionedFileReader;
import io.newsroll.batch.rejects.RejectRepository;
import io.newsroll.batch.report.SummarizeDaysTasklet;
import io.newsroll.batch.run.KillPoints;
import io.newsroll.batch.run.RunProgress;
import io.newsroll.batch.schedule.DefinedJobs;
import io.newsroll.batch.schedule.JobDefinition;
import io.newsroll.batch.schedule.JobStepProvider;
import io.newsroll.core.article.ArticleValidator;
import io.newsroll.core.article.PageExtractor;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code ingest} job: article files partitioned by path over the partition threads,
 * each chunk of files loaded in one transaction, then the copies of new articles linked
 * and the reports' day summaries of the days written brought up to date.
 */
@Configuration(proxyBeanMethods = false)
public class ArticleJobConfiguration {

	public static final String JOB_NAME = "ingest";

	/** The ingest job: articles, then rosters when the roster feature is there. */
	@Bean
	Job ingestJob(DefinedJobs jobs) {
		List<JobDefinition.Step> steps = jobs.provides(JobDefinition.Step.INGEST_ROSTERS)
				? List.of(JobDefinition.Step.INGEST_ARTICLES, JobDefinition.Step.INGEST_ROSTERS)
				: List.of(JobDefinition.Step.INGEST_ARTICLES);
		return jobs.build(JOB_NAME, null, steps);
	}

	@Bean
	JobStepProvider articleSteps(Step ingestArticles, Step linkCopies, Step summarizeDays) {
		return JobStepProvider.of(JobDefinition.Step.INGEST_ARTICLES, ingestArticles, linkCopies, summarizeDays);
	}

	@Bean
	Step ingestArticles(JobRepository jobRepository, Step ingestArticlesWorker, TaskExecutor partitionExecutor,
			NewsrollProperties properties) {
		return new StepBuilder("ingestArticles", jobRepository).partitioner("ingestArticlesWorker", byPath())
			.step(ingestArticlesWorker)
			.gridSize(properties.ingest().partitions())
			.taskExecutor(partitionExecutor)
			.build();
	}

	@Bean
	Step ingestArticlesWorker(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PartitionedFileReader articleFileReader, ArticleFileProcessor articleFileProcessor,
			ArticleFileWriter articleFileWriter, NewsrollProperties properties) {
		return new StepBuilder("ingestArticlesWorker", jobRepository)
			.<ChangedFile, FileOutcome>chunk(properties.ingest().chunkSize())
			.transactionManager(transactionManager)
			.reader(articleFileReader)
			.processor(articleFileProcessor)
			.writer(articleFileWriter)
			.build();
	}

	@Bean
	Step linkCopies(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ArticleRepository articles, KillPoints killPoints) {
		return new StepBuilder("linkCopies", jobRepository)
			.tasklet(new LinkCopiesTasklet(articles, killPoints), transactionManager)
			.build();
	}

	/**
	 * Day summaries for the reports, counted once here rather than by the next report.
	 */
	@Bean
	Step summarizeDays(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource) {
		return new StepBuilder("summarizeDays", jobRepository)
			.tasklet(new SummarizeDaysTasklet(dataSource), transactionManager)
			.build();
	}

	@Bean
	@StepScope
	PartitionedFileReader articleFileReader(@Value("#{stepExecution}") StepExecution stepExecution, FileLedger ledger,
			RunProgress progress) {
		return new PartitionedFileReader("articleFiles",
				IngestParameters.from(stepExecution.getJobParameters()).articles(), InputFiles::isArticleName, ledger,
				progress);
	}

	@Bean
	ArticleFileProcessor articleFileProcessor(PageExtractor extractor, ArticleValidator validator,
			NewsrollProperties properties, RunProgress progress) {
		return new ArticleFileProcessor(new FileIntake(properties.ingest().maxFileBytes()), extractor, validator,
				properties.ingest(), progress);
	}

	@Bean
	ArticleFileWriter articleFileWriter(ArticleRepository articles, RejectRepository rejects, FileLedger ledger,
			PageRosterSink rosters) {
		return new ArticleFileWriter(articles, rejects, ledger, rosters);
	}

	/**
	 * One partition per thread; each takes the files whose relative path hashes to it.
	 */
	private static Partitioner byPath() {
		return (gridSize) -> {
			Map<String, ExecutionContext> partitions = new HashMap<>();
			for (int i = 0; i < gridSize; i++) {
				ExecutionContext context = new ExecutionContext();
				context.putInt(PartitionedFileReader.PARTITION, i);
				context.putInt(PartitionedFileReader.PARTITIONS, gridSize);
				partitions.put("partition" + i, context);
			}
			return partitions;
		};
	}

}
