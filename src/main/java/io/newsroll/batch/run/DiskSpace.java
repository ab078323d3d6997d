package io.newsroll.batch.run;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.newsroll.batch.db.HsqldbUrls;
import io.newsroll.batch.NewsrollProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps a reserve of free space on the file systems newsroll writes to (the output
 * directory, and the directory of an HSQLDB file database), and refuses a commit that
 * would eat into it.
 * <p>
 * Why: HSQLDB writes its redo log through a buffer and only logs a warning when flushing
 * it fails, so on a full disk commits "succeed" that were never written; an ingest on a
 * file system that filled up reported COMPLETED with half its articles, its job left
 * STARTED and its rejects CSV empty (issue 17). Checking the free space before each data
 * commit, and stopping while the reserve ({@code newsroll.min-free-bytes}, 64 MiB by
 * default) still holds the job repository's last writes and the rollback, fails the run
 * cleanly instead: the chunk is rolled back, the step and job are recorded FAILED, and
 * the next run resumes once space is freed. A chunk that writes more than the reserve
 * between two checks can still meet a full disk: keep the reserve above the largest chunk
 * (chunk-size x the largest article).
 */
@Component
public class DiskSpace {

	/** The reserve is reached: nothing more is committed. */
	public static final class FullException extends RuntimeException {

		public FullException(String message) {
			super(message);
		}

	}

	private final List<Path> dirs = new ArrayList<>();

	private final long reserve;

	public DiskSpace(NewsrollProperties properties, @Value("${spring.datasource.url:}") String url,
			@Value("${newsroll.min-free-bytes:67108864}") long reserve) {
		this.reserve = reserve;
		this.dirs.add(properties.output());
		if (HsqldbUrls.isFile(url)) {
			Path file = HsqldbUrls.path(url);
			this.dirs.add(file.toAbsolutePath().getParent());
		}
	}

	/** The reserve in bytes. */
	public long reserve() {
		return this.reserve;
	}

	/**
	 * Throws {@link FullException} when a watched file system has less free space than
	 * the reserve; a file system that cannot be asked is let be.
	 */
	public void check() {
		if (this.reserve <= 0) {
			return;
		}
		for (Path dir : this.dirs) {
			Path existing = dir.toAbsolutePath();
			while (existing != null && !Files.exists(existing)) {
				existing = existing.getParent();
			}
			if (existing == null) {
				continue;
			}
			long free;
			try {
				FileStore store = Files.getFileStore(existing);
				free = store.getUsableSpace();
			}
			catch (IOException ex) {
				continue;
			}
			if (free < this.reserve) {
				throw new FullException("the file system holding " + dir + " is full: " + kib(free)
						+ " free, under the reserve of " + kib(this.reserve)
						+ " newsroll keeps (newsroll.min-free-bytes); the last chunk was not stored");
			}
		}
	}

	private static String kib(long bytes) {
		return (bytes >= 10L << 20) ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
	}

}
