package io.newsroll.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsroll.core.article.ExtractionSettings;
import io.newsroll.core.article.PageExtractor;
import io.newsroll.core.eval.Evaluation;
import io.newsroll.core.eval.Grouping;
import io.newsroll.core.eval.Prediction;
import io.newsroll.core.eval.Scorer;
import io.newsroll.core.eval.TruthRecord;
import io.newsroll.core.reject.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsroll evaluate}: scores extraction against a team's ground truth with the
 * metrics of score.py, either newsroll's own extraction of pages or an existing
 * predictions file.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false, description = {
		"Scores field extraction against ground truth (JSON lines keyed by \"id\"), with the metrics of "
				+ "score.py: exact title/author/source/editor, title bigram F1, author set F1, publication day and "
				+ "minute, body precision/recall/F1 (character bigrams for zh/ja, words otherwise), body_sh4, snippets.",
		"Runs newsroll's extractor over the PATHs (page files, or directories searched recursively, "
				+ "following symbolic links; a directory without a page is an error, exit 2), or "
				+ "scores an existing predictions file (--pred). Touches no database." },
		footer = { "", "Truth ids of pages: a file named page.html, page.txt (or .htm, .shtml, any of them .gz) is "
				+ "the page of its folder, whose name is the id (the corpus layout pages/<id>/page.html); any "
				+ "other file's id is its name without the page extension and .gz (naeb-03434393eb6c.html.gz -> "
				+ "naeb-03434393eb6c). Two files with one id are an error: pick a form with --form.", "",
				"Truth fields: id, title, author, published (ISO 8601, any precision), source, editor, body, "
						+ "body_with, body_without, lang, set. A null or missing truth field is not scored; a truth without "
						+ "a prediction is scored as an empty prediction. The last line printed starts with OVERALL." })
public class EvaluateCommand implements java.util.concurrent.Callable<Integer> {

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Option(names = "--truth", required = true, paramLabel = "TRUTH.jsonl",
			description = "Ground truth, JSON lines keyed by \"id\".")
	Path truth;

	@Parameters(paramLabel = "PATH", arity = "0..*",
			description = "Page files (.html, .htm, .shtml, .txt, optionally .gz) or directories to extract and score.")
	List<Path> paths = List.of();

	@Option(names = "--pred", paramLabel = "PRED.jsonl",
			description = "Score this predictions file (JSON lines keyed by \"id\") instead of extracting PATHs.")
	Path pred;

	@Option(names = "--form", paramLabel = "all|html|text", converter = FormConverter.class,
			description = "Which page files to read under directories: all (default), html or text (the text dumps).")
	PagePredictions.Form form = PagePredictions.Form.ALL;

	@Option(names = "--predictions", paramLabel = "OUT.jsonl",
			description = "Also write the extracted predictions as JSON lines (the shape score.py reads).")
	Path predictionsOut;

	@Option(names = "--by", paramLabel = "set|lang", converter = GroupingConverter.class,
			description = "Also print the numbers per data set or per language.")
	Grouping by = Grouping.NONE;

	@Option(names = "--set", paramLabel = "NAME", description = "Score only truths of this set (repeatable).")
	List<String> onlySets = List.of();

	@Option(names = "--lang", paramLabel = "LANG", description = "Score only truths of this language (repeatable).")
	List<String> onlyLangs = List.of();

	@Option(names = "--json", paramLabel = "OUT.json",
			description = "Also write the numbers as JSON (score.py's --json shape).")
	Path json;

	@Option(names = "--name", paramLabel = "LABEL", defaultValue = "", description = "A label for the OVERALL line.")
	String name;

	@Override
	public Integer call() {
		if ((this.pred == null) == this.paths.isEmpty()) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"give either PATHs to extract or --pred PRED.jsonl, not both or neither");
		}
		if (this.pred != null && this.predictionsOut != null) {
			throw new CommandLine.ParameterException(this.spec.commandLine(), "--predictions needs PATHs to extract");
		}
		List<TruthRecord> truths = EvaluationJson.readTruth(existing(this.truth, "--truth"));
		Map<String, Prediction> predictions = (this.pred != null)
				? EvaluationJson.readPredictions(existing(this.pred, "--pred")) : extract();
		Evaluation evaluation = new Scorer(this.by, new LinkedHashSet<>(this.onlySets), Set.copyOf(this.onlyLangs))
			.score(truths, predictions);
		PrintWriter out = this.spec.commandLine().getOut();
		evaluation.lines(this.name).forEach(out::println);
		out.flush();
		if (this.json != null) {
			writeJson(evaluation, this.json);
		}
		return ExitCode.OK;
	}

	private Map<String, Prediction> extract() {
		PagePredictions pages = PagePredictions.extract(this.paths, this.form,
				new PageExtractor(ExtractionSettings.defaults()));
		PrintWriter err = this.spec.commandLine().getErr();
		for (Violation reject : pages.rejects()) {
			err.println("rejected: " + reject.file() + ": " + reject.reason() + ": " + reject.message());
		}
		err.println("pages=" + pages.files().size() + " extracted=" + pages.predictions().size() + " rejected="
				+ pages.rejects().size());
		err.flush();
		if (this.predictionsOut != null) {
			writeLines(pages.predictions().values().stream().map(EvaluationJson::predictionLine).toList(),
					this.predictionsOut);
		}
		return pages.predictions();
	}

	private static void writeLines(List<String> lines, Path file) {
		try {
			createParent(file);
			try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				for (String line : lines) {
					writer.write(line);
					writer.write('\n');
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	private static void createParent(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
	}

	private static void writeJson(Evaluation evaluation, Path file) {
		try {
			createParent(file);
			try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				EvaluationJson.writeSummary(evaluation, writer);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	private static Path existing(Path file, String option) {
		if (!Files.isRegularFile(file)) {
			throw new ConfigurationException(option + " " + file + ": no such file");
		}
		return file;
	}

	/** Reads {@code --form all|html|text}. */
	static final class FormConverter implements CommandLine.ITypeConverter<PagePredictions.Form> {

		@Override
		public PagePredictions.Form convert(String value) {
			return switch (value) {
				case "all" -> PagePredictions.Form.ALL;
				case "html" -> PagePredictions.Form.HTML;
				case "text" -> PagePredictions.Form.TEXT;
				default ->
					throw new CommandLine.TypeConversionException("expected all, html or text, not '" + value + "'");
			};
		}

	}

	/** Reads {@code --by set|lang}. */
	static final class GroupingConverter implements CommandLine.ITypeConverter<Grouping> {

		@Override
		public Grouping convert(String value) {
			return switch (value) {
				case "set" -> Grouping.SET;
				case "lang" -> Grouping.LANG;
				default -> throw new CommandLine.TypeConversionException("expected set or lang, not '" + value + "'");
			};
		}

	}

}
