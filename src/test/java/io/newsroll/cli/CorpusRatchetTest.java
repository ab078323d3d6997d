package io.newsroll.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import io.newsroll.core.article.ExtractionSettings;
import io.newsroll.core.article.PageExtractor;
import io.newsroll.core.eval.Evaluation;
import io.newsroll.core.eval.Grouping;
import io.newsroll.core.eval.Metric;
import io.newsroll.core.eval.Scorer;
import io.newsroll.core.eval.Scores;
import io.newsroll.core.eval.TruthRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extraction quality ratchet: extracts every dev corpus page (copied into the test
 * resources) in one form, scores it as {@code newsroll evaluate} does, and fails when a
 * number falls below its floor in {@code corpus/ratchet.properties}: the headline numbers
 * by language of the first three sets, and every field of every set.
 *
 * <p>
 * The {@code gne} set may not be carried by the project (its collection is GPL-3.0): its
 * floors are checked on the shared corpus ({@code ../shared/corpus/dev}, beside the
 * project's folder) when it is there, and skipped otherwise.
 */
class CorpusRatchetTest {

	private static final String FLOORS = "/corpus/ratchet.properties";

	/** The sets the headline numbers by language were first set on. */
	private static final Set<String> LANGUAGE_SETS = Set.of("cwced", "mh", "naeb");

	/** Sets measured only from the shared corpus, never carried in the project. */
	private static final Set<String> SHARED_ONLY_SETS = Set.of("gne");

	private static final Path SHARED = Path.of("..", "shared", "corpus", "dev");

	/** The fields every set keeps, by score.py's names. */
	private static final List<Metric> SET_METRICS = List.of(Metric.TITLE, Metric.TITLE_F1, Metric.AUTHOR,
			Metric.AUTHOR_SET, Metric.SOURCE, Metric.EDITOR, Metric.EDITOR_SET, Metric.DATE_DAY, Metric.DATE_MINUTE,
			Metric.BODY_F1, Metric.SNIP_F1);

	private static Path pages;

	private static List<TruthRecord> truths;

	private static Properties floors;

	@BeforeAll
	static void loadCorpus() throws Exception {
		pages = Path.of(CorpusRatchetTest.class.getResource("/corpus/dev/pages").toURI());
		truths = EvaluationJson
			.readTruth(Path.of(CorpusRatchetTest.class.getResource("/corpus/dev/truth.jsonl").toURI()));
		floors = new Properties();
		try (InputStream in = CorpusRatchetTest.class.getResourceAsStream(FLOORS);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			floors.load(reader);
		}
	}

	@ParameterizedTest
	@EnumSource(value = PagePredictions.Form.class, names = { "HTML", "TEXT" })
	void keepsEveryNumberOfTheCopiedCorpusAtOrAboveItsFloor(PagePredictions.Form form) {
		PageExtractor extractor = new PageExtractor(ExtractionSettings.defaults());
		long start = System.nanoTime();
		PagePredictions predicted = PagePredictions.extract(List.of(pages), form, extractor);
		long millis = (System.nanoTime() - start) / 1_000_000;
		Map<String, Double> measured = new LinkedHashMap<>(
				byLanguage(new Scorer(Grouping.LANG, LANGUAGE_SETS, Set.of()).score(truths, predicted.predictions())));
		measured.putAll(bySet(new Scorer(Grouping.SET, Set.of(), Set.of()).score(truths, predicted.predictions())));

		assertThat(predicted.files()).hasSize(truths.size());
		check(form, measured, String.format(Locale.ROOT, "ratchet %s: %d pages, %d extracted, %d rejected, %d ms", form,
				predicted.files().size(), predicted.predictions().size(), predicted.rejects().size(), millis));
	}

	@ParameterizedTest
	@EnumSource(value = PagePredictions.Form.class, names = { "HTML", "TEXT" })
	void keepsEveryNumberOfTheSharedOnlySetsAtOrAboveItsFloor(PagePredictions.Form form) throws IOException {
		Path truthFile = SHARED.resolve("truth.jsonl");
		Assumptions.assumeTrue(Files.isRegularFile(truthFile),
				() -> "no shared corpus at " + SHARED.toAbsolutePath() + ": the gne floors are not checked");
		List<TruthRecord> shared = EvaluationJson.readTruth(truthFile)
			.stream()
			.filter((t) -> SHARED_ONLY_SETS.contains(t.set()))
			.toList();
		List<Path> folders = new ArrayList<>();
		try (Stream<Path> list = Files.list(SHARED.resolve("pages"))) {
			Set<String> ids = shared.stream().map(TruthRecord::id).collect(java.util.stream.Collectors.toSet());
			list.filter((p) -> ids.contains(p.getFileName().toString())).sorted().forEach(folders::add);
		}
		PagePredictions predicted = PagePredictions.extract(folders, form,
				new PageExtractor(ExtractionSettings.defaults()));
		Map<String, Double> measured = bySet(
				new Scorer(Grouping.SET, Set.of(), Set.of()).score(shared, predicted.predictions()));

		assertThat(predicted.files()).hasSize(shared.size());
		check(form, measured, String.format(Locale.ROOT, "ratchet %s, shared-only sets %s: %d pages, %d rejected", form,
				SHARED_ONLY_SETS, predicted.files().size(), predicted.rejects().size()));
	}

	private static void check(PagePredictions.Form form, Map<String, Double> numbers, String heading) {
		String prefix = form.name().toLowerCase(Locale.ROOT) + ".";
		List<String> report = new ArrayList<>();
		List<String> below = new ArrayList<>();
		report.add(heading);
		numbers.forEach((name, value) -> {
			String key = prefix + name;
			String floorText = floors.getProperty(key);
			double measured = (value != null) ? value : 0.0;
			if (floorText == null) {
				report.add(String.format(Locale.ROOT, "  %-32s %s  NO FLOOR", key, Scores.threeDecimals(measured)));
				below.add(key + " (no floor)");
				return;
			}
			double floor = Double.parseDouble(floorText.trim());
			String verdict = (measured < floor) ? "BELOW FLOOR" : (measured - floor >= 0.01) ? "raise the floor" : "ok";
			report.add(String.format(Locale.ROOT, "  %-32s %s  floor %.3f  %s", key, Scores.threeDecimals(measured),
					floor, verdict));
			if (measured < floor) {
				below.add(key);
			}
		});
		report.forEach(System.out::println);
		assertThat(below).as("numbers below their floors (see %s):%n%s", FLOORS, String.join("\n", report)).isEmpty();
	}

	/** The headline numbers by language, by the names their floors have. */
	private static Map<String, Double> byLanguage(Evaluation evaluation) {
		Scores zh = evaluation.groups().get("zh");
		Scores en = evaluation.groups().get("en");
		assertThat(zh).as("Chinese pages in the corpus").isNotNull();
		assertThat(en).as("English pages in the corpus").isNotNull();
		Map<String, Double> numbers = new LinkedHashMap<>();
		numbers.put("zh.body_f1", zh.value(Metric.BODY_F1));
		numbers.put("zh.author", zh.value(Metric.AUTHOR));
		numbers.put("zh.date_minute", zh.value(Metric.DATE_MINUTE));
		numbers.put("zh.date_day", zh.value(Metric.DATE_DAY));
		numbers.put("all.body_f1", evaluation.overall().value(Metric.BODY_F1));
		numbers.put("en.title_f1", en.value(Metric.TITLE_F1));
		numbers.put("en.date_day", en.value(Metric.DATE_DAY));
		// not one of the goals, but what analysts read on every English page
		numbers.put("en.author", en.value(Metric.AUTHOR));
		return numbers;
	}

	/**
	 * Every field each set measures (a field its truth does not annotate has no number
	 * and no floor), as {@code set.<set>.<metric>}.
	 */
	private static Map<String, Double> bySet(Evaluation evaluation) {
		Map<String, Double> numbers = new LinkedHashMap<>();
		evaluation.groups().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach((group) -> {
			for (Metric metric : SET_METRICS) {
				if (group.getValue().get(metric).measured()) {
					numbers.put("set." + group.getKey() + "." + metric.key(), group.getValue().value(metric));
				}
			}
		});
		return numbers;
	}

}
