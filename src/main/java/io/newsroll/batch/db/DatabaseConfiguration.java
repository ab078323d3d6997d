package io.newsroll.batch.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates newsroll's own tables when the context starts, before any job or report uses
 * them, and keeps HSQLDB's compiled statements alive between uses.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

	@Bean
	InitializingBean newsrollSchema(DataSource dataSource) {
		return () -> SchemaMigrator.migrate(dataSource);
	}

	/** Every HSQLDB data source pins its statements' compiled SQL. */
	@Bean
	static BeanPostProcessor statementPinning() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof StatementPinningDataSource)
						&& isHsqldb(dataSource)) {
					return new StatementPinningDataSource(dataSource);
				}
				return bean;
			}

		};
	}

	private static boolean isHsqldb(DataSource dataSource) {
		return dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
				&& hikari.getJdbcUrl().startsWith("jdbc:hsqldb:");
	}

}
