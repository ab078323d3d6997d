package io.newsroll.batch.rejects;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.newsroll.batch.db.Migrations;
import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;
import org.hsqldb.jdbc.JDBCDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class RejectRepositoryTest {

	private RejectRepository rejects;

	@TempDir
	Path dir;

	@BeforeEach
	void database() {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new JDBCDriver(),
				"jdbc:hsqldb:mem:" + UUID.randomUUID(), "SA", "");
		Migrations.migrate(dataSource);
		this.rejects = new RejectRepository(new JdbcTemplate(dataSource),
				Clock.fixed(Instant.parse("2026-11-25T05:00:00Z"), ZoneOffset.UTC));
	}

	@Test
	void writesEveryRejectOfTheRunInOrderAcrossPages() throws IOException {
		// more than two pages of three, between rejects of two other runs
		int n = 8;
		this.rejects.add(1, violation("before.html"));
		List<String> files = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			files.add("page-" + i + ".html");
			this.rejects.add(2, violation(files.get(i)));
		}
		this.rejects.add(3, violation("after.html"));

		Path csv = this.rejects.writeCsv(2, this.dir.resolve("rejects.csv"), 3);

		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertThat(lines).hasSize(n + 1);
		assertThat(lines.get(0))
			.isEqualTo("\uFEFF\"run_id\",\"file\",\"location\",\"reason\",\"message\",\"created_at\"");
		List<String> written = lines.subList(1, lines.size()).stream().map((l) -> l.split("\",\"")[1]).toList();
		assertThat(written).containsExactlyElementsOf(files);
		assertThat(lines.get(1))
			.isEqualTo("\"2\",\"page-0.html\",\"\",\"UNREADABLE\",\"not a page\",\"2026-11-25T05:00Z\"");
	}

	@Test
	void writesNoFileForARunWithoutRejects() throws IOException {
		this.rejects.add(1, violation("a.html"));

		assertThat(this.rejects.writeCsv(2, this.dir.resolve("rejects.csv"))).isNull();
		assertThat(this.dir).isEmptyDirectory();
	}

	private static Violation violation(String file) {
		return new Violation(file, null, ReasonCode.UNREADABLE, "not a page");
	}

}
