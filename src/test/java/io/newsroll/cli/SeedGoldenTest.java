package io.newsroll.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.newsroll.core.article.Article;
import io.newsroll.core.article.ExtractionSettings;
import io.newsroll.core.article.PageExtraction;
import io.newsroll.core.article.PageExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden test: extracting the seed page gives exactly {@code seed/expected.json},
 * field by field, as {@code newsroll extract} prints it.
 */
class SeedGoldenTest {

	private static final String FILE = "workercn-2019-05-21-anhui.txt";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static ObjectNode expected;

	private static PageExtraction.Extracted extracted;

	private static JsonNode printed;

	@BeforeAll
	static void extractSeed() throws IOException {
		try (InputStream in = SeedGoldenTest.class.getResourceAsStream("/seed/expected.json")) {
			expected = (ObjectNode) JSON.readTree(in);
		}
		byte[] page;
		try (InputStream in = SeedGoldenTest.class.getResourceAsStream("/seed/" + FILE)) {
			page = in.readAllBytes();
		}
		PageExtraction result = new PageExtractor(ExtractionSettings.defaults()).extract(FILE, page);
		assertThat(result).isInstanceOf(PageExtraction.Extracted.class);
		extracted = (PageExtraction.Extracted) result;
		printed = JSON.readTree(ArticleJson.article(extracted.article()));
	}

	static List<String> articleFields() throws IOException {
		try (InputStream in = SeedGoldenTest.class.getResourceAsStream("/seed/expected.json")) {
			List<String> names = new ArrayList<>();
			for (Map.Entry<String, JsonNode> field : JSON.readTree(in).properties()) {
				if (!field.getKey().equals("roster")) {
					names.add(field.getKey());
				}
			}
			return names;
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("articleFields")
	void seedArticleFieldIsExactlyAsExpected(String field) {
		assertThat(printed.get(field)).as(field).isEqualTo(expected.get(field));
	}

	@Test
	void seedArticleIsReadAsAUtf8TextDumpInChinese() {
		Article article = extracted.article();
		assertThat(article.format()).isEqualTo("text");
		assertThat(article.encoding()).isEqualTo("UTF-8");
		assertThat(article.lang()).isEqualTo("zh");
		assertThat(article.id()).hasSize(32).matches("[0-9a-f]{32}");
		assertThat(printed.get("published").asString()).isEqualTo("2019-05-21T07:39:30+08:00");
	}

	@Test
	void seedRosterIsPrintedAsExpected() {
		assertThat(extracted.roster()).isNotNull();
		JsonNode roster = JSON.readTree(ArticleJson.roster(extracted.roster()));
		JsonNode want = expected.get("roster");
		assertThat(roster.get("kind")).isEqualTo(want.get("kind"));
		assertThat(roster.get("heading")).isEqualTo(want.get("heading"));
		assertThat(roster.get("as_of")).isEqualTo(want.get("as_of"));
		assertThat(roster.get("file")).isEqualTo(want.get("file"));
		assertThat(roster.get("members")).hasSize(19);
		for (int i = 0; i < 19; i++) {
			JsonNode member = roster.get("members").get(i);
			JsonNode wantMember = want.get("members").get(i);
			for (String field : List.of("name", "raw_name", "titles_raw")) {
				assertThat(member.get(field)).as("member %d %s", i, field).isEqualTo(wantMember.get(field));
			}
			for (int t = 0; t < wantMember.get("titles").size(); t++) {
				for (String field : List.of("title", "concurrent", "candidate")) {
					assertThat(member.get("titles").get(t).get(field)).as("member %d title %d %s", i, t, field)
						.isEqualTo(wantMember.get("titles").get(t).get(field));
				}
			}
			assertThat(member.get("titles")).hasSameSizeAs(wantMember.get("titles"));
		}
	}

}
