package io.newsroll.batch.db;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection pool keeps room for two connections per ingest partition (a chunk's and
 * a ledger look-up's) and pins HSQLDB statements.
 */
class DatabaseConfigurationTest {

	@Test
	void growsThePoolToTwoConnectionsPerPartitionAndNeverShrinksIt() {
		try (HikariDataSource many = pool(6); HikariDataSource roomy = pool(40)) {
			BeanPostProcessor processor = DatabaseConfiguration
				.statementPinning(new MockEnvironment().withProperty("newsroll.ingest.partitions", "8"));
			Object wrapped = processor.postProcessAfterInitialization(many, "dataSource");
			processor.postProcessAfterInitialization(roomy, "other");

			assertThat(many.getMaximumPoolSize()).isEqualTo(18);
			assertThat(roomy.getMaximumPoolSize()).isEqualTo(40);
			assertThat(wrapped).isInstanceOf(StatementPinningDataSource.class);
		}
	}

	@Test
	void theDefaultTwoPartitionsNeedSixConnections() {
		try (HikariDataSource small = pool(3)) {
			DatabaseConfiguration.statementPinning(new MockEnvironment())
				.postProcessAfterInitialization(small, "dataSource");

			assertThat(small.getMaximumPoolSize()).isEqualTo(6);
		}
	}

	private static HikariDataSource pool(int size) {
		HikariDataSource hikari = new HikariDataSource();
		hikari.setJdbcUrl("jdbc:hsqldb:mem:pool");
		hikari.setMaximumPoolSize(size);
		return hikari;
	}

}
