package io.newsroll.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import io.newsroll.core.clock.SystemClocks;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a long run's progress: a progress bar (me.tongfei:progressbar) when standard
 * error is a terminal, and a dated plain line every {@code interval} otherwise, so that
 * cron mail and logs stay readable; nothing with {@code --quiet}.
 */
final class ProgressDisplay implements AutoCloseable {

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread t = new Thread(r, "progress");
		t.setDaemon(true);
		return t;
	});

	private final ProgressBar bar;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private ProgressDisplay(String task, long total, LongSupplier done, OutputOptions.Style style, Duration interval,
			PrintStream log, Clock clock) {
		if (style == OutputOptions.Style.QUIET) {
			this.bar = null;
		}
		else if (style == OutputOptions.Style.BOX) {
			this.bar = new ProgressBarBuilder().setTaskName(task)
				.setInitialMax((total > 0) ? total : -1)
				.setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
				.setUnit(" files", 1)
				.showSpeed()
				.build();
			this.timer.scheduleAtFixedRate(() -> this.bar.stepTo(done.getAsLong()), 200, 200, TimeUnit.MILLISECONDS);
		}
		else {
			this.bar = null;
			long started = System.nanoTime();
			this.timer.scheduleAtFixedRate(() -> {
				long n = done.getAsLong();
				long secs = Math.max(1, (System.nanoTime() - started) / 1_000_000_000L);
				log.printf("%s %s %s: %,d of %,d files (%d%%), %,d files/s%n", WHEN.format(ZonedDateTime.now(clock)),
						clock.getZone().getId(), task, n, total, (total > 0) ? (100 * n / total) : 100, n / secs);
			}, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * A progress bar on a terminal, a dated line every 30 s otherwise (times in
	 * {@code zone}), nothing when quiet.
	 */
	static ProgressDisplay start(String task, long total, LongSupplier done, OutputOptions.Style style, ZoneId zone) {
		OutputOptions.Style shown = (style == OutputOptions.Style.BOX && System.getenv("CI") != null)
				? OutputOptions.Style.LINE : style;
		return new ProgressDisplay(task, total, done, shown, Duration.ofSeconds(30), System.err,
				SystemClocks.system(zone));
	}

	@Override
	public void close() {
		this.timer.shutdownNow();
		if (this.bar != null) {
			this.bar.close();
		}
	}

}
