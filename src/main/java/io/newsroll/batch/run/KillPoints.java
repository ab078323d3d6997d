package io.newsroll.batch.run;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deterministic kill points for the crash tests: with
 * {@code newsroll.ingest.halt-at=STEP:N} the JVM halts without any clean-up (as SIGKILL
 * leaves it) the Nth time the step named STEP passes its kill point in this process. The
 * steps place their kill points inside their transactions, after an item's rows are
 * written and before the commit. Off (the default) a kill point costs a field read.
 */
public final class KillPoints {

	private static final KillPoints NONE = new KillPoints(null, 0);

	private final String step;

	private final long at;

	private final AtomicLong passed = new AtomicLong();

	private KillPoints(String step, long at) {
		this.step = step;
		this.at = at;
	}

	/** No kill point ever halts. */
	public static KillPoints none() {
		return NONE;
	}

	/**
	 * Reads {@code STEP:N} (N at least 1); empty means none.
	 * @throws IllegalArgumentException for anything else
	 */
	public static KillPoints parse(String haltAt) {
		if (haltAt == null || haltAt.isBlank()) {
			return NONE;
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
					"newsroll.ingest.halt-at must be STEP:N with N at least 1 (as linkCopies:3): " + haltAt);
		}
		return new KillPoints(haltAt.substring(0, colon).trim(), at);
	}

	/** The step named {@code step} passes its kill point once more. */
	public void pass(String step) {
		if (this.step != null && this.step.equals(step) && this.passed.incrementAndGet() == this.at) {
			PrintStream err = System.err;
			err.println("newsroll: halted at kill point " + step + ":" + this.at + " (newsroll.ingest.halt-at)");
			err.flush();
			Runtime.getRuntime().halt(137);
		}
	}

}
