package io.newsroll.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a long run's progress: a progress bar (me.tongfei:progressbar) when standard
 * error is a terminal, and a plain line every {@code interval} otherwise, so that cron
 * mail stays readable.
 */
final class ProgressDisplay implements AutoCloseable {

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread t = new Thread(r, "progress");
		t.setDaemon(true);
		return t;
	});

	private final ProgressBar bar;

	private ProgressDisplay(String task, long total, LongSupplier done, boolean terminal, Duration interval,
			PrintStream log) {
		if (terminal) {
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
				log.printf("%s: %,d of %,d files (%d%%), %,d files/s%n", task, n, total,
						(total > 0) ? (100 * n / total) : 100, n / secs);
			}, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	static ProgressDisplay start(String task, long total, LongSupplier done) {
		boolean terminal = System.console() != null && System.getenv("CI") == null;
		return new ProgressDisplay(task, total, done, terminal, Duration.ofSeconds(30), System.err);
	}

	@Override
	public void close() {
		this.timer.shutdownNow();
		if (this.bar != null) {
			this.bar.close();
		}
	}

}
