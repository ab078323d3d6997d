package io.newsroll.batch.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.newsroll.report.Count;
import io.newsroll.report.ReportPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-day summaries give exactly what one GROUP BY per view over the articles gives
 * (the way reports were computed before), cold, warm, and after articles were added,
 * changed, moved and deleted by every kind of write.
 */
class DaySummariesTest {

	private static final ReportPeriod MAY = new ReportPeriod(LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 31));

	@TempDir
	Path dir;

	private ReportDatabase db;

	@BeforeEach
	void sample() {
		this.db = new ReportDatabase(this.dir);
		Random random = new Random(8);
		String[] sites = { "中工网", "人民网", "新华网", null };
		for (int i = 0; i < 400; i++) {
			LocalDateTime at = LocalDate.of(2019, 4, 25)
				.atStartOfDay()
				.plusMinutes(random.nextInt(42 * 24 * 60))
				.plusSeconds(random.nextInt(60));
			List<String> authors = new ArrayList<>();
			for (int a = random.nextInt(4); a > 0; a--) {
				authors.add("作者" + random.nextInt(30));
			}
			String channel = (random.nextInt(6) == 0) ? null : "频道" + random.nextInt(8);
			String series = (random.nextInt(3) == 0) ? "专题" + random.nextInt(5) : null;
			String editor = (random.nextInt(4) == 0) ? null : "编辑" + random.nextInt(12);
			if (editor != null && random.nextInt(3) == 0) {
				// several editors, joined as the credits join them
				editor += "、编辑" + random.nextInt(12);
			}
			String source = (random.nextInt(2) == 0) ? "工人日报" : null;
			int length = (random.nextInt(10) == 0) ? 480 : random.nextInt(12000);
			this.db.article("x" + i, sites[random.nextInt(sites.length)], channel, series, "标题" + i, authors, editor,
					source, at, length);
		}
	}

	@AfterEach
	void tearDown() {
		this.db.shutdown();
	}

	@Test
	void countsEveryDayOnceThenReadsTheSummariesWithTheSameNumbers() {
		DaySummaries cold = new DaySummaries(this.db.jdbc, true);
		assertThat(views(cold.tally(MAY))).isEqualTo(viewsBySql());
		assertThat(cold.counted()).isEqualTo(31);
		assertThat(cold.kept()).isZero();
		assertThat(this.db.count("SELECT COUNT(*) FROM report_day")).isEqualTo(31);
		DaySummaries warm = new DaySummaries(this.db.jdbc, true);
		assertThat(views(warm.tally(MAY))).isEqualTo(viewsBySql());
		assertThat(warm.kept()).isEqualTo(31);
		assertThat(warm.counted()).isZero();
	}

	@Test
	void countsAgainOnlyTheDaysWhoseArticlesWereWrittenChangedMovedOrDeleted() {
		new DaySummaries(this.db.jdbc, true).tally(MAY);
		String onThe = "SELECT id FROM article WHERE CAST(published_local AS DATE) = ? ORDER BY id FETCH FIRST 1 ROWS ONLY";
		this.db.article("new", "人民网", "工会", null, "新文章", List.of("李明", "李明"), null, null,
				LocalDateTime.of(2019, 5, 10, 12, 0), 777);
		this.db.jdbc.update("UPDATE article SET site = '光明网' WHERE id = ?",
				this.db.jdbc.queryForObject(onThe, String.class, LocalDate.of(2019, 5, 12)));
		this.db.jdbc.update("UPDATE article SET published_local = TIMESTAMP '2019-04-28 08:00:00' WHERE id = ?",
				this.db.jdbc.queryForObject(onThe, String.class, LocalDate.of(2019, 5, 3)));
		this.db.jdbc.update("DELETE FROM article WHERE id = ?",
				this.db.jdbc.queryForObject(onThe, String.class, LocalDate.of(2019, 5, 20)));
		// as ingest rewrites a changed file: MERGE, every column set again
		String rewritten = this.db.jdbc.queryForObject(onThe, String.class, LocalDate.of(2019, 5, 25));
		this.db.jdbc.update("DELETE FROM article_author WHERE article_id = ?", rewritten);
		this.db.jdbc.update("INSERT INTO article_author (article_id, position, name) VALUES (?, 0, '王五')", rewritten);
		this.db.jdbc.update(
				"MERGE INTO article a USING (VALUES (CAST(? AS VARCHAR(64)))) AS v(id) ON a.id = v.id "
						+ "WHEN MATCHED THEN UPDATE SET authors = '王五', body_chars = 5, published = ?, "
						+ "published_local = ? WHEN NOT MATCHED THEN INSERT (id) VALUES (v.id)",
				rewritten, LocalDateTime.of(2019, 5, 25, 6, 0).atOffset(ZoneOffset.ofHours(8)),
				LocalDateTime.of(2019, 5, 25, 6, 0));
		// a column no report counts: no report figure changes
		this.db.jdbc.update("UPDATE article SET warnings = 'checked'");

		DaySummaries again = new DaySummaries(this.db.jdbc, true);
		assertThat(views(again.tally(MAY))).isEqualTo(viewsBySql());
		assertThat(again.counted()).as("May 3, 10, 12, 20 and 25").isEqualTo(5);
		assertThat(again.kept()).isEqualTo(26);
	}

	@Test
	void refreshStoresTheOutOfDateDaysAMonthAtATimeSoTheNextReportCountsNone() {
		DaySummaries refresh = new DaySummaries(this.db.jdbc, true);
		assertThat(refresh.refresh(31)).isEqualTo(31);
		assertThat(refresh.refresh(31)).as("the sample spans 42 days").isEqualTo(11);
		assertThat(refresh.refresh(31)).isZero();
		DaySummaries report = new DaySummaries(this.db.jdbc, true);
		assertThat(views(report.tally(MAY))).isEqualTo(viewsBySql());
		assertThat(report.counted()).isZero();

		this.db.article("new", "人民网", "工会", null, "新文章", List.of("李明"), null, null,
				LocalDateTime.of(2019, 5, 10, 12, 0), 777);
		assertThat(new DaySummaries(this.db.jdbc, true).refresh(31)).isOne();
		DaySummaries after = new DaySummaries(this.db.jdbc, true);
		assertThat(views(after.tally(MAY))).isEqualTo(viewsBySql());
		assertThat(after.counted()).isZero();
	}

	@Test
	void aWriteCountedAfterASummaryWasMadeMakesItStale() {
		new DaySummaries(this.db.jdbc, true).tally(MAY);
		// what a write committed while the day was being counted leaves behind
		this.db.jdbc.update("UPDATE article_day_writes SET writes = writes + 1 WHERE day = DATE '2019-05-07'");
		DaySummaries again = new DaySummaries(this.db.jdbc, true);
		assertThat(views(again.tally(MAY))).isEqualTo(viewsBySql());
		assertThat(again.counted()).isEqualTo(1);
	}

	@Test
	void anUnreadableSummaryIsCountedAgainAndReplaced() {
		new DaySummaries(this.db.jdbc, true).tally(MAY);
		this.db.jdbc.update("UPDATE report_day SET counts = 'garbage' WHERE day = DATE '2019-05-09'");
		DaySummaries again = new DaySummaries(this.db.jdbc, true);
		assertThat(views(again.tally(MAY))).isEqualTo(viewsBySql());
		assertThat(again.counted()).isEqualTo(1);
		assertThat(new DaySummaries(this.db.jdbc, true).tally(MAY))
			.satisfies((t) -> assertThat(views(t)).isEqualTo(viewsBySql()));
	}

	@Test
	void withoutTheSummaryTablesEveryDayIsCountedAndNothingStored() {
		DaySummaries plain = new DaySummaries(this.db.jdbc, false);
		assertThat(views(plain.tally(MAY))).isEqualTo(viewsBySql());
		assertThat(plain.counted()).isEqualTo(31);
		assertThat(this.db.count("SELECT COUNT(*) FROM report_day")).isZero();
	}

	@Test
	void aLongSparsePeriodIsCountedInFewQueriesAndStoresOnlyDaysWithArticles() {
		ReportPeriod years = new ReportPeriod(LocalDate.of(2000, 1, 1), LocalDate.of(2019, 12, 31));
		long days = this.db.count("SELECT COUNT(DISTINCT CAST(published_local AS DATE)) FROM article");
		DaySummaries cold = new DaySummaries(this.db.jdbc, true);
		assertThat(views(cold.tally(years))).isEqualTo(viewsBySql(years));
		assertThat(this.db.count("SELECT COUNT(*) FROM report_day")).isEqualTo(days);
		DaySummaries warm = new DaySummaries(this.db.jdbc, true);
		assertThat(views(warm.tally(years))).isEqualTo(viewsBySql(years));
		assertThat(warm.kept()).isEqualTo(days);
		assertThat(warm.counted()).as("days without articles, looked at again").isEqualTo(years.days() - days);
	}

	private static Map<String, Object> views(ArticleTally tally) {
		Map<String, Object> views = new LinkedHashMap<>();
		views.put("daily", tally.timeline().daily().stream().map((d) -> d.day() + "=" + d.value()).toList());
		views.put("hours", tally.timeline().hours().stream().map(DaySummariesTest::text).toList());
		views.put("time unknown", tally.timeline().timeUnknown());
		views.put("runs", tally.runs().stream().map(DaySummariesTest::text).toList());
		views.put("sites", tally.sites().stream().map(DaySummariesTest::text).toList());
		views.put("channels", tally.channels().stream().map(DaySummariesTest::text).toList());
		views.put("series", tally.series().stream().map(DaySummariesTest::text).toList());
		views.put("editors", tally.editors().stream().map(DaySummariesTest::text).toList());
		views.put("sources", tally.sources().stream().map(DaySummariesTest::text).toList());
		views.put("authors", tally.authors().stream().map(DaySummariesTest::text).toList());
		views.put("lengths", String.format("%.6f %.1f %s", tally.lengths().mean(), tally.lengths().median(),
				tally.lengths().buckets().stream().map(DaySummariesTest::text).toList()));
		return views;
	}

	/**
	 * The same views the way reports computed them before summaries: one GROUP BY per
	 * view over the period's articles, authors from their own table.
	 */
	private Map<String, Object> viewsBySql() {
		return viewsBySql(MAY);
	}

	private Map<String, Object> viewsBySql(ReportPeriod period) {
		String inPeriod = "published_local >= TIMESTAMP '" + period.from()
				+ " 00:00:00' AND published_local < TIMESTAMP '" + period.endExclusive() + " 00:00:00'";
		Map<String, Object> views = new LinkedHashMap<>();
		Map<LocalDate, Long> perDay = new TreeMap<>();
		this.db.jdbc.query("SELECT CAST(published_local AS DATE), COUNT(*) FROM article WHERE " + inPeriod
				+ " GROUP BY CAST(published_local AS DATE)", (java.sql.ResultSet rs) -> {
					perDay.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
				});
		List<String> daily = new ArrayList<>();
		for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
			daily.add(d + "=" + perDay.getOrDefault(d, 0L));
		}
		views.put("daily", daily);
		Map<Integer, Long> perHour = new TreeMap<>();
		String timed = " AND CAST(published_local AS TIME) <> TIME '00:00:00'";
		this.db.jdbc.query("SELECT EXTRACT(HOUR FROM published_local), COUNT(*) FROM article WHERE " + inPeriod + timed
				+ " GROUP BY EXTRACT(HOUR FROM published_local)", (java.sql.ResultSet rs) -> {
					perHour.put(rs.getInt(1), rs.getLong(2));
				});
		List<String> hours = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			hours.add(String.format("%02d=%d", h, perHour.getOrDefault(h, 0L)));
		}
		views.put("hours", hours);
		views.put("time unknown", this.db.jdbc.queryForObject("SELECT COUNT(*) FROM article WHERE " + inPeriod
				+ " AND CAST(published_local AS TIME) = TIME '00:00:00'", Long.class));
		views.put("runs", counts(
				"SELECT CAST(run_id AS VARCHAR(20)), COUNT(*) FROM article WHERE " + inPeriod + " GROUP BY run_id"));
		for (String[] view : new String[][] { { "sites", "site" }, { "channels", "channel" }, { "series", "series" },
				{ "sources", "source_publication" } }) {
			views.put(view[0], counts("SELECT COALESCE(" + view[1] + ", ''), COUNT(*) FROM article WHERE " + inPeriod
					+ " GROUP BY COALESCE(" + view[1] + ", '')"));
		}
		views.put("editors", editorsBySql(inPeriod));
		views.put("authors", counts("SELECT w.name, COUNT(DISTINCT w.article_id) FROM article_author w "
				+ "JOIN article a ON a.id = w.article_id WHERE a." + inPeriod + " GROUP BY w.name"));
		Map<Integer, Long> histogram = new TreeMap<>();
		this.db.jdbc.query("SELECT body_chars, COUNT(*) FROM article WHERE " + inPeriod + " GROUP BY body_chars",
				(java.sql.ResultSet rs) -> {
					histogram.put(rs.getInt(1), rs.getLong(2));
				});
		io.newsroll.report.BodyLengthBuckets lengths = new io.newsroll.report.BodyLengthBuckets(histogram);
		double mean = this.db.jdbc
			.queryForObject("SELECT AVG(CAST(body_chars AS DOUBLE)) FROM article WHERE " + inPeriod, Double.class);
		double median = this.db.jdbc
			.queryForObject("SELECT MEDIAN(CAST(body_chars AS DOUBLE)) FROM article WHERE " + inPeriod, Double.class);
		views.put("lengths", String.format("%.6f %.1f %s", mean, median,
				lengths.buckets().stream().map(DaySummariesTest::text).toList()));
		return views;
	}

	/**
	 * Articles per editor named in {@code article.editor} (names joined by 、), each name
	 * counted once per article, and the articles naming none on the empty row.
	 */
	private List<String> editorsBySql(String inPeriod) {
		String names = "SELECT DISTINCT editor FROM article WHERE editor IS NOT NULL AND " + inPeriod;
		java.util.Set<String> each = new java.util.TreeSet<>();
		for (String joined : this.db.jdbc.queryForList(names, String.class)) {
			each.addAll(List.of(joined.split("、")));
		}
		Map<String, long[]> counts = new TreeMap<>();
		for (String name : each) {
			counts.put(name, new long[] { this.db.count("SELECT COUNT(*) FROM article WHERE " + inPeriod
					+ " AND '、' || editor || '、' LIKE '%、" + name + "、%'") });
		}
		long none = this.db.count("SELECT COUNT(*) FROM article WHERE " + inPeriod + " AND COALESCE(editor, '') = ''");
		if (none > 0) {
			counts.put("", new long[] { none });
		}
		return ArticleTally.sorted(counts).stream().map(DaySummariesTest::text).toList();
	}

	/** Largest first, ties by label, as reports list them. */
	private List<String> counts(String sql) {
		Map<String, long[]> counts = new TreeMap<>();
		this.db.jdbc.query(sql, (java.sql.ResultSet rs) -> {
			counts.put(rs.getString(1), new long[] { rs.getLong(2) });
		});
		return ArticleTally.sorted(counts).stream().map(DaySummariesTest::text).toList();
	}

	private static String text(Count c) {
		return c.label() + "=" + c.value();
	}

}
