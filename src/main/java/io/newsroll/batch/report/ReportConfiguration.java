package io.newsroll.batch.report;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the report service available to commands and jobs. */
@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {

	@Bean
	ReportService reportService(DataSource dataSource, ObjectProvider<Clock> clock) {
		return new ReportService(dataSource, clock.getIfAvailable(Clock::systemUTC));
	}

}
