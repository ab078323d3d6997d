package io.newsroll.bench;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusGeneratorTest {

	@TempDir
	Path out;

	@Test
	void writesFiftyPagesWithOneTruthLineEach() throws Exception {
		List<PageTemplate> templates = new ArrayList<>(PageTemplate.load(resource("/corpus/dev")));
		templates.addAll(PageTemplate.load(resource("/seed")));
		CorpusGenerator generator = new CorpusGenerator(templates, new CorpusGenerator.Settings(50, 0.5, 0.2, 0.5, 7),
				Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

		CorpusGenerator.Summary summary = generator.generate(this.out);

		List<Path> pages;
		try (Stream<Path> walk = Files.walk(this.out.resolve("pages"))) {
			pages = walk.filter(Files::isRegularFile).sorted().toList();
		}
		List<String> lines = Files.readAllLines(this.out.resolve("truth.jsonl"));
		assertThat(pages).hasSize(50);
		assertThat(lines).hasSize(50);
		assertThat(summary.pages()).isEqualTo(50);
		assertThat(summary.html()).isPositive();
		assertThat(summary.text()).isPositive();
		assertThat(summary.gzipped()).isPositive();

		JsonMapper json = JsonMapper.builder().build();
		for (int i = 0; i < 50; i++) {
			JsonNode truth = json.readTree(lines.get(i));
			Path page = pages.get(i);
			String name = page.getFileName().toString();
			assertThat(name).startsWith(truth.get("id").asString() + ".");
			byte[] bytes = Files.readAllBytes(page);
			if (name.endsWith(".gz")) {
				try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
					bytes = in.readAllBytes();
				}
			}
			String text = new String(bytes, Charset.forName(truth.get("encoding").asString()));
			// the varied fields are what the page now says
			if (!truth.get("author").isNull() && !truth.get("template").asString().startsWith("mh-")) {
				String firstName = truth.get("author").asString().split("[,、 ]")[0];
				assertThat(text).as(name).contains(firstName);
			}
			if (truth.get("published").isNull()) {
				continue;
			}
			assertThat(truth.get("published").asString()).matches("\\d{4}-\\d{2}-\\d{2}.*");
		}
	}

	@Test
	void writesTheSameCorpusForTheSameSeed() throws Exception {
		List<PageTemplate> templates = PageTemplate.load(resource("/seed"));
		CorpusGenerator.Settings settings = new CorpusGenerator.Settings(5, 1.0, 0.0, 0.0, 3);
		Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
		new CorpusGenerator(templates, settings, clock).generate(this.out.resolve("a"));
		new CorpusGenerator(templates, settings, clock).generate(this.out.resolve("b"));

		assertThat(Files.readString(this.out.resolve("a/truth.jsonl")))
			.isEqualTo(Files.readString(this.out.resolve("b/truth.jsonl")));
		assertThat(Files.readString(this.out.resolve("a/truth.jsonl"))).contains("\"form\":\"text\"");
	}

	@Test
	void pagesMadeOnSeveralThreadsKeepTheirOrderAndFolders() throws Exception {
		List<PageTemplate> templates = PageTemplate.load(resource("/seed"));
		// more pages than a folder (1,000) and than a block made ahead (512) hold
		CorpusGenerator.Settings settings = new CorpusGenerator.Settings(1_200, 0.5, 0.5, 0.3, 9);
		CorpusGenerator.Summary summary = new CorpusGenerator(templates, settings,
				Clock.fixed(java.time.Instant.parse("2026-03-01T00:00:00Z"), java.time.ZoneOffset.UTC))
			.generate(this.out.resolve("many"));

		List<String> lines = Files.readAllLines(this.out.resolve("many/truth.jsonl"));
		assertThat(lines).hasSize(1_200);
		Set<String> files = new HashSet<>();
		try (var walk = Files.walk(this.out.resolve("many/pages"))) {
			walk.filter(Files::isRegularFile)
				.forEach((f) -> files.add(f.getParent().getFileName() + "/"
						+ f.getFileName().toString().replaceAll("\\.(html|txt)(\\.gz)?$", "")));
		}
		assertThat(files).hasSize(1_200);
		for (int i = 0; i < lines.size(); i++) {
			String id = lines.get(i).replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
			assertThat(id).startsWith(String.format("p%07d-", i));
			assertThat(files).contains(String.format("%04d/%s", i / 1000, id));
		}
		assertThat(summary.html() + summary.text()).isEqualTo(1_200);
	}

	private static Path resource(String name) throws Exception {
		return Path.of(CorpusGeneratorTest.class.getResource(name).toURI());
	}

}
