package io.newsroll.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log file's times carry the configured zone (newsroll.zone) and its offset, whatever
 * the JVM's zone: the same clock as jobs, rejects and reports.
 */
class LogZoneTest {

	@Test
	void logFileTimesAreInTheConfiguredZoneWithTheirOffset(@TempDir Path dir) throws Exception {
		// a zone that is neither the JVM's nor Shanghai's: -03:00 all year
		ZoneId zone = ZoneId.of("America/Argentina/Buenos_Aires");
		assertThat(ZoneId.systemDefault().getRules().getOffset(java.time.Instant.now()))
			.isNotEqualTo(zone.getRules().getOffset(java.time.Instant.now()));
		Workspace ws = Workspace.withSamplePages(dir);
		try (ConfigurableApplicationContext ctx = ws.open(Map.of("newsroll.zone", zone.getId()))) {
			LoggerFactory.getLogger("io.newsroll.LogZoneTest").info("a line to find");
		}
		Path log = ws.output.resolve("logs").resolve("newsroll.log");
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		String line = lines.stream().filter((l) -> l.endsWith("a line to find")).findFirst().orElseThrow();
		assertThat(line).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}-03:00 INFO .*");
		OffsetDateTime at = OffsetDateTime.parse(line.substring(0, line.indexOf(' ')));
		assertThat(at.toInstant()).isBetween(java.time.Instant.now().minusSeconds(600), java.time.Instant.now());
	}

}
