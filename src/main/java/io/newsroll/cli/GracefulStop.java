package io.newsroll.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * SIGTERM (or Ctrl-C) during {@code ingest} or {@code run}: the running execution of the
 * job is asked to stop, it stops at the end of the chunk it is in and is recorded
 * STOPPED, the command prints its summary and the line that says how to resume, and only
 * then does the JVM end (exit code 143, as for any process ended by SIGTERM). Without
 * this, Spring closed the context under the running job: six "unknown state" lines and a
 * run left STARTED. The context must be opened without Spring's own shutdown hook.
 */
final class GracefulStop implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

	/** How long the hook waits for the run to stop before the JVM ends anyway. */
	static final long WAIT_SECONDS = 120;

	/** The context option that leaves closing to the command. */
	static final String NO_SPRING_HOOK = "spring.main.register-shutdown-hook";

	private final CountDownLatch done = new CountDownLatch(1);

	private final Thread hook;

	private GracefulStop(ConfigurableApplicationContext ctx, String job, PrintWriter err) {
		this.hook = new Thread(() -> stop(ctx, job, err), "newsroll-sigterm");
		Runtime.getRuntime().addShutdownHook(this.hook);
	}

	static GracefulStop install(ConfigurableApplicationContext ctx, String job, PrintWriter err) {
		return new GracefulStop(ctx, job, err);
	}

	private void stop(ConfigurableApplicationContext ctx, String job, PrintWriter err) {
		try {
			JobOperator operator = ctx.getBean(JobOperator.class);
			for (Long id : operator.getRunningExecutions(job)) {
				err.println(
						"newsroll: SIGTERM: stopping run " + id + " of " + job + " at the end of its current chunk");
				err.flush();
				operator.stop(id);
			}
		}
		catch (Exception ex) {
			log.info("SIGTERM: nothing to stop in job '{}' ({})", job, ex.toString());
		}
		try {
			if (!this.done.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
				err.println("newsroll: SIGTERM: " + job + " did not stop within " + WAIT_SECONDS
						+ " s; the next run recovers it");
				err.flush();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The command is done (summary printed, context closed): the JVM may end. */
	@Override
	public void close() {
		this.done.countDown();
		try {
			Runtime.getRuntime().removeShutdownHook(this.hook);
		}
		catch (IllegalStateException ex) {
			// shutting down already: the hook is running and now returns
		}
	}

}
