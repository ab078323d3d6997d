package io.newsroll.batch.schedule;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and checks the job files {@code jobs/*.yml}. A malformed file (bad YAML, a
 * missing or unknown field, an unknown step, an invalid cron or period) is refused whole
 * with a message naming the file, the line where known and the field, before anything
 * runs.
 */
public final class JobDefinitions {

	/** A job file that cannot be used, and why. */
	public static final class InvalidJobFileException extends RuntimeException {

		public InvalidJobFileException(Path file, Integer line, String field, String message) {
			super(file + ((line != null) ? ":" + line : "") + ((field != null) ? ": field '" + field + "'" : "") + ": "
					+ message);
		}

	}

	private static final List<String> FIELDS = List.of("name", "description", "cron", "steps", "input", "report");

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final Path dir;

	public JobDefinitions(Path dir) {
		this.dir = dir;
	}

	/** Every job file of the directory, checked; the first bad file stops everything. */
	public List<JobDefinition> all() {
		List<JobDefinition> jobs = new ArrayList<>();
		Map<String, Path> names = new HashMap<>();
		if (!Files.isDirectory(this.dir)) {
			return jobs;
		}
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> ds = Files.newDirectoryStream(this.dir, "*.{yml,yaml}")) {
			ds.forEach(files::add);
		}
		catch (IOException ex) {
			throw new InvalidJobFileException(this.dir, null, null, "cannot list the job files: " + ex.getMessage());
		}
		files.sort(null);
		for (Path file : files) {
			JobDefinition job = read(file);
			Path other = names.putIfAbsent(job.name(), file);
			if (other != null) {
				throw new InvalidJobFileException(file, null, "name",
						"job '" + job.name() + "' is also defined in " + other);
			}
			jobs.add(job);
		}
		return jobs;
	}

	/**
	 * The job of that name, checking every job file on the way (a bad file elsewhere is
	 * still an error).
	 */
	public Optional<JobDefinition> find(String name) {
		return all().stream().filter((j) -> j.name().equals(name)).findFirst();
	}

	public static JobDefinition read(Path file) {
		JsonNode root;
		try {
			root = YAML.readTree(Files.readString(file));
		}
		catch (JacksonException ex) {
			TokenStreamLocation loc = ex.getLocation();
			throw new InvalidJobFileException(file, (loc != null && loc.getLineNr() > 0) ? loc.getLineNr() : null, null,
					"not valid YAML: " + ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new InvalidJobFileException(file, null, null, "cannot read: " + ex.getMessage());
		}
		if (root == null || !root.isObject()) {
			throw new InvalidJobFileException(file, 1, null, "a job file is a YAML mapping with " + FIELDS);
		}
		Lines lines = new Lines(file);
		for (String field : root.propertyNames()) {
			if (!FIELDS.contains(field)) {
				throw new InvalidJobFileException(file, lines.of(field), field,
						"unknown field (expected one of " + FIELDS + ")");
			}
		}
		String name = text(root, "name", file, lines, true);
		if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
			throw new InvalidJobFileException(file, lines.of("name"), "name",
					"'" + name + "' is not a job name (letters, digits, . _ -, at most 64)");
		}
		String cron = text(root, "cron", file, lines, true);
		List<JobDefinition.Step> steps = steps(root, file, lines);
		JsonNode input = root.path("input");
		Path articles = Path
			.of(input.isObject() && input.has("articles") ? input.get("articles").asString() : "input/articles");
		Path rosters = Path
			.of(input.isObject() && input.has("rosters") ? input.get("rosters").asString() : "input/rosters");
		JsonNode report = root.path("report");
		ScheduledPeriod period = period(report, file, lines);
		List<String> formats = new ArrayList<>();
		JsonNode f = report.path("formats");
		if (f.isMissingNode()) {
			formats.addAll(List.of("xlsx", "pdf"));
		}
		else {
			for (JsonNode n : f.isArray() ? f : YAML.createArrayNode().add(f)) {
				String format = n.asString().toLowerCase(Locale.ROOT);
				if (!JobDefinition.FORMATS.contains(format)) {
					throw new InvalidJobFileException(file, lines.of("formats"), "report.formats",
							"unknown format '" + format + "' (expected xlsx, pdf)");
				}
				formats.add(format);
			}
		}
		String locale = report.path("locale").asString("zh");
		if (!locale.equals("zh") && !locale.equals("en")) {
			throw new InvalidJobFileException(file, lines.of("locale"), "report.locale",
					"'" + locale + "' (expected zh or en)");
		}
		JobDefinition job = new JobDefinition(name, root.path("description").asString(""), cron, steps, articles,
				rosters, period, formats, locale, file);
		try {
			job.cronExpression();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidJobFileException(file, lines.of("cron"), "cron",
					"invalid cron expression '" + cron + "': " + ex.getMessage());
		}
		return job;
	}

	private static List<JobDefinition.Step> steps(JsonNode root, Path file, Lines lines) {
		JsonNode node = root.path("steps");
		if (!node.isArray() || node.isEmpty()) {
			throw new InvalidJobFileException(file, lines.of("steps"), "steps",
					"a non-empty list of ingest-articles, ingest-rosters, report");
		}
		List<JobDefinition.Step> steps = new ArrayList<>();
		for (JsonNode n : node) {
			String s = n.asString("");
			JobDefinition.Step step = null;
			for (JobDefinition.Step candidate : JobDefinition.Step.values()) {
				if (candidate.fileName().equals(s)) {
					step = candidate;
				}
			}
			if (step == null) {
				throw new InvalidJobFileException(file, lines.of(s), "steps",
						"unknown step '" + s + "' (expected ingest-articles, ingest-rosters, report)");
			}
			if (steps.contains(step)) {
				throw new InvalidJobFileException(file, lines.of(s), "steps", "step '" + s + "' is named twice");
			}
			steps.add(step);
		}
		return steps;
	}

	private static ScheduledPeriod period(JsonNode report, Path file, Lines lines) {
		if (report.has("from") || report.has("to")) {
			try {
				return new ScheduledPeriod(ScheduledPeriod.Kind.FIXED,
						LocalDate.parse(report.path("from").asString("")),
						LocalDate.parse(report.path("to").asString("")));
			}
			catch (DateTimeParseException | IllegalArgumentException ex) {
				throw new InvalidJobFileException(file, lines.of("from"), "report.from/to",
						"fixed dates are YYYY-MM-DD with from <= to");
			}
		}
		String period = report.path("period").asString("previous-day");
		try {
			return ScheduledPeriod.relative(ScheduledPeriod.Kind.fromFileName(period));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidJobFileException(file, lines.of("period"), "report.period", ex.getMessage());
		}
	}

	private static String text(JsonNode root, String field, Path file, Lines lines, boolean required) {
		JsonNode n = root.get(field);
		if (n == null || n.isNull() || n.asString("").isBlank()) {
			if (required) {
				throw new InvalidJobFileException(file, null, field, "missing");
			}
			return null;
		}
		if (!n.isValueNode()) {
			throw new InvalidJobFileException(file, lines.of(field), field, "must be a single value");
		}
		return n.asString().trim();
	}

	/**
	 * Finds the line of a key or value in the file, for messages (the tree model keeps no
	 * locations).
	 */
	private static final class Lines {

		private final List<String> text;

		Lines(Path file) {
			List<String> t;
			try {
				t = Files.readAllLines(file);
			}
			catch (IOException ex) {
				t = List.of();
			}
			this.text = t;
		}

		Integer of(String token) {
			for (int i = 0; i < this.text.size(); i++) {
				String line = this.text.get(i).strip();
				if (line.startsWith(token + ":") || line.startsWith("- " + token) || line.contains(" " + token)
						|| line.contains("[" + token) || line.contains(token + "]")) {
					return i + 1;
				}
			}
			return null;
		}

	}

}
