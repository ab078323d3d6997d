package io.newsroll.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs newsroll in a child JVM with a given heap limit and measures what a benchmark
 * reports: wall time, exit code, peak resident memory (sampled from {@code /proc}) and
 * the largest heap occupancy after a garbage collection (from the JVM's GC log), which
 * shows whether the heap grows with the input.
 *
 * @param exitCode the child's exit code
 * @param took wall-clock time
 * @param peakRssBytes peak resident set size seen, or -1 where {@code /proc} is not
 * available
 * @param peakAnonRssBytes the largest anonymous part of it sampled (heap and the JVM's
 * own memory, without the pages of mapped files such as a memory-mapped database file,
 * which the kernel can drop and read again), or -1 where not available
 * @param maxHeapAfterGcBytes largest heap occupancy after a collection, or -1 when no
 * collection ran
 * @param gcCount collections seen
 * @param output what the child printed
 * @param cpu processor time the child used, all its threads (sampled until shortly before
 * it ended; zero where not available): on a shared machine the wall clock also measures
 * the other processes
 * @param cpuByThread the same processor time by kind of thread, largest first (see
 * {@link ThreadCpu}; empty where not available)
 */
public record MeasuredRun(int exitCode, Duration took, long peakRssBytes, long peakAnonRssBytes,
		long maxHeapAfterGcBytes, int gcCount, String output, Duration cpu, Map<String, Duration> cpuByThread) {

	private static final Pattern AFTER_GC = Pattern.compile("->(\\d+)M\\(\\d+M\\)");

	public MeasuredRun {
		cpuByThread = Collections.unmodifiableMap(new LinkedHashMap<>(cpuByThread));
	}

	/** Runs {@code newsroll ARGS} in {@code workDir} with {@code -Xmx<heap>}. */
	public static MeasuredRun newsroll(Path workDir, String heap, List<String> systemProperties, List<String> args)
			throws IOException, InterruptedException {
		Files.createDirectories(workDir);
		Path gcLog = workDir.resolve("gc.log");
		Path out = workDir.resolve("run.out");
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-Xmx" + heap);
		command.add("-Xlog:gc:file=" + gcLog.toAbsolutePath());
		command.addAll(systemProperties);
		String classPath = System.getProperty("java.class.path");
		if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
			command.addAll(List.of("-jar", Path.of(classPath).toAbsolutePath().toString()));
		}
		else {
			command.addAll(List.of("-cp", classPath, "io.newsroll.NewsrollApplication"));
		}
		command.addAll(args);
		long start = System.nanoTime();
		Process p = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(out.toFile())
			.start();
		long peak = -1;
		long peakAnon = -1;
		Duration cpu = Duration.ZERO;
		Path status = Path.of("/proc/" + p.pid() + "/status");
		ProcessHandle child = p.toHandle();
		ThreadCpu threads = new ThreadCpu(p.pid());
		while (!p.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
			long[] rss = rss(status);
			peak = Math.max(peak, rss[0]);
			peakAnon = Math.max(peakAnon, rss[1]);
			cpu = child.info().totalCpuDuration().filter((d) -> d.compareTo(Duration.ZERO) > 0).orElse(cpu);
			threads.sample();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		long maxAfterGc = -1;
		int collections = 0;
		if (Files.exists(gcLog)) {
			for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
				Matcher m = AFTER_GC.matcher(line);
				if (m.find()) {
					collections++;
					maxAfterGc = Math.max(maxAfterGc, Long.parseLong(m.group(1)) << 20);
				}
			}
		}
		return new MeasuredRun(p.exitValue(), took, peak, peakAnon, maxAfterGc, collections,
				Files.readString(out, StandardCharsets.UTF_8), cpu, threads.byKind());
	}

	/**
	 * The peak resident set size ({@code VmHWM}) and the anonymous part now
	 * ({@code RssAnon}), in bytes; -1 for what cannot be read.
	 */
	private static long[] rss(Path status) {
		long[] rss = { -1, -1 };
		try {
			for (String line : Files.readAllLines(status)) {
				int slot = line.startsWith("VmHWM:") ? 0 : line.startsWith("RssAnon:") ? 1 : -1;
				if (slot >= 0) {
					rss[slot] = Long.parseLong(line.trim().split("\\s+")[1]) * 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the process ended between two samples, or there is no /proc
		}
		return rss;
	}

	/**
	 * The one-minute load average from {@code /proc/loadavg}, or -1 where there is none:
	 * printed beside wall-clock figures taken on a shared machine.
	 */
	public static double loadAverage() {
		try {
			return Double
				.parseDouble(Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ")[0]);
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	public static String mib(long bytes) {
		return (bytes < 0) ? "n/a" : String.format("%,d MiB", bytes >> 20);
	}

}
