package io.newsroll.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.newsroll.bench.CorpusGenerator;
import io.newsroll.bench.PageTemplate;
import io.newsroll.core.clock.SystemClocks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsroll bench}: tools for measuring newsroll's speed. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark tools (see README: Speed).",
		subcommands = { BenchCommand.Generate.class, BenchRunCommands.Extract.class, BenchRunCommands.Ingest.class,
				BenchRunCommands.Report.class })
public class BenchCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(),
				"Missing bench command (generate, extract, ingest, report)");
	}

	/** {@code newsroll bench generate}: writes a synthetic corpus with ground truth. */
	@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false, description = {
			"Writes N pages made from real page templates, with titles, dates, authors and a body "
					+ "paragraph varied, as HTML or text dumps, in UTF-8 (some with BOM) or GBK, some gzipped, to "
					+ "OUT/pages/NNNN/<id>.<ext>, and their ground truth to OUT/truth.jsonl (for newsroll evaluate "
					+ "--truth OUT/truth.jsonl OUT/pages).",
			"Templates: a corpus directory (truth.jsonl and pages/<id>/page.html, page.txt, meta.json) or a "
					+ "directory of text dumps with newsroll's expected.json beside them. Default: the repository's "
					+ "src/test/resources/corpus/dev and src/test/resources/seed." })
	static class Generate implements Callable<Integer> {

		@CommandLine.Spec
		CommandLine.Model.CommandSpec spec;

		@Option(names = "--pages", required = true, paramLabel = "N",
				description = "How many pages (1 to 1,000,000 or more).")
		long pages;

		@Option(names = "--out", required = true, paramLabel = "DIR",
				description = "Where to write (created; must be empty if it exists).")
		Path out;

		@Option(names = "--templates", paramLabel = "DIR", description = "A template directory (repeatable).")
		List<Path> templates = new ArrayList<>();

		@Option(names = "--text-share", paramLabel = "F", defaultValue = "0.5",
				description = "Share of text dumps (default: ${DEFAULT-VALUE}).")
		double textShare;

		@Option(names = "--gzip-share", paramLabel = "F", defaultValue = "0.1",
				description = "Share of gzipped pages (default: ${DEFAULT-VALUE}).")
		double gzipShare;

		@Option(names = "--gbk-share", paramLabel = "F", defaultValue = "0.3",
				description = "Share of Chinese pages written in GBK (default: ${DEFAULT-VALUE}).")
		double gbkShare;

		@Option(names = "--seed", paramLabel = "S", defaultValue = "1",
				description = "Random seed (default: ${DEFAULT-VALUE}).")
		long seed;

		@Override
		public Integer call() throws IOException {
			List<Path> dirs = this.templates.isEmpty()
					? List.of(Path.of("src/test/resources/corpus/dev"), Path.of("src/test/resources/seed"))
					: this.templates;
			List<PageTemplate> loaded = new ArrayList<>();
			for (Path dir : dirs) {
				if (!Files.isDirectory(dir)) {
					throw new ConfigurationException("template directory " + dir + " not found"
							+ (this.templates.isEmpty() ? " (run from the repository root, or give --templates)" : ""));
				}
				try {
					loaded.addAll(PageTemplate.load(dir));
				}
				catch (IllegalArgumentException ex) {
					throw new ConfigurationException(ex.getMessage(), ex);
				}
			}
			if (Files.isDirectory(this.out)) {
				try (var entries = Files.list(this.out)) {
					if (entries.findAny().isPresent()) {
						throw new ConfigurationException(this.out + " is not empty");
					}
				}
			}
			CorpusGenerator.Settings settings;
			try {
				settings = new CorpusGenerator.Settings(this.pages, this.textShare, this.gzipShare, this.gbkShare,
						this.seed);
			}
			catch (IllegalArgumentException ex) {
				throw new CommandLine.ParameterException(this.spec.commandLine(), ex.getMessage());
			}
			CorpusGenerator.Summary summary;
			try {
				summary = new CorpusGenerator(loaded, settings, SystemClocks.utc()).generate(this.out);
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
			PrintWriter w = this.spec.commandLine().getOut();
			double seconds = Math.max(0.001, summary.took().toMillis() / 1000.0);
			w.printf(Locale.ROOT,
					"pages=%d html=%d text=%d gzipped=%d gbk=%d bytes=%d templates=%d seconds=%.1f pages_per_s=%.0f%n",
					summary.pages(), summary.html(), summary.text(), summary.gzipped(), summary.gbk(), summary.bytes(),
					loaded.size(), seconds, summary.pages() / seconds);
			w.println("truth: " + this.out.resolve("truth.jsonl"));
			w.flush();
			return ExitCode.OK;
		}

	}

}
