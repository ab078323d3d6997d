package io.newsroll.batch.run;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transaction manager of every step and of the job repository: Spring's JDBC one,
 * which asks {@link DiskSpace} before it commits data. The job repository's own
 * transactions (a step or a job recorded FAILED, small rows) are let through, so that a
 * run stopped by a full disk is recorded as failed, not left STARTED.
 */
@Configuration(proxyBeanMethods = false)
public class GuardedTransactions {

	@Bean
	PlatformTransactionManager transactionManager(DataSource dataSource, DiskSpace diskSpace) {
		return new GuardedTransactionManager(dataSource, diskSpace);
	}

	static final class GuardedTransactionManager extends JdbcTransactionManager {

		private final transient DiskSpace diskSpace;

		GuardedTransactionManager(DataSource dataSource, DiskSpace diskSpace) {
			super(dataSource);
			this.diskSpace = diskSpace;
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			if (!status.isReadOnly()
					&& !isJobRepository(TransactionSynchronizationManager.getCurrentTransactionName())) {
				this.diskSpace.check();
			}
			super.doCommit(status);
		}

		/** The job repository's transactions are named after its methods. */
		static boolean isJobRepository(String transactionName) {
			return transactionName != null && transactionName.startsWith("org.springframework.batch.core.repository");
		}

	}

}
