package io.newsroll.batch.run;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deterministic kill points for the crash tests: with
 * {@code newsroll.ingest.halt-at=STEP:N} the JVM halts without any clean-up (as SIGKILL
 * leaves it) the Nth time the step named STEP passes its kill point in this process; with
 * {@code STEP:N:wait} it says so on standard error and waits there for the test to kill
 * it with a real SIGKILL. The steps place their kill points inside their transactions,
 * after an item's rows are written and before the commit. Off (the default) a kill point
 * costs a field read.
 */
public final class KillPoints {

	private static final KillPoints NONE = new KillPoints(null, 0, false);

	private final String step;

	private final long at;

	private final boolean wait;

	private final AtomicLong passed = new AtomicLong();

	private KillPoints(String step, long at, boolean wait) {
		this.step = step;
		this.at = at;
		this.wait = wait;
	}

	/** No kill point ever halts. */
	public static KillPoints none() {
		return NONE;
	}

	/**
	 * Reads {@code STEP:N} or {@code STEP:N:wait} (N at least 1); empty means none.
	 * @throws IllegalArgumentException for anything else
	 */
	public static KillPoints parse(String haltAt) {
		if (haltAt == null || haltAt.isBlank()) {
			return NONE;
		}
		boolean wait = haltAt.endsWith(":wait");
		if (wait) {
			haltAt = haltAt.substring(0, haltAt.length() - ":wait".length());
		}
		int colon = haltAt.lastIndexOf(':');
		long at = -1;
		try {
			at = (colon > 0) ? Long.parseLong(haltAt.substring(colon + 1).trim()) : -1;
		}
		catch (NumberFormatException ex) {
			// reported below with the expected form
		}
		if (at < 1) {
			throw new IllegalArgumentException(
					"newsroll.ingest.halt-at must be STEP:N or STEP:N:wait with N at least 1 (as linkCopies:3): "
							+ haltAt);
		}
		return new KillPoints(haltAt.substring(0, colon).trim(), at, wait);
	}

	/** The step named {@code step} passes its kill point once more. */
	public void pass(String step) {
		if (this.step != null && this.step.equals(step) && this.passed.incrementAndGet() == this.at) {
			PrintStream err = System.err;
			if (this.wait) {
				err.println("newsroll: waiting at kill point " + step + ":" + this.at + " (newsroll.ingest.halt-at)");
				err.flush();
				waitForKill();
			}
			err.println("newsroll: halted at kill point " + step + ":" + this.at + " (newsroll.ingest.halt-at)");
			err.flush();
			Runtime.getRuntime().halt(137);
		}
	}

	/** Holds the step, its transaction open, until the process is killed from outside. */
	private static void waitForKill() {
		while (true) {
			try {
				Thread.sleep(60_000);
			}
			catch (InterruptedException ex) {
				// a kill point waits for SIGKILL, nothing else
			}
		}
	}

}
