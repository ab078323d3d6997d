package io.newsroll.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.newsroll.batch.rosters.RosterFileReader;
import io.newsroll.batch.rosters.RosterFileResult;
import io.newsroll.core.article.ArticleValidator;
import io.newsroll.core.article.Deadline;
import io.newsroll.core.article.ExtractionSettings;
import io.newsroll.core.article.PageExtraction;
import io.newsroll.core.article.PageExtractor;
import io.newsroll.core.clock.SystemClocks;
import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;
import io.newsroll.core.roster.Roster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsroll extract PATH...}: prints what ingest would load from page and roster
 * files, one JSON object per line, without touching a database.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false, description = {
		"Extract articles (and roster blocks) from page files and print them as JSON lines.", "",
		"PATH is a file or a directory (searched recursively, following symbolic links, in name order, for .html, .htm, .shtml, .txt, "
				+ "each optionally .gz, and roster files .csv, .tsv, .xlsx). A file named explicitly is always tried, "
				+ "whatever its extension; the format is then told from its content.",
		"", "Output on stdout, UTF-8, one object per line:",
		"  {\"kind\":\"article\", id, file, format, encoding, site, site_domain, url, channel, series, title, "
				+ "authors, published, kicker, lead, subheadings, body_paragraphs, body_chars, author_note, "
				+ "source, source_publication, editor, lang, warnings}",
		"  {\"kind\":\"roster\", heading, as_of, file, members:[{name, raw_name, titles_raw, "
				+ "titles:[{title, concurrent, candidate, organization, role}]}]}  (after the page's article, "
				+ "or for each roster in a roster file)",
		"  {\"kind\":\"reject\", file, reason, message}  for a file that cannot be read or fails validation "
				+ "(reasons: UNREADABLE, NOT_AN_ARTICLE, MISSING_TITLE, MISSING_PUBLISHED, BAD_DATE, "
				+ "BODY_TOO_SHORT, TOO_LARGE, TIME_LIMIT, BAD_ROSTER_ROW, BAD_ROSTER_HEADER); the command goes on.",
		"" }, exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:every path was read (rejects included)",
				"2:a path does not exist, a directory holds no page or roster file, or bad options" })
public class ExtractCommand implements Callable<Integer> {

	@Parameters(paramLabel = "PATH", arity = "1..*", description = "Page or roster files, or directories of them.")
	List<Path> paths = new ArrayList<>();

	@Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Asia/Shanghai",
			description = "Time zone of publication times that pages give without an offset (default: ${DEFAULT-VALUE}).")
	ZoneId zone;

	@Option(names = "--min-body-chars", paramLabel = "N", defaultValue = "50",
			description = "Bodies shorter than this are rejected as BODY_TOO_SHORT, as ingest does (default: ${DEFAULT-VALUE}).")
	int minBodyChars;

	@Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "67108864",
			description = "Largest page accepted, after decompression; larger ones are rejected as TOO_LARGE (default: ${DEFAULT-VALUE}).")
	long maxBytes;

	@Option(names = "--max-millis", paramLabel = "MS", defaultValue = "30000",
			description = "Longest time one page or roster file may take to read; slower ones are rejected as TIME_LIMIT, 0 for no limit (default: ${DEFAULT-VALUE}).")
	long maxMillis;

	@Option(names = "--no-validate",
			description = "Print every extracted article, even one that ingest would reject (no title, no date, short body).")
	boolean noValidate;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		for (Path path : this.paths) {
			if (!Files.exists(path)) {
				err.println("newsroll extract: " + path + ": no such file or directory");
				return ExitCode.USAGE;
			}
		}
		if (this.minBodyChars < 0 || this.maxBytes <= 0 || this.maxMillis < 0) {
			err.println(
					"newsroll extract: --min-body-chars and --max-millis must be 0 or more and --max-bytes positive");
			return ExitCode.USAGE;
		}
		ExtractionSettings defaults = ExtractionSettings.defaults();
		Clock clock = SystemClocks.system(this.zone);
		PageExtractor extractor = new PageExtractor(
				new ExtractionSettings(this.zone, this.maxBytes, defaults.maxDomDepth(), defaults.maxTitleChars()),
				clock);
		ArticleValidator validator = new ArticleValidator(clock, this.minBodyChars);
		RosterFileReader rosterReader = new RosterFileReader(this.zone);
		List<List<Path>> inputs = new ArrayList<>();
		for (Path path : this.paths) {
			List<Path> files = files(path);
			if (files.isEmpty()) {
				err.println("newsroll extract: " + path
						+ ": no page or roster files (.html, .htm, .shtml, .txt, optionally .gz; .csv, .tsv, .xlsx)"
						+ " in it or below it");
				return ExitCode.USAGE;
			}
			inputs.add(files);
		}
		for (List<Path> files : inputs) {
			for (Path file : files) {
				if (RosterFileReader.isRosterFile(file)) {
					rosterFile(out, rosterReader, file, deadline());
				}
				else {
					page(out, extractor, validator, file);
				}
				out.flush();
			}
		}
		out.flush();
		return ExitCode.OK;
	}

	/** A fresh deadline for one file, page or roster, of {@code --max-millis}. */
	private Deadline deadline() {
		return Deadline.after(Duration.ofMillis(this.maxMillis), System::nanoTime);
	}

	private void page(PrintWriter out, PageExtractor extractor, ArticleValidator validator, Path file) {
		String name = file.toString();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException | OutOfMemoryError ex) {
			out.println(ArticleJson.reject(Violation.of(name, ReasonCode.UNREADABLE, name + ": cannot read: " + ex)));
			return;
		}
		PageExtraction result = extractor.extract(name, bytes, deadline());
		if (result instanceof PageExtraction.Rejected rejected) {
			out.println(ArticleJson.reject(rejected.violation()));
			return;
		}
		PageExtraction.Extracted extracted = (PageExtraction.Extracted) result;
		extracted.notices().forEach(this.spec.commandLine().getErr()::println);
		List<Violation> violations = this.noValidate ? List.of() : validator.validate(extracted.article());
		if (!violations.isEmpty()) {
			violations.forEach((v) -> out.println(ArticleJson.reject(v)));
			return;
		}
		out.println(ArticleJson.article(extracted.article()));
		Roster roster = extracted.roster();
		if (roster != null) {
			out.println(ArticleJson.roster(roster));
		}
	}

	private static void rosterFile(PrintWriter out, RosterFileReader reader, Path file, Deadline deadline) {
		RosterFileResult result = reader.read(file, file.toString(), deadline);
		result.rosters().forEach((r) -> out.println(ArticleJson.roster(r)));
		result.violations().forEach((v) -> out.println(ArticleJson.reject(v)));
	}

	/**
	 * The file itself, or the supported files under a directory in name order (symbolic
	 * links followed).
	 */
	private static List<Path> files(Path path) {
		if (!Files.isDirectory(path)) {
			return List.of(path);
		}
		return InputFiles.under(path, ExtractCommand::isSupported);
	}

	static boolean isSupported(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (RosterFileReader.isRosterFile(file)) {
			return true;
		}
		if (name.endsWith(".gz")) {
			name = name.substring(0, name.length() - 3);
		}
		return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml") || name.endsWith(".txt");
	}

}
