package io.newsroll.cli;

/**
 * newsroll's process exit codes, the same for every command (the README's exit code
 * table).
 */
public final class ExitCode {

	/** Completed; rejects alone do not fail a run. */
	public static final int OK = 0;

	/** The run failed (it can be restarted). */
	public static final int FAILED = 1;

	/** Bad usage or configuration; nothing ran. */
	public static final int USAGE = 2;

	/** Another run of the same job holds the lock. */
	public static final int LOCKED = 3;

	private ExitCode() {
	}

}
