package io.newsroll.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real page the corpus generator varies: its HTML and/or text dump, decoded, and its
 * ground truth. Loaded from a corpus directory ({@code truth.jsonl} and
 * {@code pages/<id>/page.html}, {@code page.txt}, {@code meta.json}) or from a directory
 * of text dumps each with the newsroll {@code expected.json} beside it (the seed page).
 *
 * @param id the template's id
 * @param set the data set it comes from
 * @param lang its language code
 * @param html the decoded HTML page, or null when there is only a text dump
 * @param text the text dump, or null
 * @param title the true title, or null when not annotated
 * @param author the true byline, or null
 * @param published the true publication time (ISO 8601, any precision), or null
 * @param source the true source, or null
 * @param editor the true editor, or null
 * @param body the true body, paragraphs on lines, or null
 */
public record PageTemplate(String id, String set, String lang, String html, String text, String title, String author,
		String published, String source, String editor, String body) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public PageTemplate {
		Objects.requireNonNull(id, "id");
		if (html == null && text == null) {
			throw new IllegalArgumentException("template " + id + " has neither HTML nor text");
		}
	}

	/** Whether the page is Chinese (it may then be written in GBK). */
	public boolean chinese() {
		return this.lang != null && this.lang.toLowerCase(java.util.Locale.ROOT).startsWith("zh");
	}

	/**
	 * Loads every template in a directory: a corpus ({@code truth.jsonl} with
	 * {@code pages/}), or text dumps with an {@code expected.json} beside them.
	 */
	public static List<PageTemplate> load(Path dir) {
		try {
			if (Files.isRegularFile(dir.resolve("truth.jsonl"))) {
				return loadCorpus(dir);
			}
			if (Files.isRegularFile(dir.resolve("expected.json"))) {
				return loadSeed(dir);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read templates in " + dir, ex);
		}
		throw new IllegalArgumentException(dir + " holds neither truth.jsonl nor expected.json");
	}

	private static List<PageTemplate> loadCorpus(Path dir) throws IOException {
		List<PageTemplate> templates = new ArrayList<>();
		for (String line : Files.readAllLines(dir.resolve("truth.jsonl"), StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode t = JSON.readTree(line);
			String id = t.get("id").asString();
			Path page = dir.resolve("pages").resolve(id);
			// a page labelled by snippets only (no full body truth: the traf set) cannot
			// say what a varied copy of it holds
			if (!Files.isDirectory(page) || text(t.get("body")) == null) {
				continue;
			}
			Charset charset = StandardCharsets.UTF_8;
			Path meta = page.resolve("meta.json");
			if (Files.isRegularFile(meta)) {
				String encoding = text(JSON.readTree(meta).get("encoding"));
				if (encoding != null && Charset.isSupported(encoding)) {
					charset = Charset.forName(encoding);
				}
			}
			String html = Files.isRegularFile(page.resolve("page.html"))
					? new String(Files.readAllBytes(page.resolve("page.html")), charset) : null;
			String txt = Files.isRegularFile(page.resolve("page.txt"))
					? Files.readString(page.resolve("page.txt"), StandardCharsets.UTF_8) : null;
			if (html == null && txt == null) {
				continue;
			}
			templates.add(new PageTemplate(id, text(t.get("set")), text(t.get("lang")), html, txt, text(t.get("title")),
					text(t.get("author")), text(t.get("published")), text(t.get("source")), text(t.get("editor")),
					text(t.get("body"))));
		}
		return templates;
	}

	private static List<PageTemplate> loadSeed(Path dir) throws IOException {
		JsonNode expected = JSON.readTree(dir.resolve("expected.json"));
		List<PageTemplate> templates = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path txt : files.filter((f) -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
				List<String> authors = new ArrayList<>();
				expected.path("authors").values().forEach((a) -> authors.add(a.asString()));
				List<String> body = new ArrayList<>();
				expected.path("body_paragraphs").values().forEach((p) -> body.add(p.asString()));
				String name = txt.getFileName().toString();
				templates.add(new PageTemplate(name.substring(0, name.length() - 4), "seed", "zh", null,
						Files.readString(txt, StandardCharsets.UTF_8), text(expected.get("title")),
						authors.isEmpty() ? null : String.join(" ", authors), text(expected.get("published")),
						text(expected.get("source")), text(expected.get("editor")), String.join("\n", body)));
			}
		}
		return templates;
	}

	private static String text(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

}
