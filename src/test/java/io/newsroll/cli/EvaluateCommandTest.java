package io.newsroll.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.newsroll.core.eval.Scores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EvaluateCommandTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path tmp;

	@ParameterizedTest
	@ValueSource(strings = { "", "set", "lang" })
	void printsTheSameReportAsScorePy(String by) throws Exception {
		Path json = this.tmp.resolve("out.json");
		Run run = evaluate(by, json);

		assertThat(run.exitCode).isZero();
		String suffix = by.isEmpty() ? "" : "-by-" + by;
		assertThat(run.out.lines()).containsExactlyElementsOf(
				Files.readAllLines(fixture("expected" + suffix + ".txt"), StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "set", "lang" })
	void writesTheSameNumbersAsScorePyToThreeDecimals(String by) throws Exception {
		Path json = this.tmp.resolve("out.json");
		evaluate(by, json);

		String suffix = by.isEmpty() ? "" : "-by-" + by;
		JsonNode expected = JSON.readTree(fixture("expected" + suffix + ".json"));
		JsonNode actual = JSON.readTree(json);
		List<String> compared = new ArrayList<>();
		assertSameNumbers("", expected, actual, compared);
		assertThat(compared).hasSizeGreaterThan(by.isEmpty() ? 16 : 60);
	}

	@Test
	void rejectsAnUnknownGroupingAsUsageError() throws Exception {
		Run run = run("evaluate", "--truth", fixture("truth.jsonl").toString(), "--pred",
				fixture("predictions.jsonl").toString(), "--by", "site");

		assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
		assertThat(run.err).contains("expected set or lang");
	}

	@Test
	void reportsAMissingTruthFileAsConfigurationError() throws Exception {
		Run run = run("evaluate", "--truth", this.tmp.resolve("none.jsonl").toString(), "--pred",
				fixture("predictions.jsonl").toString());

		assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
		assertThat(run.err).contains("none.jsonl");
	}

	@Test
	void reportsTheLineOfABrokenTruthRecord() throws Exception {
		Path truth = this.tmp.resolve("truth.jsonl");
		Files.writeString(truth, "{\"id\": \"a\", \"title\": \"x\"}\n{\"title\": \"no id\"}\n", StandardCharsets.UTF_8);

		Run run = run("evaluate", "--truth", truth.toString(), "--pred", fixture("predictions.jsonl").toString());

		assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
		assertThat(run.err).contains("truth.jsonl:2");
	}

	@Test
	void extractsPagesAndWritesPredictionsKeyedByFolderName() throws Exception {
		Path pages = Path.of(EvaluateCommandTest.class.getResource("/corpus/dev/pages").toURI());
		Path predictions = this.tmp.resolve("pred.jsonl");

		Run run = run("evaluate", "--truth",
				Path.of(EvaluateCommandTest.class.getResource("/corpus/dev/truth.jsonl").toURI()).toString(), "--form",
				"text", "--predictions", predictions.toString(), "--set", "cwced",
				pages.resolve("cwced-0ef8393b").toString(), pages.resolve("naeb-03434393eb6c").toString());

		assertThat(run.exitCode).as(run.err).isZero();
		assertThat(run.out.lines().toList()).first().asString().startsWith("docs=19 predictions_missing=");
		assertThat(run.out.lines().toList()).last().asString().startsWith("OVERALL ");
		assertThat(run.err).contains("pages=2");
		List<String> ids = new ArrayList<>();
		for (String line : Files.readAllLines(predictions, StandardCharsets.UTF_8)) {
			ids.add(JSON.readTree(line).get("id").asString());
		}
		assertThat(ids).isSubsetOf("cwced-0ef8393b", "naeb-03434393eb6c");
	}

	@Test
	void followsSymbolicLinksToPageFolders() throws Exception {
		Path pages = Path.of(EvaluateCommandTest.class.getResource("/corpus/dev/pages").toURI());
		Path links = Files.createDirectories(this.tmp.resolve("links"));
		Files.createSymbolicLink(links.resolve("cwced-0ef8393b"), pages.resolve("cwced-0ef8393b"));
		Files.createSymbolicLink(links.resolve("naeb-03434393eb6c"), pages.resolve("naeb-03434393eb6c"));
		Path predictions = this.tmp.resolve("pred.jsonl");

		Run run = run("evaluate", "--truth",
				Path.of(EvaluateCommandTest.class.getResource("/corpus/dev/truth.jsonl").toURI()).toString(), "--form",
				"html", "--predictions", predictions.toString(), "--set", "cwced", links.toString());

		assertThat(run.exitCode).as(run.err).isZero();
		assertThat(run.err).contains("pages=2");
		assertThat(Files.readString(predictions, StandardCharsets.UTF_8)).contains("\"id\":\"cwced-0ef8393b\"");
	}

	@Test
	void saysSoAndExitsTwoWhenThePathsHoldNoPage() throws Exception {
		Path empty = Files.createDirectories(this.tmp.resolve("empty"));
		Files.writeString(empty.resolve("notes.md"), "not a page", StandardCharsets.UTF_8);

		Run run = run("evaluate", "--truth", fixture("truth.jsonl").toString(), empty.toString());

		assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
		assertThat(run.err).contains("no page").contains(empty.toString()).doesNotContain("Exception");
		assertThat(run.out).isEmpty();
	}

	@Test
	void scoresOnlyTheChosenSetWhenSomeTruthsNameNoSetOrLanguage() throws Exception {
		Path truth = this.tmp.resolve("truth.jsonl");
		Files.writeString(truth,
				"{\"id\": \"a\", \"title\": \"x\"}\n"
						+ "{\"id\": \"b\", \"title\": \"y\", \"set\": \"s\", \"lang\": \"en\"}\n",
				StandardCharsets.UTF_8);
		Path pred = this.tmp.resolve("pred.jsonl");
		Files.writeString(pred, "{\"id\": \"b\", \"title\": \"y\"}\n", StandardCharsets.UTF_8);

		Run bySet = run("evaluate", "--truth", truth.toString(), "--pred", pred.toString(), "--set", "s");
		Run byLang = run("evaluate", "--truth", truth.toString(), "--pred", pred.toString(), "--lang", "en");

		assertThat(bySet.exitCode).as(bySet.err).isZero();
		assertThat(bySet.out).startsWith("docs=1 predictions_missing=0").contains("title        1.000  (n=1)");
		assertThat(byLang.exitCode).as(byLang.err).isZero();
		assertThat(byLang.out).startsWith("docs=1 predictions_missing=0");
	}

	@Test
	void refusesTwoFormsOfOnePage() throws Exception {
		Path page = Path.of(EvaluateCommandTest.class.getResource("/corpus/dev/pages/cwced-0ef8393b").toURI());

		Run run = run("evaluate", "--truth", fixture("truth.jsonl").toString(), page.toString());

		assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
		assertThat(run.err).contains("--form");
	}

	@Test
	void refusesPathsAndAPredictionsFileTogether() throws Exception {
		Run run = run("evaluate", "--truth", fixture("truth.jsonl").toString(), "--pred",
				fixture("predictions.jsonl").toString(), fixture("truth.jsonl").toString());

		assertThat(run.exitCode).isEqualTo(ExitCode.USAGE);
		assertThat(run.err).contains("not both");
	}

	private static void assertSameNumbers(String path, JsonNode expected, JsonNode actual, List<String> compared) {
		assertThat(actual).as(path).isNotNull();
		if (expected.isObject()) {
			assertThat(names(actual)).as(path).containsExactlyInAnyOrderElementsOf(names(expected));
			for (Map.Entry<String, JsonNode> e : expected.properties()) {
				assertSameNumbers(path + "/" + e.getKey(), e.getValue(), actual.get(e.getKey()), compared);
			}
		}
		else if (expected.isNull()) {
			assertThat(actual.isNull()).as(path).isTrue();
		}
		else if (path.endsWith("/n")) {
			assertThat(actual.intValue()).as(path).isEqualTo(expected.intValue());
		}
		else {
			double e = expected.doubleValue();
			double a = actual.doubleValue();
			assertThat(Scores.threeDecimals(a)).as(path).isEqualTo(Scores.threeDecimals(e));
			assertThat(a).as(path).isCloseTo(e, within(1e-12));
			compared.add(path);
		}
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		for (Iterator<String> it = node.propertyNames().iterator(); it.hasNext();) {
			names.add(it.next());
		}
		return names;
	}

	private Run evaluate(String by, Path json) throws Exception {
		List<String> args = new ArrayList<>(List.of("evaluate", "--truth", fixture("truth.jsonl").toString(), "--pred",
				fixture("predictions.jsonl").toString(), "--json", json.toString()));
		if (!by.isEmpty()) {
			args.addAll(List.of("--by", by));
		}
		return run(args.toArray(String[]::new));
	}

	private static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		var cl = NewsrollCommand.commandLine();
		cl.setOut(new PrintWriter(out, true));
		cl.setErr(new PrintWriter(err, true));
		int code = cl.execute(args);
		return new Run(code, out.toString(), err.toString());
	}

	static Path fixture(String name) throws URISyntaxException, IOException {
		return Path.of(EvaluateCommandTest.class.getResource("/eval/" + name).toURI());
	}

	private record Run(int exitCode, String out, String err) {
	}

}
