package io.newsroll.report;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TimelineTest {

	private final ReportPeriod period = new ReportPeriod(LocalDate.of(2019, 12, 28), LocalDate.of(2020, 1, 3));

	@Test
	void showsEmptyDaysAndCutsWeeksAndMonthsAtThePeriod() {
		Timeline t = new Timeline(this.period);
		t.add(LocalDate.of(2019, 12, 28), 8, 3);
		t.add(LocalDate.of(2019, 12, 28), 9, 1);
		t.add(LocalDate.of(2020, 1, 2), 23, 2);
		assertThat(t.total()).isEqualTo(6);
		assertThat(t.daily()).extracting(DayCount::value).containsExactly(4L, 0L, 0L, 0L, 0L, 2L, 0L);
		// 2019-12-30 starts ISO week 1 of 2020
		assertThat(t.weekly()).extracting((c) -> c.label() + "=" + c.value())
			.containsExactly("2019-W52=4", "2020-W01=2");
		assertThat(t.monthly()).extracting((c) -> c.label() + "=" + c.value())
			.containsExactly("2019-12=4", "2020-01=2");
		assertThat(t.hours()).hasSize(24);
		assertThat(t.hours().get(8)).isEqualTo(new Count("08", 3));
		assertThat(t.weekdays().get(DayOfWeek.SATURDAY.ordinal()).value()).isEqualTo(4);
		assertThat(t.weekdays().get(DayOfWeek.THURSDAY.ordinal()).value()).isEqualTo(2);
	}

	@Test
	void refusesDaysOutsideThePeriod() {
		Timeline t = new Timeline(this.period);
		assertThatIllegalArgumentException().isThrownBy(() -> t.add(LocalDate.of(2020, 1, 4), 0, 1));
	}

}
