package io.newsroll.batch.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

import io.newsroll.report.ReportPeriod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TalliesTest {

	@Test
	void countsEachAuthorOfABylineOnceAndMissingValuesUnderAnEmptyLabel() {
		ArticleTally tally = new ArticleTally(new ReportPeriod(LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 31)));
		tally.add(LocalDateTime.of(2019, 5, 2, 8, 0), "中工网", null, null, "尹文卓", "工人日报", 1200, "李明、王五、李明");
		tally.add(LocalDateTime.of(2019, 5, 3, 9, 0), "中工网", "工会", null, null, null, 800, "李明");
		tally.add(LocalDateTime.of(2019, 5, 3, 9, 30), "人民网", "工会", null, null, null, 800, null);
		assertThat(tally.authors()).extracting((c) -> c.label() + "=" + c.value()).containsExactly("李明=2", "王五=1");
		assertThat(tally.channels()).extracting((c) -> c.label() + "=" + c.value()).containsExactly("工会=2", "=1");
		assertThat(tally.sites()).extracting((c) -> c.label() + "=" + c.value()).containsExactly("中工网=2", "人民网=1");
		assertThat(tally.timeline().total()).isEqualTo(3);
		assertThat(tally.timeline().hours().get(9).value()).isEqualTo(2);
		assertThat(tally.lengths().median()).isEqualTo(800.0);
	}

	@Test
	void keepsOnlyTheMostCopiedArticlesButCountsThemAll() {
		LinkTally tally = new LinkTally(2);
		tally.add("a", 1, 0);
		tally.add("b", 3, 1);
		tally.add("c", 0, 2);
		tally.add("d", 2, 0);
		assertThat(tally.reprinted()).isEqualTo(3);
		assertThat(tally.duplicated()).isEqualTo(2);
		assertThat(tally.top()).extracting(LinkTally.Copies::id).containsExactly("b", "d");
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
