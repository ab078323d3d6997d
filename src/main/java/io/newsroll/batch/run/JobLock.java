package io.newsroll.batch.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * An exclusive lock per job name, held for the whole run, so that two runs of one job
 * never overlap, even from two processes. It is an operating-system file lock on
 * {@code output/locks/<job>.lock}: the system releases it when the process ends, however
 * it ends, so a killed run never blocks the next one. The file names the holder for the
 * message the second run prints.
 */
public final class JobLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private JobLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** Thrown when another run holds the lock. */
	public static final class HeldException extends Exception {

		public HeldException(String message) {
			super(message);
		}

	}

	public static JobLock acquire(Path lockDir, String job, Clock clock) throws IOException, HeldException {
		Files.createDirectories(lockDir);
		Path file = lockDir.resolve(job.replaceAll("[^A-Za-z0-9._-]", "_") + ".lock");
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
			channel.close();
			throw new HeldException("another run of job '" + job + "' holds the lock " + file
					+ (holder.isEmpty() ? "" : " (" + holder + ")"));
		}
		channel.truncate(0);
		String holder = "pid " + ProcessHandle.current().pid() + " on " + hostName() + ", started "
				+ OffsetDateTime.now(clock);
		channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
		channel.force(false);
		return new JobLock(channel, lock);
	}

	private static String hostName() {
		String name = ManagementFactory.getRuntimeMXBean().getName();
		int at = name.indexOf('@');
		return (at >= 0) ? name.substring(at + 1) : name;
	}

	@Override
	public void close() throws IOException {
		try {
			this.channel.truncate(0);
			this.lock.release();
		}
		finally {
			this.channel.close();
		}
	}

}
