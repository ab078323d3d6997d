package io.newsroll.batch.files;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.newsroll.batch.db.Migrations;
import org.hsqldb.jdbc.JDBCDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Looking files up gives exactly the ledger rows of the paths asked for, however the
 * paths lie among the ledger's others: between another partition's, far apart, unknown,
 * or out of the database's order.
 */
class FileLedgerTest {

	private static final Instant WHEN = Instant.parse("2024-05-01T08:00:00Z");

	private FileLedger ledger;

	@BeforeEach
	void ledger() {
		DataSource dataSource = new SimpleDriverDataSource(new JDBCDriver(), "jdbc:hsqldb:mem:" + UUID.randomUUID(),
				"SA", "");
		Migrations.migrate(dataSource);
		this.ledger = new FileLedger(new JdbcTemplate(dataSource), Clock.fixed(WHEN, ZoneOffset.UTC));
		for (int i = 0; i < 300; i++) {
			record(String.format("2024/%03d.txt", i), i);
		}
	}

	@Test
	void everyOtherPathOfARunGivesItsOwnRowsOnly() {
		List<String> mine = new ArrayList<>();
		for (int i = 0; i < 100; i += 2) {
			mine.add(String.format("2024/%03d.txt", i));
		}

		var found = this.ledger.findAll(mine);

		assertThat(found).containsOnlyKeys(mine);
		assertThat(found.get("2024/042.txt").size()).isEqualTo(42);
		assertThat(found.get("2024/042.txt").articleId()).isEqualTo("a42");
	}

	@Test
	void pathsFarApartAmongManyOthersAreFoundToo() {
		// 299 rows lie between them: more than the range may cost for two paths
		var found = this.ledger.findAll(List.of("2024/299.txt", "2024/000.txt"));

		assertThat(found).containsOnlyKeys("2024/000.txt", "2024/299.txt");
	}

	@Test
	void unknownPathsAreAbsentAndKnownOnesBesideThemPresent() {
		var found = this.ledger.findAll(List.of("2024/010.txt", "2024/010a.txt", "2023/new.txt", "2024/011.txt",
				"2024/011.TXT", "zzz/new.txt"));

		assertThat(found).containsOnlyKeys("2024/010.txt", "2024/011.txt");
		assertThat(this.ledger.findAll(List.of())).isEmpty();
	}

	@Test
	void twoFilesOfOneRunUnderOnePathStopTheRunInsteadOfLosingOne() {
		InputFile first = new InputFile(Path.of("/in/a\\xC4\\xE3.txt"), "same-name.txt", 10, WHEN);
		InputFile second = new InputFile(Path.of("/in/b\\xC4\\xE3.txt"), "same-name.txt", 10, WHEN);
		this.ledger.record(first, "article", "sha-a", FileLedger.Status.LOADED, "a", 7);
		// the same file again (a chunk retried after a rollback) is no second file
		this.ledger.record(first, "article", "sha-a", FileLedger.Status.LOADED, "a", 7);

		assertThatThrownBy(() -> this.ledger.record(second, "article", "sha-b", FileLedger.Status.LOADED, "b", 7))
			.isInstanceOf(FileLedger.FileAccountingException.class)
			.hasMessageContaining("'same-name.txt'")
			.hasMessageContaining(first.path().toString())
			.hasMessageContaining(second.path().toString());
		// the next run may record another file under the path (the first one was renamed)
		this.ledger.record(second, "article", "sha-b", FileLedger.Status.LOADED, "b", 8);
		assertThat(this.ledger.findAll(List.of("same-name.txt")).get("same-name.txt").sha256()).isEqualTo("sha-b");
	}

	private void record(String path, long size) {
		this.ledger.record(new InputFile(Path.of("/in").resolve(path), path, size, WHEN), "article", "sha" + size,
				FileLedger.Status.LOADED, "a" + size, 1);
	}

}
