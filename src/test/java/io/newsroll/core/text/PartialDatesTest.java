package io.newsroll.core.text;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartialDatesTest {

	private static final LocalDateTime REFERENCE = LocalDateTime.of(2020, 10, 9, 8, 30);

	@Test
	void datesAMonthDayAndTimeInTheYearOfTheReference() {
		assertThat(PartialDates.monthDayTime("作者 10-08 12:00 阅读", REFERENCE))
			.hasValueSatisfying((f) -> assertThat(f.dateTime()).isEqualTo(LocalDateTime.of(2020, 10, 8, 12, 0)));
		assertThat(PartialDates.monthDayTime("10月8日 12:00:30", REFERENCE))
			.hasValueSatisfying((f) -> assertThat(f.dateTime()).isEqualTo(LocalDateTime.of(2020, 10, 8, 12, 0, 30)));
	}

	@Test
	void takesLastYearForAMonthDayAfterTheReference() {
		assertThat(PartialDates.monthDayTime("12-30 23:10", LocalDateTime.of(2021, 1, 2, 9, 0)))
			.hasValueSatisfying((f) -> assertThat(f.dateTime()).isEqualTo(LocalDateTime.of(2020, 12, 30, 23, 10)));
	}

	@Test
	void leavesFullDatesScoresAndMonthDaysWithoutATimeAlone() {
		assertThat(PartialDates.monthDayTime("2020-10-08 12:00", REFERENCE)).isEmpty();
		assertThat(PartialDates.monthDayTime("比分 3-1", REFERENCE)).isEmpty();
		assertThat(PartialDates.monthDayTime("10-08", REFERENCE)).isEmpty();
		assertThat(PartialDates.monthDayTime("13-40 12:00", REFERENCE)).isEmpty();
		assertThat(PartialDates.monthDayTime("10-08 12:00", null)).isEmpty();
	}

	@Test
	void countsRelativeDaysBackFromTheReference() {
		assertThat(PartialDates.relative("昨天", REFERENCE)).hasValueSatisfying((f) -> {
			assertThat(f.dateTime()).isEqualTo(LocalDateTime.of(2020, 10, 8, 0, 0));
			assertThat(f.hasTime()).isFalse();
		});
		assertThat(PartialDates.relative("前天 21:05", REFERENCE))
			.hasValueSatisfying((f) -> assertThat(f.dateTime()).isEqualTo(LocalDateTime.of(2020, 10, 7, 21, 5)));
		assertThat(PartialDates.relative("今天08:00", REFERENCE))
			.hasValueSatisfying((f) -> assertThat(f.dateTime()).isEqualTo(LocalDateTime.of(2020, 10, 9, 8, 0)));
		assertThat(PartialDates.relative("3小时前", REFERENCE))
			.hasValueSatisfying((f) -> assertThat(f.dateTime()).isEqualTo(LocalDateTime.of(2020, 10, 9, 5, 30)));
		assertThat(PartialDates.relative("Yesterday at 9:15", REFERENCE))
			.hasValueSatisfying((f) -> assertThat(f.dateTime()).isEqualTo(LocalDateTime.of(2020, 10, 8, 9, 15)));
		assertThat(PartialDates.relative("vor 2 Stunden", REFERENCE))
			.hasValueSatisfying((f) -> assertThat(f.dateTime()).isEqualTo(LocalDateTime.of(2020, 10, 9, 6, 30)));
		assertThat(PartialDates.relative("5 days", REFERENCE)).isEmpty();
		assertThat(PartialDates.relative("没有日期", REFERENCE)).isEmpty();
	}

	@Test
	void countsMinutesHoursAndDaysAgoInTheCorpussLanguages() {
		assertThat(PartialDates.relative("vor 11 Minuten", REFERENCE))
			.hasValueSatisfying((f) -> assertThat(f.dateTime()).isEqualTo(LocalDateTime.of(2020, 10, 9, 8, 19)));
		assertThat(PartialDates.relative("Publié il y a 2 heures", REFERENCE))
			.hasValueSatisfying((f) -> assertThat(f.dateTime()).isEqualTo(LocalDateTime.of(2020, 10, 9, 6, 30)));
		assertThat(PartialDates.relative("hace 3 horas", REFERENCE))
			.hasValueSatisfying((f) -> assertThat(f.dateTime()).isEqualTo(LocalDateTime.of(2020, 10, 9, 5, 30)));
		assertThat(PartialDates.relative("hace 2 días", REFERENCE)).hasValueSatisfying((f) -> {
			assertThat(f.dateTime()).isEqualTo(LocalDateTime.of(2020, 10, 7, 0, 0));
			assertThat(f.hasTime()).isFalse();
		});
		assertThat(PartialDates.relative("2 godziny temu", REFERENCE))
			.hasValueSatisfying((f) -> assertThat(f.dateTime()).isEqualTo(LocalDateTime.of(2020, 10, 9, 6, 30)));
		assertThat(PartialDates.relative("10 minut temu", REFERENCE))
			.hasValueSatisfying((f) -> assertThat(f.dateTime()).isEqualTo(LocalDateTime.of(2020, 10, 9, 8, 20)));
		assertThat(PartialDates.relative("3 horas de viaje", REFERENCE)).isEmpty();
		assertThat(PartialDates.relative("2 heures", REFERENCE)).isEmpty();
	}

}
