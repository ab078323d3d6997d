package io.newsroll.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
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
		Workspace ws = Workspace.withSamplePages(dir);
		// the event's own time stamp, to compare the file's line with (no reading of the
		// clock here)
		ListAppender<ILoggingEvent> events = new ListAppender<>();
		events.start();
		Logger logger = (Logger) LoggerFactory.getLogger("io.newsroll.LogZoneTest");
		try (ConfigurableApplicationContext ctx = ws.open(Map.of("newsroll.zone", zone.getId()))) {
			logger.addAppender(events);
			logger.info("a line to find");
		}
		finally {
			logger.detachAppender(events);
		}
		Instant logged = Instant.ofEpochMilli(events.list.get(0).getTimeStamp());
		assertThat(ZoneId.systemDefault().getRules().getOffset(logged))
			.as("the JVM's zone must differ from the configured one for this test to say anything")
			.isNotEqualTo(zone.getRules().getOffset(logged));
		Path log = ws.output.resolve("logs").resolve("newsroll.log");
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		String line = lines.stream().filter((l) -> l.endsWith("a line to find")).findFirst().orElseThrow();
		assertThat(line).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}-03:00 INFO .*");
		OffsetDateTime at = OffsetDateTime.parse(line.substring(0, line.indexOf(' ')));
		assertThat(at.toInstant()).isEqualTo(logged);
	}

}
