package io.newsroll.batch.report;

import java.time.LocalDate;

import io.newsroll.report.ReportPeriod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TalliesTest {

	@Test
	void countsEachAuthorOfABylineOnceAndMissingValuesUnderAnEmptyLabel() {
		ArticleTally tally = new ArticleTally(new ReportPeriod(LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 31)));
		DayCounts second = new DayCounts();
		second.add(8, "中工网", null, null, "尹文卓", "工人日报", 1200, "李明、王五、李明", 7L);
		DayCounts third = new DayCounts();
		third.add(9, "中工网", "工会", null, null, null, 800, "李明", 7L);
		third.add(9, "人民网", "工会", null, null, null, 800, null, 7L);
		tally.add(LocalDate.of(2019, 5, 2), second);
		tally.add(LocalDate.of(2019, 5, 3), third);
		assertThat(tally.authors()).extracting((c) -> c.label() + "=" + c.value()).containsExactly("李明=2", "王五=1");
		assertThat(tally.channels()).extracting((c) -> c.label() + "=" + c.value()).containsExactly("工会=2", "=1");
		assertThat(tally.sites()).extracting((c) -> c.label() + "=" + c.value()).containsExactly("中工网=2", "人民网=1");
		assertThat(tally.timeline().total()).isEqualTo(3);
		assertThat(tally.timeline().hours().get(9).value()).isEqualTo(2);
		assertThat(tally.timeline().daily().get(2).value()).isEqualTo(2);
		assertThat(tally.lengths().median()).isEqualTo(800.0);
	}

	@Test
	void dayCountsReadBackFromTheirTextExactlyWhateverTheLabels() {
		DayCounts day = new DayCounts();
		day.add(0, "中工网", "tab\there", null, "line\nbreak", "", 1200, "李明、a\\b、c\td", 7L);
		day.add(23, "网站\t\n\\", "工会", "专题", null, null, 0, " 、 ", 7L);
		day.add(23, "中工网", "\\", "专题", null, "工人日报", 1200, null, 7L);
		day.add(12, "with\ttab", "with\nnewline\r", "x", "y", "z", 99999, "张三", 7L);
		DayCounts copy = DayCounts.decode(day.encode());
		assertThat(copy.articles()).isEqualTo(4);
		assertThat(copy.hours()[23]).isEqualTo(2);
		for (DayCounts.View view : DayCounts.View.values()) {
			assertThat(labels(copy, view)).isEqualTo(labels(day, view));
		}
		assertThat(labels(copy, DayCounts.View.SERIES)).containsEntry("专题", 2L).containsEntry("", 1L);
		assertThat(copy.lengths().keySet()).containsExactlyInAnyOrder(0, 1200, 99999);
		assertThat(copy.lengths().get(1200)[0]).isEqualTo(2);
		assertThat(labels(copy, DayCounts.View.CHANNEL)).containsKeys("tab\there", "\\", "with\nnewline\r");
		assertThat(DayCounts.decode(new DayCounts().encode()).articles()).isZero();
	}

	@Test
	void aDateWithoutATimeIsCountedAsTimeUnknownNotAsMidnight() {
		assertThat(DaySummaries.hour(LocalDate.of(2024, 5, 28).atStartOfDay())).isEqualTo(DayCounts.TIME_UNKNOWN);
		assertThat(DaySummaries.hour(LocalDate.of(2024, 5, 28).atTime(0, 0, 1))).isZero();
		assertThat(DaySummaries.hour(LocalDate.of(2024, 5, 28).atTime(23, 59))).isEqualTo(23);
		ArticleTally tally = new ArticleTally(new ReportPeriod(LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 1)));
		DayCounts day = new DayCounts();
		day.add(DayCounts.TIME_UNKNOWN, "中工网", null, null, null, null, 100, null, 3L);
		day.add(0, "中工网", null, null, null, null, 100, null, 4L);
		tally.add(LocalDate.of(2019, 5, 1), DayCounts.decode(day.encode()));
		assertThat(tally.timeline().total()).isEqualTo(2);
		assertThat(tally.timeline().hours().get(0).value()).isEqualTo(1);
		assertThat(tally.timeline().timeUnknown()).isEqualTo(1);
		assertThat(tally.runs()).extracting((c) -> c.label() + "=" + c.value()).containsExactly("3=1", "4=1");
	}

	@Test
	void eachEditorOfAnArticleCountsOnceAndAnArticleWithoutEditorOnTheNoneRow() {
		DayCounts day = new DayCounts();
		day.add(9, "中工网", null, null, "尹文卓、 赵六 、尹文卓", null, 100, null, 1L);
		day.add(9, "中工网", null, null, "赵六", null, 100, null, 1L);
		day.add(9, "中工网", null, null, null, null, 100, null, 1L);
		day.add(9, "中工网", null, null, " 、 ", null, 100, null, 1L);
		ArticleTally tally = new ArticleTally(new ReportPeriod(LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 1)));
		tally.add(LocalDate.of(2019, 5, 1), DayCounts.decode(day.encode()));
		assertThat(tally.editors()).extracting((c) -> c.label() + "=" + c.value())
			.containsExactly("=2", "赵六=2", "尹文卓=1");
	}

	@Test
	void aSummaryMadeBeforeEditorsWereToldApartIsOutOfDate() {
		String old = "H" + "\t0".repeat(24) + "\t1\n" + "e\t尹文卓、赵六\t1\n";
		assertThatIllegalArgumentException().isThrownBy(() -> DayCounts.decode(old)).withMessageContaining("editors");
	}

	@Test
	void aSummaryMadeBeforeTimeUnknownWasCountedIsOutOfDate() {
		String old = "h" + "\t0".repeat(23) + "\t5\n" + "s\t中工网\t5\n";
		assertThatIllegalArgumentException().isThrownBy(() -> DayCounts.decode(old))
			.withMessageContaining("time of day");
	}

	@Test
	void refusesMalformedDayCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> DayCounts.decode("H\t1\t2\n"));
		assertThatIllegalArgumentException().isThrownBy(() -> DayCounts.decode("x\tlabel\t3\n"));
		assertThatIllegalArgumentException().isThrownBy(() -> DayCounts.decode("s\tno count\n"));
	}

	private static java.util.Map<String, Long> labels(DayCounts day, DayCounts.View view) {
		java.util.Map<String, Long> labels = new java.util.TreeMap<>();
		day.counts(view).forEach((label, n) -> labels.put(label, n[0]));
		return labels;
	}

	@Test
	void keepsOnlyTheOriginalsWithMostCopiesButCountsEveryGroupMember() {
		LinkTally tally = new LinkTally(2);
		tally.add("a", 1, 0, true, false);
		tally.add("b", 3, 1, true, true);
		tally.add("c", 0, 2, false, true);
		tally.add("d", 2, 0, true, false);
		// copies: in a group, with no copies of their own
		tally.add("e", 0, 0, true, true);
		tally.add("f", 0, 0, false, true);
		assertThat(tally.reprinted()).isEqualTo(4);
		assertThat(tally.duplicated()).isEqualTo(4);
		assertThat(tally.top()).extracting(LinkTally.Copies::id).containsExactly("b", "d");
	}

	@Test
	void listsNoCopyAmongTheMostCopied() {
		LinkTally tally = new LinkTally(5);
		tally.add("original", 0, 2, false, true);
		tally.add("copy1", 0, 0, false, true);
		tally.add("copy2", 0, 0, false, true);
		assertThat(tally.duplicated()).isEqualTo(3);
		assertThat(tally.top()).extracting((c) -> c.id() + " " + c.duplicates()).containsExactly("original 2");
	}

	@Test
	void totalsMentionsPerPersonFromTheMonths() {
		var byMonth = java.util.List.of(
				new io.newsroll.report.MonthlyMention("王东明", java.time.YearMonth.of(2019, 5), 2, 3),
				new io.newsroll.report.MonthlyMention("陈刚", java.time.YearMonth.of(2019, 5), 3, 3),
				new io.newsroll.report.MonthlyMention("王东明", java.time.YearMonth.of(2019, 6), 2, 5));
		assertThat(ReportQueries.mentions(byMonth))
			.extracting((m) -> m.name() + ":" + m.articles() + "/" + m.mentions())
			.containsExactly("王东明:4/8", "陈刚:3/3");
	}

}
