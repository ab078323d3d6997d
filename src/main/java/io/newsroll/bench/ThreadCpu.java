package io.newsroll.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Processor time of a running process's threads, added up by kind of thread (the
 * partition workers, the JIT compilers, the garbage collector, the main thread...): a
 * process's CPU time alone does not say how much of it the work itself took, and a Java
 * profiler samples only Java threads, so it misses the compiler and collector threads.
 * <p>
 * Reads Linux's {@code /proc/PID/task/TID/stat}; each {@link #sample()} keeps the latest
 * total of every thread seen, so a thread that ends between two samples keeps what it had
 * used at the last one. Elsewhere nothing is counted.
 */
public final class ThreadCpu {

	private static final long TICKS_PER_SECOND = 100;

	private final Path tasks;

	/** Thread id to its name and its user + system clock ticks so far. */
	private final Map<String, Use> threads = new HashMap<>();

	public ThreadCpu(long pid) {
		this(Path.of("/proc", Long.toString(pid), "task"));
	}

	ThreadCpu(Path tasks) {
		this.tasks = tasks;
	}

	/** Reads every thread's processor time so far; quiet when the process has ended. */
	public void sample() {
		if (!Files.isDirectory(this.tasks)) {
			return;
		}
		try (DirectoryStream<Path> dirs = Files.newDirectoryStream(this.tasks)) {
			for (Path dir : dirs) {
				Use use = read(dir.resolve("stat"));
				if (use != null) {
					this.threads.put(dir.getFileName().toString(), use);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the process ended while its threads were listed: the last sample stands
		}
	}

	/** Processor time by kind of thread, largest first. */
	public Map<String, Duration> byKind() {
		Map<String, Long> ticks = new HashMap<>();
		this.threads.values().forEach((use) -> ticks.merge(kind(use.name()), use.ticks(), Long::sum));
		Map<String, Duration> kinds = new LinkedHashMap<>();
		ticks.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
			.forEach((e) -> kinds.put(e.getKey(), Duration.ofMillis(e.getValue() * 1000 / TICKS_PER_SECOND)));
		return kinds;
	}

	/**
	 * The kind of a thread by the name Linux knows it by (HotSpot's names, cut to 15
	 * characters): the collector's threads ({@code GC Thread#0}, {@code G1 Conc#0}...,
	 * and the VM thread, which runs the serial collector and every safepoint), the
	 * compilers, the launcher's main thread (named {@code java}), newsroll's partition
	 * workers ({@code ingest-1}...), HSQLDB's timer.
	 */
	static String kind(String name) {
		if (name.startsWith("ingest-")) {
			return "workers";
		}
		if (name.startsWith("C2 Compiler")) {
			return "C2 compiler";
		}
		if (name.startsWith("C1 Compiler")) {
			return "C1 compiler";
		}
		if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
			return "GC and VM";
		}
		if (name.equals("java") || name.equals("main")) {
			return "main";
		}
		if (name.startsWith("HSQLDB")) {
			return "HSQLDB";
		}
		return "other";
	}

	private static Use read(Path stat) {
		try {
			String line = Files.readString(stat, StandardCharsets.US_ASCII);
			// "tid (name) state ppid ...": the name may hold spaces and parentheses
			int open = line.indexOf('(');
			int close = line.lastIndexOf(')');
			String[] fields = line.substring(close + 2).trim().split(" ");
			// utime and stime are the 14th and 15th fields, the 12th and 13th after the
			// name
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			return new Use(line.substring(open + 1, close), ticks);
		}
		catch (IOException | RuntimeException ex) {
			// the thread ended between listing and reading
			return null;
		}
	}

	private record Use(String name, long ticks) {
	}

}
