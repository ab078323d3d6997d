package io.newsroll.core.article;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key fields of a few real pages of the dev corpus copy
 * ({@code src/test/resources/corpus}, origins and licences in its README), each in both
 * forms: the crawled HTML and the text dump.
 */
class RealPagesTest {

	private final PageExtractor extractor = new PageExtractor(ExtractionSettings.defaults());

	@ParameterizedTest
	@ValueSource(strings = { "html", "txt" })
	void readsTwoReportersAfterOneRoleOnAXinhuaInterview(String form) throws IOException {
		Article article = extract("cwced-a0cb0242", form);

		assertThat(article.title()).isIn("农机专家李金泽：为农机行业搭建现代化信息平台", "农机专家李金泽:为农机行业搭建现代化信息平台");
		assertThat(article.authors()).containsExactly("伊琳", "李清芬");
		assertThat(article.published().toLocalDate()).isEqualTo(LocalDate.of(2005, 8, 16));
		assertThat(article.source()).isEqualTo("新华网");
		assertThat(article.bodyText()).startsWith("李金泽同志现任黑龙江省勃农机械有限责任公司党委书记");
		assertThat(article.lang()).isEqualTo("zh");
	}

	@ParameterizedTest
	@ValueSource(strings = { "html", "txt" })
	void splitsRunTogetherNamesOfInternsAndReporters(String form) throws IOException {
		Article article = extract("cwced-ab65832c", form);

		assertThat(article.authors()).containsExactly("刘国栋", "周炜", "王燕平", "方云凤", "柏建斌");
		assertThat(article.published().toLocalDate()).isEqualTo(LocalDate.of(2003, 7, 24));
		assertThat(article.bodyText()).contains("为拆一幢房").doesNotContain("Trackback");
	}

	@ParameterizedTest
	@ValueSource(strings = { "html", "txt" })
	void keepsTheMinuteOfAProvincialNewsPage(String form) throws IOException {
		Article article = extract("cwced-9890f458", form);

		assertThat(article.title()).isEqualTo("17种产品、1个园区入选国家绿色制造名单");
		assertThat(article.authors()).containsExactly("胡晓蓉");
		assertThat(article.published().toLocalDateTime()).hasToString("2022-02-13T04:22:18");
	}

	@ParameterizedTest
	@ValueSource(strings = { "html", "txt" })
	void stopsAShortStoryBeforeTheTeasersUnderItsSectionHeading(String form) throws IOException {
		Article article = extract("mh-2681eeacec6a", form);

		assertThat(article.bodyText()).startsWith("路透月度調查顯示").doesNotContain("九龍城寨").doesNotContain("你可能還想看");
		assertThat(article.published().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 22));
	}

	@ParameterizedTest
	@ValueSource(strings = { "html", "txt" })
	void readsAnEnglishNewsPageWithItsHeadlineAndDate(String form) throws IOException {
		Article article = extract("naeb-45612f70645e", form);

		assertThat(article.title()).isEqualTo("Apple Wants Major News Organizations to Help Train Its AI");
		assertThat(article.published().toLocalDate()).isEqualTo(LocalDate.of(2023, 12, 23));
		assertThat(article.bodyText())
			.contains("Apple has reportedly had conversations with several prominent news organizations");
		assertThat(article.lang()).isEqualTo("en");
	}

	@ParameterizedTest
	@ValueSource(strings = { "html", "txt" })
	void readsBothAuthorsOfAnEnglishByline(String form) throws IOException {
		Article article = extract("naeb-03434393eb6c", form);

		assertThat(article.title()).startsWith("Fallout TV Show Trailer Breakdown");
		assertThat(article.authors()).contains("Chris E. Hayner");
		assertThat(article.published().toLocalDate()).isEqualTo(LocalDate.of(2023, 12, 21));
	}

	private Article extract(String id, String form) throws IOException {
		String resource = "/corpus/dev/pages/" + id + "/page." + form;
		byte[] bytes;
		try (InputStream in = RealPagesTest.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			bytes = in.readAllBytes();
		}
		PageExtraction result = this.extractor.extract(id + "/page." + form, bytes);
		assertThat(result).as(id + " " + form).isInstanceOf(PageExtraction.Extracted.class);
		return ((PageExtraction.Extracted) result).article();
	}

}
