package io.newsroll.batch.db;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates newsroll's own tables when the context starts, before any job or report uses
 * them.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

	@Bean
	InitializingBean newsrollSchema(DataSource dataSource) {
		return () -> SchemaMigrator.migrate(dataSource);
	}

}
