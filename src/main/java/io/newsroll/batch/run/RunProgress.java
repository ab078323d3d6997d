package io.newsroll.batch.run;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Files handled so far by the running job, shared by its partitions and read by the
 * progress display.
 */
@Component
public class RunProgress {

	/**
	 * The key under which a file step's execution context counts the files it skipped as
	 * unchanged (written by the file readers, summed by the run summary).
	 */
	public static final String UNCHANGED_FILES = "files.unchanged";

	private final AtomicLong files = new AtomicLong();

	/** Counts one more file handled and returns the new total. */
	public long fileDone() {
		return this.files.incrementAndGet();
	}

	public long filesDone() {
		return this.files.get();
	}

}
