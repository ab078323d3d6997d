package io.newsroll.report;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyLengthBucketsTest {

	@Test
	void medianOfAnOddCountIsTheMiddleLength() {
		BodyLengthBuckets b = new BodyLengthBuckets(Map.of(100, 2L, 700, 1L, 3000, 2L));
		assertThat(b.median()).isEqualTo(700.0);
		assertThat(b.mean()).isEqualTo((200 + 700 + 6000) / 5.0);
	}

	@Test
	void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleLengths() {
		assertThat(new BodyLengthBuckets(Map.of(100, 1L, 200, 1L)).median()).isEqualTo(150.0);
		assertThat(new BodyLengthBuckets(Map.of(100, 2L, 200, 2L)).median()).isEqualTo(150.0);
		assertThat(new BodyLengthBuckets(Map.of(100, 3L, 200, 1L)).median()).isEqualTo(100.0);
	}

	@Test
	void everyBucketIsListedAndTheCountsAddUp() {
		BodyLengthBuckets b = new BodyLengthBuckets(Map.of(0, 1L, 499, 1L, 500, 1L, 9999, 1L, 10000, 1L, 250000, 1L));
		assertThat(b.buckets()).extracting((c) -> c.label() + "=" + c.value())
			.containsExactly("0–499=2", "500–999=1", "1000–1999=0", "2000–2999=0", "3000–4999=0", "5000–9999=1",
					"10000+=2");
		assertThat(b.articles()).isEqualTo(6);
	}

	@Test
	void noArticlesGiveZeros() {
		BodyLengthBuckets b = new BodyLengthBuckets(Map.of());
		assertThat(b.median()).isZero();
		assertThat(b.mean()).isZero();
		assertThat(b.buckets()).allSatisfy((c) -> assertThat(c.value()).isZero());
	}

}
