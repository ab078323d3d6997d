package io.newsroll.batch.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulerTest {

	@Test
	void nextFiringIsPrintedWithItsOffsetAndZone() throws Exception {
		JobDefinition daily = new JobDefinitions(Path.of("jobs")).all().get(0);
		// 2026-12-07 10:00 UTC is 18:00 in Shanghai; the daily job's cron is read there
		Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
		List<String> lines = new ArrayList<>();
		Scheduler[] scheduler = new Scheduler[1];
		scheduler[0] = new Scheduler(List.of(daily), clock, ZoneId.of("Asia/Shanghai"), (job, due) -> {
		}, (line) -> {
			lines.add(line);
			scheduler[0].stop();
		});
		scheduler[0].run();
		assertThat(daily.cron()).isEqualTo("30 2 * * *");
		assertThat(lines)
			.containsExactly("job 'daily' (30 2 * * *) next fires at 2026-12-08T02:30+08:00 Asia/Shanghai");
	}

}
