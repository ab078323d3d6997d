package io.newsroll.core.article;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order of trust of publication dates (docs/extraction.md): explicit structured data,
 * the date printed by the headline before weak meta signs, update labels, sanity against
 * the crawl clock, dates without a year or relative to the day.
 */
class PublicationDateTrustTest {

	private static final String PARAGRAPH = "Die Dokumente sind zum Teil mehrere Seiten lang und betreffen einen Zeitraum "
			+ "von etwa einem Jahr, die jüngsten Unterlagen sind auf Ende Januar dieses Jahres datiert, sagte die Sprecherin.";

	private static final String BODY = ("<p>" + PARAGRAPH + "</p>").repeat(4);

	private static final String ZH_PARAGRAPH = "<p>今天凌晨，三星在美国旧金山举行发布会，正式发布了新一代旗舰手机系列，新机在屏幕、影像和续航方面都有明显提升，售价也随之上调。</p>";

	/** The crawl: 2020-02-13 10:00 UTC. */
	private static final Clock CRAWL = Clock.fixed(Instant.parse("2020-02-13T10:00:00Z"), ZoneOffset.UTC);

	@Test
	void theDatePrintedUnderTheHeadlineComesBeforeAGenericDateTag() {
		String html = "<html><head><title>Datenleck bei Rheinmetall</title><meta name=\"date\" content=\"2020-04-29T11:52:23\">"
				+ "</head><body><h1>Datenleck bei Rheinmetall</h1><div>05.02.2020 - Redaktion: Eberhard Fuhr</div>"
				+ BODY + "</body></html>";
		assertThat(published(html, new PageExtractor(ExtractionSettings.defaults())))
			.isEqualTo(LocalDate.of(2020, 2, 5));
		// an explicit publication tag still comes first
		String tagged = html.replace("name=\"date\"", "property=\"article:published_time\"");
		assertThat(published(tagged, new PageExtractor(ExtractionSettings.defaults())))
			.isEqualTo(LocalDate.of(2020, 4, 29));
	}

	@Test
	void anUpdateTimeNeverReplacesThePublicationTimeBesideIt() {
		String html = "<html><head><title>Datenleck bei Rheinmetall</title></head><body><h1>Datenleck bei Rheinmetall</h1>"
				+ "<div>Aktualisiert am 17.01.2021, veröffentlicht am 15.01.2021</div>" + BODY + "</body></html>";
		assertThat(published(html, new PageExtractor(ExtractionSettings.defaults())))
			.isEqualTo(LocalDate.of(2021, 1, 15));
	}

	@Test
	void aScriptTimestampDatesAPageThatPrintsOnlyARelativeDay() {
		String html = "<html><head><title>三星 Galaxy S20 系列手机正式发布</title></head><body><h1>三星 Galaxy S20 系列手机正式发布</h1>"
				+ "<div><em id=\"publish_time\">昨天</em></div>" + ZH_PARAGRAPH.repeat(3)
				+ "<script>var ct = \"1581517074\";</script></body></html>";
		assertThat(published(html, new PageExtractor(ExtractionSettings.defaults())))
			.isEqualTo(LocalDate.of(2020, 2, 12));
	}

	@Test
	void aRelativeDayIsDatedFromTheCrawlClockOnlyWhenThereIsOne() {
		String text = "三星 Galaxy S20 系列手机正式发布\n\n三星 Galaxy S20 系列手机正式发布\n\n科技早知道 昨天\n\n"
				+ ZH_PARAGRAPH.replace("<p>", "").replace("</p>", "\n\n").repeat(3);
		assertThat(publishedText(text, new PageExtractor(ExtractionSettings.defaults(), CRAWL)))
			.isEqualTo(OffsetDateTime.parse("2020-02-12T00:00+08:00").toLocalDate());
		assertThat(publishedText(text, new PageExtractor(ExtractionSettings.defaults()))).isNull();
	}

	@Test
	void aDateWithoutAYearTakesTheYearOfThePageData() {
		String html = "<html><head><title>新机发布</title><meta property=\"og:release_date\" content=\"2019-10-09\"></head><body>"
				+ "<h1>新机发布</h1><div>科技早知道 10-08 12:00</div>" + ZH_PARAGRAPH.repeat(3) + "</body></html>";
		PageExtractor extractor = new PageExtractor(ExtractionSettings.defaults(), CRAWL);
		Article article = ((PageExtraction.Extracted) extractor.extract("page.html",
				html.getBytes(StandardCharsets.UTF_8)))
			.article();
		assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2019-10-08T12:00+08:00"));
	}

	@Test
	void aDateAfterTheCrawlOrAnOldTeaserDateIsNoPublicationDate() {
		String html = "<html><head><title>Datenleck bei Rheinmetall</title></head><body><h1>Datenleck bei Rheinmetall</h1>"
				+ "<div>Termin: 21.03.2020</div><div>Erstmals erschienen 1923</div>" + BODY
				+ "<div>Ein Bild vom 12.05.1923</div><div>Stand: 10.02.2020</div></body></html>";
		assertThat(published(html, new PageExtractor(ExtractionSettings.defaults(), CRAWL)))
			.isEqualTo(LocalDate.of(2020, 2, 10));
	}

	@Test
	void aSlashedDateIsDayFirstOnAPageInALanguageThatWritesItSo() {
		String html = "<html lang=\"es\"><head><title>Juicio entra en su recta final</title></head><body>"
				+ "<h1>Juicio entra en su recta final</h1><div>Publicado el 03/05/2022 a las 22h03</div>" + BODY
				+ "</body></html>";
		assertThat(published(html, new PageExtractor(ExtractionSettings.defaults())))
			.isEqualTo(LocalDate.of(2022, 5, 3));
		assertThat(published(html.replace("lang=\"es\"", "lang=\"en-US\""),
				new PageExtractor(ExtractionSettings.defaults())))
			.isEqualTo(LocalDate.of(2022, 3, 5));
		assertThat(PublishedResolver.dayFirst("en-GB")).isTrue();
		assertThat(PublishedResolver.dayFirst("en")).isFalse();
		assertThat(PublishedResolver.dayFirst(null)).isFalse();
	}

	@Test
	void aPageWhoseOnlyDateIsAfterTheCrawlKeepsItForValidationToRefuse() {
		String html = "<html><head><title>Datenleck bei Rheinmetall</title></head><body><h1>Datenleck bei Rheinmetall</h1>"
				+ "<div>21.05.2099</div>" + BODY + "</body></html>";
		assertThat(published(html, new PageExtractor(ExtractionSettings.defaults(), CRAWL)))
			.isEqualTo(LocalDate.of(2099, 5, 21));
	}

	private static LocalDate published(String html, PageExtractor extractor) {
		return publishedOf(extractor, "page.html", html);
	}

	private static LocalDate publishedText(String text, PageExtractor extractor) {
		return publishedOf(extractor, "page.txt", text);
	}

	private static LocalDate publishedOf(PageExtractor extractor, String name, String page) {
		PageExtraction result = extractor.extract(name, page.getBytes(StandardCharsets.UTF_8));
		assertThat(result).isInstanceOf(PageExtraction.Extracted.class);
		Article article = ((PageExtraction.Extracted) result).article();
		return (article.published() == null) ? null : article.published().toLocalDate();
	}

}
