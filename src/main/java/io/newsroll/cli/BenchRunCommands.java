package io.newsroll.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newsroll.batch.db.HsqldbUrls;
import io.newsroll.batch.files.InputFile;
import io.newsroll.batch.files.InputFiles;
import io.newsroll.batch.report.BenchReportDatabase;
import io.newsroll.bench.MeasuredRun;
import io.newsroll.bench.ThreadCpu;
import io.newsroll.core.article.ExtractionSettings;
import io.newsroll.core.article.PageExtractor;
import org.jsoup.Jsoup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The measuring halves of {@code newsroll bench}: extraction on one thread against its
 * floor, ingest end to end in a heap-limited child JVM (and its rerun), reports over a
 * generated article table.
 */
final class BenchRunCommands {

	private BenchRunCommands() {
	}

	/**
	 * {@code newsroll bench extract}: pages per second on one thread, and against the
	 * parse-only floor.
	 */
	@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
			description = { "Extract-only speed on one thread. Loads up to --limit files into memory (so disk is not "
					+ "measured), warms up, then times extraction and the floor (jsoup parse + whole-document text for "
					+ "HTML; decoding and splitting lines for text dumps), HTML and text dumps apart." })
	static class Extract implements Callable<Integer> {

		@ParentCommand
		BenchCommand parent;

		@Option(names = "--input", required = true, paramLabel = "DIR",
				description = "Pages, e.g. from bench generate.")
		Path input;

		@Option(names = "--limit", defaultValue = "4000",
				description = "At most this many files (default: ${DEFAULT-VALUE}).")
		int limit;

		@Option(names = "--rounds", defaultValue = "3",
				description = "Timed rounds; the best counts (default: ${DEFAULT-VALUE}).")
		int rounds;

		@Override
		public Integer call() throws IOException {
			List<Page> html = new ArrayList<>();
			List<Page> text = new ArrayList<>();
			InputFiles files = InputFiles.walk(this.input, InputFiles::isArticleName);
			while (files.hasNext() && html.size() + text.size() < this.limit) {
				InputFile f = files.next();
				Page page = new Page(f.name(), Files.readAllBytes(f.path()));
				String n = f.name().toLowerCase(Locale.ROOT).replace(".gz", "");
				(n.endsWith(".txt") ? text : html).add(page);
			}
			PageExtractor extractor = new PageExtractor(ExtractionSettings.defaults());
			PrintWriter out = this.parent.spec.commandLine().getOut();
			// wall time on a shared machine counts other processes' time slices too;
			// thread CPU time does not
			java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
			out.printf("%-6s %7s %14s %14s %8s %16s %16s%n", "form", "pages", "extract/s", "floor/s", "ratio",
					"extract/cpu-s", "floor/cpu-s");
			for (List<Page> pages : List.of(html, text)) {
				if (pages.isEmpty()) {
					continue;
				}
				boolean isHtml = pages == html;
				long sink = 0;
				double bestExtract = 0;
				double bestFloor = 0;
				double bestExtractCpu = 0;
				double bestFloorCpu = 0;
				for (int round = 0; round <= this.rounds; round++) {
					long c0 = threads.getCurrentThreadCpuTime();
					long t0 = System.nanoTime();
					for (Page p : pages) {
						sink += extractor.extract(p.name(), p.bytes()).hashCode();
					}
					long t1 = System.nanoTime();
					long c1 = threads.getCurrentThreadCpuTime();
					for (Page p : pages) {
						sink += floor(p, isHtml);
					}
					long t2 = System.nanoTime();
					long c2 = threads.getCurrentThreadCpuTime();
					if (round > 0) {
						bestExtract = Math.max(bestExtract, pages.size() / ((t1 - t0) / 1e9));
						bestFloor = Math.max(bestFloor, pages.size() / ((t2 - t1) / 1e9));
						bestExtractCpu = Math.max(bestExtractCpu, pages.size() / ((c1 - c0) / 1e9));
						bestFloorCpu = Math.max(bestFloorCpu, pages.size() / ((c2 - c1) / 1e9));
					}
				}
				out.printf("%-6s %7d %14.0f %14.0f %8.2f %16.0f %16.0f%n", isHtml ? "html" : "text", pages.size(),
						bestExtract, bestFloor, bestExtract / bestFloor, bestExtractCpu, bestFloorCpu);
				if (sink == 42) {
					out.println();
				}
			}
			out.println("(one thread; best of the timed rounds; ratio = extract rate / floor rate, wall clock; "
					+ "cpu-s = per second of this thread's CPU time, what the rate would be on an idle core; "
					+ "pages held in memory)");
			// the rates above leave out the JIT compilers' threads, which an ingest's
			// CPU-seconds include
			ThreadCpu process = new ThreadCpu(ProcessHandle.current().pid());
			process.sample();
			Map<String, Duration> byKind = process.byKind();
			if (!byKind.isEmpty()) {
				out.printf("whole process, cpu by thread: %s%n", describe(byKind));
			}
			out.flush();
			return ExitCode.OK;
		}

		private static int floor(Page p, boolean html) throws IOException {
			byte[] bytes = p.bytes();
			if (p.name().endsWith(".gz")) {
				bytes = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
			}
			if (html) {
				return Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "").text().length();
			}
			return new String(bytes, StandardCharsets.UTF_8).split("\n").length;
		}

		record Page(String name, byte[] bytes) {
		}

	}

	/**
	 * {@code newsroll bench ingest}: ingest end to end in a heap-limited JVM, then an
	 * unchanged rerun.
	 */
	@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
			description = { "Ingest speed end to end: runs 'newsroll ingest --input DIR' in a child JVM with the given "
					+ "heap (default -Xmx512m) into a fresh embedded database under --work, reports pages per second, "
					+ "peak resident memory (with its anonymous part: the memory-mapped database file's pages also "
					+ "count as resident), processor time by kind of thread and the largest heap after a garbage "
					+ "collection; then runs it again on the "
					+ "unchanged input and reports the rerun's share of the first run's time." })
	static class Ingest implements Callable<Integer> {

		@ParentCommand
		BenchCommand parent;

		@Option(names = "--input", required = true, paramLabel = "DIR",
				description = "Pages, e.g. from bench generate.")
		Path input;

		@Option(names = "--work", defaultValue = "output/bench/ingest", paramLabel = "DIR",
				description = "Scratch directory; its database is replaced (default: ${DEFAULT-VALUE}).")
		Path work;

		@Option(names = "--heap", defaultValue = "512m",
				description = "Child JVM heap limit (default: ${DEFAULT-VALUE}).")
		String heap;

		@Option(names = "--jvm-option", paramLabel = "OPTION",
				description = "Extra option for the first run's child JVM, repeatable, e.g. "
						+ "-XX:StartFlightRecording=filename=/tmp/ingest.jfr to profile it.")
		List<String> jvmOptions = new ArrayList<>();

		@Override
		public Integer call() throws Exception {
			Path work = this.work.toAbsolutePath();
			deleteTree(work.resolve("output"));
			Path rosters = Files.createDirectories(work.resolve("no-rosters"));
			List<String> args = List.of("ingest", "--input", this.input.toAbsolutePath().toString(), "--rosters",
					rosters.toString());
			PrintWriter out = this.parent.spec.commandLine().getOut();
			MeasuredRun first = MeasuredRun.newsroll(work, this.heap, this.jvmOptions, args);
			long pages = countPages(first.output());
			report(out, "first run", first, pages);
			MeasuredRun rerun = MeasuredRun.newsroll(work, this.heap, List.of(), args);
			report(out, "rerun (unchanged)", rerun, pages);
			out.printf("rerun / first run time: %.1f%%%n", 100.0 * rerun.took().toMillis() / first.took().toMillis());
			out.flush();
			return (first.exitCode() == 0 && rerun.exitCode() == 0) ? ExitCode.OK : ExitCode.FAILED;
		}

		/**
		 * Files seen by the child run, from its summary: the one-screen box ("files seen
		 * 57") or the dated one-line summary off a terminal ("... 57 seen, ...").
		 */
		static long countPages(String output) {
			for (String line : output.split("\n")) {
				if (line.trim().startsWith("files seen")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
				java.util.regex.Matcher seen = SEEN.matcher(line);
				if (seen.find()) {
					return Long.parseLong(seen.group(1).replace(",", ""));
				}
			}
			return 0;
		}

		private static final java.util.regex.Pattern SEEN = java.util.regex.Pattern.compile("([0-9][0-9,]*) seen,");

	}

	/** {@code newsroll bench report}: the report over a generated table of N articles. */
	@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
			description = { "Report speed: fills an embedded database under --work with N generated articles "
					+ "(a year of dates, 40 sites, 30 channels, 2,000 authors), then times 'newsroll report' over the "
					+ "year in a child JVM with the given heap, for each format twice: first with no day summaries "
					+ "stored (every day counted from the articles, as on articles written by other means than "
					+ "ingest), then with the summaries the first run stored (as any ingest leaves them: its step "
					+ "summarizeDays counts the days it wrote)." })
	static class Report implements Callable<Integer> {

		@ParentCommand
		BenchCommand parent;

		@Option(names = "--articles", defaultValue = "1000000",
				description = "How many articles (default: ${DEFAULT-VALUE}).")
		int articles;

		@Option(names = "--work", defaultValue = "output/bench/report", paramLabel = "DIR",
				description = "Scratch directory; its database is replaced unless --reuse (default: ${DEFAULT-VALUE}).")
		Path work;

		@Option(names = "--reuse",
				description = "Keep the database under --work when it already holds --articles articles "
						+ "(filling a million takes half an hour); it is filled afresh otherwise.")
		boolean reuse;

		@Option(names = "--format", defaultValue = "pdf,xlsx", paramLabel = "FORMATS",
				description = "Formats to time, in order (default: ${DEFAULT-VALUE}).")
		String formats;

		@Option(names = "--heap", defaultValue = "512m",
				description = "Child JVM heap limit (default: ${DEFAULT-VALUE}).")
		String heap;

		@Option(names = "--jvm-option", paramLabel = "OPTION",
				description = "Extra option for every child JVM, repeatable, e.g. "
						+ "-XX:StartFlightRecording=filename=/tmp/report.jfr to profile the runs "
						+ "(each run overwrites the file) or -Dlogging.level.io.newsroll.batch.report=DEBUG.")
		List<String> jvmOptions = new ArrayList<>();

		@Override
		public Integer call() throws Exception {
			Path work = this.work.toAbsolutePath();
			String url = HsqldbUrls.file(work.resolve("output/db/newsroll"));
			PrintWriter out = this.parent.spec.commandLine().getOut();
			long held = this.reuse ? BenchReportDatabase.articlesIn(work, url) : -1;
			if (held == this.articles) {
				out.printf("reusing %,d articles in %s%n", held, work.resolve("output/db"));
			}
			else {
				deleteTree(work.resolve("output"));
				long t0 = System.nanoTime();
				BenchReportDatabase.fill(url, this.articles);
				out.printf("generated %,d articles in %.1f s%n", this.articles, (System.nanoTime() - t0) / 1e9);
			}
			out.flush();
			int code = ExitCode.OK;
			for (String format : this.formats.split(",")) {
				String f = format.strip().toLowerCase(Locale.ROOT);
				BenchReportDatabase.dropSummaries(url);
				for (String when : List.of("counted", "summaries")) {
					MeasuredRun run = MeasuredRun.newsroll(work, this.heap, this.jvmOptions, List.of("report", "--from",
							"2023-01-01", "--to", "2023-12-31", "--format", f, "--db-url", url));
					report(out, "report " + f + " (" + when + ")", run, 0);
					out.flush();
					code = Math.max(code, (run.exitCode() == 0) ? ExitCode.OK : ExitCode.FAILED);
				}
			}
			return code;
		}

	}

	static void report(PrintWriter out, String what, MeasuredRun run, long pages) {
		double secs = run.took().toMillis() / 1000.0;
		out.printf(
				"%-18s exit %d  %8.1f s%s  cpu %.1f s  load %.1f  peak RSS %s (anonymous %s)  max heap after GC %s (%d GCs)%n",
				what, run.exitCode(), secs, (pages > 0) ? String.format("  %,.0f pages/s", pages / secs) : "",
				run.cpu().toMillis() / 1000.0, MeasuredRun.loadAverage(), MeasuredRun.mib(run.peakRssBytes()),
				MeasuredRun.mib(run.peakAnonRssBytes()), MeasuredRun.mib(run.maxHeapAfterGcBytes()), run.gcCount());
		if (!run.cpuByThread().isEmpty()) {
			out.printf("%-18s cpu by thread: %s%n", "", describe(run.cpuByThread()));
		}
		if (run.exitCode() != 0) {
			out.println(run.output());
		}
	}

	private static String describe(Map<String, Duration> cpuByThread) {
		StringBuilder threads = new StringBuilder();
		cpuByThread.forEach((kind, cpu) -> threads.append((threads.length() > 0) ? ", " : "")
			.append(String.format(Locale.ROOT, "%s %.1f s", kind, cpu.toMillis() / 1000.0)));
		return threads.toString();
	}

	static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
