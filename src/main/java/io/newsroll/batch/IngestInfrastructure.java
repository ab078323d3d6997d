package io.newsroll.batch;

import java.time.Clock;

import io.newsroll.batch.run.KillPoints;
import io.newsroll.core.article.ArticleValidator;
import io.newsroll.core.article.ExtractionSettings;
import io.newsroll.core.article.PageExtractor;
import io.newsroll.core.clock.SystemClocks;

import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * What every job shares: the clock, the job registry, the core extractor and validator,
 * the partition threads.
 */
@Configuration(proxyBeanMethods = false)
public class IngestInfrastructure {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return SystemClocks.utc();
	}

	/**
	 * The registry the job operator restarts jobs from: the job beans, and the jobs built
	 * from job files (registered as they are built).
	 */
	@Bean
	MapJobRegistry jobRegistry() {
		return new MapJobRegistry();
	}

	@Bean
	PageExtractor pageExtractor(NewsrollProperties properties, Clock clock) {
		NewsrollProperties.Ingest ingest = properties.ingest();
		ExtractionSettings defaults = ExtractionSettings.defaults();
		// pages are ingested as they are crawled: the run's clock is the crawl's
		return new PageExtractor(new ExtractionSettings(properties.zone(), ingest.maxDecompressedBytes(),
				ingest.maxDomDepth(), defaults.maxTitleChars()), clock);
	}

	/** The crash tests' kill points ({@code newsroll.ingest.halt-at}); none otherwise. */
	@Bean
	KillPoints killPoints(NewsrollProperties properties) {
		return KillPoints.parse(properties.ingest().haltAt());
	}

	@Bean
	ArticleValidator articleValidator(Clock clock, NewsrollProperties properties) {
		return new ArticleValidator(clock, properties.ingest().minBodyChars());
	}

	@Bean
	TaskExecutor partitionExecutor(NewsrollProperties properties) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
		executor.setConcurrencyLimit(properties.ingest().partitions());
		return executor;
	}

}
