package io.newsroll.batch.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.newsroll.batch.NewsrollProperties;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Has Spring Boot's Flyway migrate newsroll's own tables from the scripts of the
 * database's vendor (see {@link Migrations}) when the context starts, before any job or
 * report uses them; keeps an HSQLDB data file memory-mapped as it grows, and HSQLDB's
 * compiled statements alive between uses.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

	@Bean
	FlywayConfigurationCustomizer newsrollMigrations() {
		return Migrations::configure;
	}

	@Bean
	InitializingBean hsqldbDataFile(DataSource dataSource) {
		return () -> HsqldbDataFile.keepMapped(dataSource);
	}

	/**
	 * Every HSQLDB data source pins its statements' compiled SQL; every connection pool
	 * has room for the ingest's partitions.
	 */
	@Bean
	static BeanPostProcessor statementPinning(Environment environment) {
		// bound as the ingest binds it: the same default and the same checks
		int partitions = Binder.get(environment)
			.bindOrCreate("newsroll.ingest", NewsrollProperties.Ingest.class)
			.partitions();
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource hikari) {
					ensureRoomForPartitions(hikari, partitions);
					if (Vendor.ofUrl(hikari.getJdbcUrl()).orElse(null) == Vendor.POSTGRESQL) {
						// one more for the job's lock, held by a connection of its own
						ensureRoomForPartitions(hikari, partitions);
						hikari.setMaximumPoolSize(Math.max(hikari.getMaximumPoolSize(), 2 * partitions + 3));
						serverDefaults(hikari);
					}
				}
				if (bean instanceof DataSource dataSource && !(bean instanceof StatementPinningDataSource)
						&& isHsqldb(dataSource)) {
					return new StatementPinningDataSource(dataSource);
				}
				return bean;
			}

		};
	}

	/**
	 * Each partition of the article step holds a connection for its chunk's transaction
	 * and takes a second one for a moment to look files up in the ledger outside that
	 * transaction (see {@code FileLedger.findAll}); with fewer connections than both
	 * need, every partition could hold one and wait for another.
	 */
	static void ensureRoomForPartitions(HikariDataSource hikari, int partitions) {
		int needed = 2 * partitions + 2;
		if (hikari.getMaximumPoolSize() < needed) {
			hikari.setMaximumPoolSize(needed);
		}
	}

	/**
	 * A server that does not answer fails the command within seconds instead of the
	 * driver's minutes, and the server's session list names newsroll; settings given
	 * ({@code spring.datasource.hikari.data-source-properties.*}) are kept.
	 */
	static void serverDefaults(HikariDataSource hikari) {
		DatabaseFailures.serverDefaults(hikari.getDataSourceProperties());
	}

	private static boolean isHsqldb(DataSource dataSource) {
		return dataSource instanceof HikariDataSource hikari
				&& Vendor.ofUrl(hikari.getJdbcUrl()).orElse(null) == Vendor.HSQLDB;
	}

}
