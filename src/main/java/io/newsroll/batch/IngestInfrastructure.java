package io.newsroll.batch;

import java.time.Clock;

import io.newsroll.core.article.ArticleValidator;
import io.newsroll.core.article.ExtractionSettings;
import io.newsroll.core.article.PageExtractor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/** What every ingest job shares: the clock, the core extractor and validator, the partition threads. */
@Configuration(proxyBeanMethods = false)
public class IngestInfrastructure {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	PageExtractor pageExtractor(NewsrollProperties properties) {
		NewsrollProperties.Ingest ingest = properties.ingest();
		ExtractionSettings defaults = ExtractionSettings.defaults();
		return new PageExtractor(new ExtractionSettings(properties.zone(), ingest.maxDecompressedBytes(),
				ingest.maxDomDepth(), defaults.maxTitleChars()));
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
