package io.newsroll.core.article;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end over small modern-style Chinese pages made for the test
 * ({@code credits/modern}, see its README): the extractor reads the same author, source
 * and editor from the HTML page and from its text dump, as {@code expected.json} gives
 * them ({@code authors_text} where the text dump cannot say what only the markup said).
 */
class ModernChineseCreditsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PageExtractor extractor = new PageExtractor(ExtractionSettings.defaults());

	static Stream<Arguments> pages() throws IOException, URISyntaxException {
		Path root = Path.of(ModernChineseCreditsTest.class.getResource("/credits/modern").toURI());
		List<Arguments> pages = new ArrayList<>();
		try (Stream<Path> dirs = Files.list(root)) {
			for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
				pages.add(Arguments.of(dir.getFileName().toString(), dir.resolve("page.html")));
				pages.add(Arguments.of(dir.getFileName().toString(), dir.resolve("page.txt")));
			}
		}
		assertThat(pages).hasSizeGreaterThanOrEqualTo(10);
		return pages.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("pages")
	void readsTheAuthorSourceAndEditorOfBothForms(String name, Path page) throws IOException {
		JsonNode expected = JSON.readTree(Files.readString(page.resolveSibling("expected.json")));
		boolean text = page.getFileName().toString().endsWith(".txt");

		PageExtraction result = this.extractor.extract(page.getFileName().toString(), Files.readAllBytes(page));

		assertThat(result).as(name).isInstanceOf(PageExtraction.Extracted.class);
		Article article = ((PageExtraction.Extracted) result).article();
		JsonNode authors = (text && expected.has("authors_text")) ? expected.get("authors_text")
				: expected.get("authors");
		assertThat(article.authors()).as("authors")
			.containsExactlyElementsOf(authors.valueStream().map(JsonNode::asString).toList());
		assertThat(article.source()).as("source").isEqualTo(textOrNull(expected.get("source")));
		assertThat(article.editor()).as("editor").isEqualTo(textOrNull(expected.get("editor")));
	}

	private static String textOrNull(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

}
