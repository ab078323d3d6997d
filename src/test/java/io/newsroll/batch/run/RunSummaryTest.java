package io.newsroll.batch.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

import static org.assertj.core.api.Assertions.assertThat;

class RunSummaryTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static JobExecution execution(BatchStatus status) {
		JobExecution e = new JobExecution(7L, new JobInstance(1L, "daily"), new JobParameters());
		// Spring Batch keeps the JVM's wall clock: the run ended at 18:30:09 UTC
		LocalDateTime end = LocalDateTime.of(2026, 12, 6, 18, 30, 9)
			.atZone(ZoneId.of("UTC"))
			.withZoneSameInstant(ZoneId.systemDefault())
			.toLocalDateTime();
		e.setStartTime(end.minusSeconds(9).minusNanos(100_000_000));
		e.setEndTime(end);
		e.setStatus(status);
		return e;
	}

	@Test
	void oneDatedLineForLogsInTheConfiguredZone() {
		RunSummary summary = new RunSummary(execution(BatchStatus.COMPLETED), 57, 3, 51,
				Map.of("MISSING_PUBLISHED", 3L), List.of("output/reports/x-zh.pdf"));
		assertThat(summary.line(SHANGHAI)).isEqualTo("2026-12-07 02:30:09 Asia/Shanghai newsroll daily run 7 COMPLETED "
				+ "in 9.1 s: 57 seen, 3 unchanged, 51 loaded, 3 rejected (MISSING_PUBLISHED 3); "
				+ "reports output/reports/x-zh.pdf");
		assertThat(summary.line(SHANGHAI)).doesNotContain("\n");
	}

	@Test
	void theBoxSaysWhenTheRunEnded() {
		StringWriter out = new StringWriter();
		new RunSummary(execution(BatchStatus.FAILED), 1, 0, 0, Map.of(), List.of()).print(new PrintWriter(out),
				SHANGHAI);
		assertThat(out.toString()).contains("run 7  FAILED", "ended             2026-12-07 02:30:09 Asia/Shanghai");
	}

}
