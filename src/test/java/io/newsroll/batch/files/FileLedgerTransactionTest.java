package io.newsroll.batch.files;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.newsroll.batch.db.HsqldbUrls;
import io.newsroll.batch.db.Migrations;
import org.hsqldb.jdbc.JDBCDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article reader looks files up in the ledger inside a chunk's transaction, before
 * the chunk waits for the partitions' write lock. HSQLDB's CHECKPOINT (automatic when its
 * log is full) waits for every open transaction, so a look-up that opened the chunk's
 * transaction let one ingest hang: the partition holding the write lock waited for the
 * checkpoint, the checkpoint for this transaction, this transaction for the write lock.
 * The look-up therefore leaves the caller's transaction unopened.
 */
class FileLedgerTransactionTest {

	@TempDir
	Path dir;

	@Test
	void aLookUpInsideATransactionDoesNotHoldBackACheckpoint() throws Exception {
		DataSource dataSource = new SimpleDriverDataSource(new JDBCDriver(),
				HsqldbUrls.unpooled(this.dir.resolve("db/newsroll")), "SA", "");
		Migrations.migrate(dataSource);
		FileLedger ledger = new FileLedger(new JdbcTemplate(dataSource),
				Clock.fixed(Instant.parse("2024-05-01T08:00:00Z"), ZoneOffset.UTC));
		TransactionTemplate chunk = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		CountDownLatch lookedUp = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread partition = new Thread(() -> chunk.executeWithoutResult((status) -> {
			ledger.findAll(List.of("a/p1.txt", "a/p2.txt"));
			lookedUp.countDown();
			// as a chunk waiting for the other partition's write lock
			await(release);
		}));
		partition.start();
		try {
			assertThat(lookedUp.await(10, TimeUnit.SECONDS)).isTrue();
			CompletableFuture<Void> checkpoint = CompletableFuture
				.runAsync(() -> new JdbcTemplate(dataSource).execute("CHECKPOINT"));
			assertThat(checkpoint).succeedsWithin(Duration.ofSeconds(10));
		}
		finally {
			release.countDown();
			partition.join(30_000);
			new JdbcTemplate(dataSource).execute("SHUTDOWN");
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
