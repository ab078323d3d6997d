package io.newsroll.core.text;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateSanityTest {

	private static final Instant CRAWL = Instant.parse("2020-02-13T00:00:00Z");

	private static OffsetDateTime at(String iso) {
		return OffsetDateTime.parse(iso);
	}

	@Test
	void refusesADateAfterTheCrawlOrBefore1990() {
		assertThat(DateSanity.plausible(at("2020-02-12T14:17:54+08:00"), CRAWL, false)).isTrue();
		// a day of slack for zones
		assertThat(DateSanity.plausible(at("2020-02-13T20:00:00+00:00"), CRAWL, false)).isTrue();
		assertThat(DateSanity.plausible(at("2020-02-15T00:00:00+00:00"), CRAWL, false)).isFalse();
		assertThat(DateSanity.plausible(at("1989-12-31T00:00:00+00:00"), CRAWL, false)).isFalse();
		assertThat(DateSanity.plausible(at("1989-12-31T00:00:00+00:00"), CRAWL, true)).isTrue();
		assertThat(DateSanity.plausible(at("2020-02-15T00:00:00+00:00"), null, false)).isTrue();
		assertThat(DateSanity.plausible(null, CRAWL, false)).isFalse();
	}

	@Test
	void neverLetsAnUpdateTimeReplaceAPublicationTime() {
		OffsetDateTime published = at("2020-02-10T08:00:00+08:00");
		OffsetDateTime updated = at("2020-02-12T09:00:00+08:00");
		assertThat(DateSanity.publication(published, updated, CRAWL)).contains(published);
		assertThat(DateSanity.publication(null, updated, CRAWL)).contains(updated);
		// an implausible publication date is not replaced by the update either
		assertThat(DateSanity.publication(at("2030-01-01T00:00:00Z"), updated, CRAWL)).isEmpty();
	}

	@Test
	void readsThePublicationTimestampOfAPagesScripts() {
		assertThat(DateSanity.scriptTimestamp("var ct = \"1581517074\";\nvar x = 1;", CRAWL))
			.contains(Instant.ofEpochSecond(1581517074L));
		assertThat(DateSanity.scriptTimestamp("{\"publish_time\":1581517074000}", CRAWL))
			.contains(Instant.ofEpochMilli(1581517074000L));
		assertThat(DateSanity.scriptTimestamp("var ct = \"1581517074\";", Instant.parse("2019-01-01T00:00:00Z")))
			.isEmpty();
		assertThat(DateSanity.scriptTimestamp("var count = 1581517074;", CRAWL)).isEmpty();
		assertThat(Instant.ofEpochSecond(1581517074L).atOffset(ZoneOffset.ofHours(8)).toLocalDate())
			.hasToString("2020-02-12");
	}

}
