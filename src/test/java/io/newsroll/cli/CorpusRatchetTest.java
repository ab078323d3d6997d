package io.newsroll.cli;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import io.newsroll.core.article.ExtractionSettings;
import io.newsroll.core.article.PageExtractor;
import io.newsroll.core.eval.Evaluation;
import io.newsroll.core.eval.Grouping;
import io.newsroll.core.eval.Metric;
import io.newsroll.core.eval.Scorer;
import io.newsroll.core.eval.Scores;
import io.newsroll.core.eval.TruthRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extraction quality ratchet: extracts every dev corpus page (copied into the test
 * resources) in one form, scores it as {@code newsroll evaluate} does, and fails when a
 * headline number falls below its floor in {@code corpus/ratchet.properties}.
 */
class CorpusRatchetTest {

	private static final String FLOORS = "/corpus/ratchet.properties";

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
	void keepsEveryHeadlineNumberAtOrAboveItsFloor(PagePredictions.Form form) {
		PageExtractor extractor = new PageExtractor(ExtractionSettings.defaults());
		long start = System.nanoTime();
		PagePredictions predicted = PagePredictions.extract(List.of(pages), form, extractor);
		long millis = (System.nanoTime() - start) / 1_000_000;
		Evaluation evaluation = new Scorer(Grouping.LANG, Set.of(), Set.of()).score(truths, predicted.predictions());

		Map<String, Double> headline = headline(evaluation);
		String prefix = form.name().toLowerCase(Locale.ROOT) + ".";
		List<String> report = new ArrayList<>();
		List<String> below = new ArrayList<>();
		report.add(String.format(Locale.ROOT, "ratchet %s: %d pages, %d extracted, %d rejected, %d ms", form,
				predicted.files().size(), predicted.predictions().size(), predicted.rejects().size(), millis));
		headline.forEach((name, value) -> {
			String key = prefix + name;
			String floorText = floors.getProperty(key);
			assertThat(floorText).as("no floor for %s in %s", key, FLOORS).isNotNull();
			double floor = Double.parseDouble(floorText.trim());
			double measured = (value != null) ? value : 0.0;
			String verdict = (measured < floor) ? "BELOW FLOOR" : (measured - floor >= 0.01) ? "raise the floor" : "ok";
			report.add(String.format(Locale.ROOT, "  %-22s %s  floor %.3f  %s", key, Scores.threeDecimals(measured),
					floor, verdict));
			if (measured < floor) {
				below.add(key);
			}
		});
		report.forEach(System.out::println);

		assertThat(predicted.files()).hasSize(truths.size());
		assertThat(below).as("headline numbers below their floors (see %s):%n%s", FLOORS, String.join("\n", report))
			.isEmpty();
	}

	/** The numbers the issue sets goals for, by the names their floors have. */
	private static Map<String, Double> headline(Evaluation evaluation) {
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

}
