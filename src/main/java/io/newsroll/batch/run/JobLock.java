package io.newsroll.batch.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

	/**
	 * The locks of {@code lockDir} that a live process holds, each as
	 * {@code job (holder)}: who to name when a resource newsroll shares is busy. A lock
	 * is probed with a shared lock for an instant, which never takes it from its holder.
	 */
	public static List<String> holders(Path lockDir) {
		List<String> held = new ArrayList<>();
		if (!Files.isDirectory(lockDir)) {
			return held;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(lockDir, "*.lock")) {
			for (Path file : files) {
				String job = file.getFileName().toString().replaceFirst("\\.lock$", "");
				try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
					FileLock probe;
					try {
						probe = channel.tryLock(0, Long.MAX_VALUE, true);
					}
					catch (OverlappingFileLockException ex) {
						probe = null; // this process holds it
					}
					if (probe != null) {
						probe.release();
						continue;
					}
					String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
					held.add(holder.isEmpty() ? job : job + " (" + holder + ")");
				}
				catch (IOException ex) {
					// unreadable lock file: not a holder newsroll can name
				}
			}
		}
		catch (IOException ex) {
			return held;
		}
		Collections.sort(held);
		return held;
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
