package io.newsroll.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import io.newsroll.core.eval.Evaluation;
import io.newsroll.core.eval.Metric;
import io.newsroll.core.eval.Prediction;
import io.newsroll.core.eval.Score;
import io.newsroll.core.eval.Scores;
import io.newsroll.core.eval.TruthRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads truth and prediction JSON lines into the core scorer's records, and writes
 * predictions and evaluation summaries, with the same conventions as score.py: records
 * keyed by {@code id} (a number is read as its text), a list value read as its items
 * joined by "; " (as score.py normalises lists), null / missing / empty values not given.
 */
final class EvaluationJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final JsonMapper LINES = JsonMapper.builder().build();

	private EvaluationJson() {
	}

	/** The truth records of a JSON lines file, in file order. */
	static List<TruthRecord> readTruth(Path file) {
		List<TruthRecord> truths = new ArrayList<>();
		forEachLine(file,
				(node) -> truths.add(new TruthRecord(id(node), text(node.get("set")), text(node.get("lang")),
						text(node.get("title")), text(node.get("author")), text(node.get("published")),
						text(node.get("source")), text(node.get("editor")), text(node.get("body")),
						snippets(node.get("body_with")), snippets(node.get("body_without")))));
		return truths;
	}

	/**
	 * The predictions of a JSON lines file by id; of two lines with one id, the last one
	 * counts.
	 */
	static Map<String, Prediction> readPredictions(Path file) {
		Map<String, Prediction> predictions = new LinkedHashMap<>();
		forEachLine(file, (node) -> {
			Prediction p = new Prediction(id(node), text(node.get("title")), text(node.get("author")),
					text(node.get("published")), text(node.get("source")), text(node.get("editor")),
					text(node.get("body")));
			predictions.put(p.id(), p);
		});
		return predictions;
	}

	/**
	 * One prediction as a JSON line (without the line break), in the shape score.py
	 * reads.
	 */
	static String predictionLine(Prediction p) {
		ObjectNode node = LINES.createObjectNode();
		node.put("id", p.id());
		node.put("title", p.title());
		node.put("author", p.author());
		node.put("published", p.published());
		node.put("source", p.source());
		node.put("editor", p.editor());
		node.put("body", p.body());
		return LINES.writeValueAsString(node);
	}

	/**
	 * The summary as score.py's {@code --json} writes it: every metric as {value, n}, and
	 * the groups under {@code by_set} or {@code by_lang}.
	 */
	static void writeSummary(Evaluation evaluation, Writer out) {
		ObjectNode root = scores(evaluation.overall());
		if (!evaluation.groups().isEmpty()) {
			ObjectNode groups = root.putObject("by_" + evaluation.grouping().name().toLowerCase(java.util.Locale.ROOT));
			evaluation.groups().forEach((name, scores) -> groups.set(name, scores(scores)));
		}
		MAPPER.writeValue(out, root);
	}

	private static ObjectNode scores(Scores scores) {
		ObjectNode node = MAPPER.createObjectNode();
		for (Metric metric : Metric.values()) {
			Score score = scores.get(metric);
			ObjectNode entry = node.putObject(metric.key());
			if (score.measured()) {
				entry.put("value", score.value());
			}
			else {
				entry.putNull("value");
			}
			entry.put("n", score.n());
		}
		return node;
	}

	private interface LineHandler {

		void accept(JsonNode node);

	}

	private static void forEachLine(Path file, LineHandler handler) {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (number == 1 && line.startsWith("\uFEFF")) {
					line = line.substring(1);
				}
				if (line.isBlank()) {
					continue;
				}
				JsonNode node;
				try {
					node = LINES.readTree(line);
				}
				catch (JacksonException ex) {
					throw new ConfigurationException(file + ":" + number + ": not JSON: " + ex.getOriginalMessage(),
							ex);
				}
				if (node == null || !node.isObject() || node.get("id") == null || node.get("id").isNull()) {
					throw new ConfigurationException(file + ":" + number + ": not a JSON object with an \"id\"");
				}
				handler.accept(node);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	private static String id(JsonNode node) {
		return node.get("id").asString();
	}

	/**
	 * A field as text: strings as they are, lists as their non-empty items joined by "; "
	 * (what score.py's normalisation does with a list), other scalars as their JSON text.
	 */
	static String text(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		if (node.isString()) {
			return node.stringValue();
		}
		if (node.isArray()) {
			StringJoiner joined = new StringJoiner("; ");
			for (JsonNode item : node.values()) {
				String s = text(item);
				if (s != null && !s.isEmpty() && !isFalsy(item)) {
					joined.add(s);
				}
			}
			return joined.toString();
		}
		if (node.isBoolean()) {
			return node.booleanValue() ? "True" : "False";
		}
		return node.isObject() ? node.toString() : node.asString();
	}

	private static boolean isFalsy(JsonNode node) {
		return (node.isBoolean() && !node.booleanValue()) || (node.isNumber() && node.doubleValue() == 0.0)
				|| (node.isContainer() && node.isEmpty());
	}

	private static List<String> snippets(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return List.of();
		}
		List<String> snippets = new ArrayList<>();
		if (node.isArray()) {
			for (JsonNode item : node.values()) {
				String s = text(item);
				// score.py normalises a null snippet to "", which every body contains
				snippets.add((s != null) ? s : "");
			}
		}
		else {
			String s = text(node);
			if (s != null && !s.isEmpty()) {
				snippets.add(s);
			}
		}
		return snippets;
	}

}
