package io.newsroll.batch.report;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.newsroll.batch.db.Migrations;
import io.newsroll.report.ArticleRow;
import io.newsroll.report.BodyLengthBuckets;
import io.newsroll.report.Count;
import io.newsroll.report.Headline;
import io.newsroll.report.Kpis;
import io.newsroll.report.MentionedPerson;
import io.newsroll.report.MonthlyMention;
import io.newsroll.report.RejectRow;
import io.newsroll.report.ReportData;
import io.newsroll.report.ReportInputs;
import io.newsroll.report.PreviousPeriod;
import io.newsroll.report.ReportPeriod;
import io.newsroll.report.ReprintedArticle;
import io.newsroll.report.RosterContributor;
import io.newsroll.report.RowSource;
import io.newsroll.report.RunRow;
import io.newsroll.report.Timeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Computes a report's numbers from the database without ever holding the articles: the
 * per-article views come from day summaries, counting only the days whose articles
 * changed (see {@link DaySummaries}), GROUP BYs compute the joins (copies, mentions,
 * roster contributors, rejects, runs), and the article and reject lists are handed out as
 * cursors that the renderer walks while it writes. Optional tables (roster mentions,
 * Spring Batch's run history) are looked up first; when one is missing its views are
 * empty rather than failing the report.
 */
class ReportQueries {

	private static final Logger log = LoggerFactory.getLogger(ReportQueries.class);

	/**
	 * Longest top lists kept (reprinted articles); the views by site, author... are kept
	 * whole.
	 */
	static final int TOP_REPRINTS = 200;

	/** Sites and sources followed over the period, step by step. */
	static final int TREND_ROWS = 10;

	private static final String IN_PERIOD = "a.published_local >= ? AND a.published_local < ?";

	private final JdbcTemplate jdbc;

	private final StreamedQueries streamed;

	ReportQueries(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(StreamedQueries.FETCH_SIZE);
		this.streamed = new StreamedQueries(this.jdbc);
	}

	ReportData load(ReportPeriod period, ZoneId zone, ZonedDateTime generatedAt) {
		Object[] p = { period.from().atStartOfDay(), period.endExclusive().atStartOfDay() };
		Tables tables = tables();
		// counting the period's articles (where their days have no current summary) takes
		// most of the time; the joins over links and mentions run beside it on their own
		// connections
		ExecutorService pool = Executors.newFixedThreadPool(2, (task) -> {
			Thread thread = new Thread(task, "report-query");
			thread.setDaemon(true);
			return thread;
		});
		try {
			Future<LinkTally> links = pool.submit(() -> timed("copies", () -> links(p)));
			Future<List<MonthlyMention>> monthlyMentions = pool.submit(
					() -> tables.mentions() ? timed("mentions", () -> monthlyMentions(p)) : List.<MonthlyMention>of());
			ArticleTally tally = timed("article views",
					() -> new DaySummaries(this.jdbc, tables.summaries()).tally(period));
			BodyLengthBuckets lengths = tally.lengths();
			Timeline timeline = tally.timeline();
			List<Count> sites = tally.sites();
			List<Count> channels = tally.channels();
			List<Count> series = tally.series();
			List<Count> editors = tally.editors();
			List<Count> authors = tally.authors();

			Map<Long, Long> loaded = new HashMap<>();
			tally.runs().forEach((c) -> loaded.put(Long.parseLong(c.label()), c.value()));
			Object[] processed = { period.from().atStartOfDay(zone).toOffsetDateTime(),
					period.endExclusive().atStartOfDay(zone).toOffsetDateTime() };
			String ofRuns = loaded.isEmpty() ? ""
					: " OR r.run_id IN (" + String.join(", ", Collections.nCopies(loaded.size(), "?")) + ")";
			Object[] rejectArgs = concat(processed, loaded.keySet().toArray());
			List<Count> rejectsByReason = this.jdbc
				.query("SELECT r.reason, COUNT(*) FROM reject r WHERE (r.created_at >= ? AND r.created_at < ?" + ofRuns
						+ ") GROUP BY r.reason ORDER BY 2 DESC, 1", COUNT, rejectArgs);
			long rejects = rejectsByReason.stream().mapToLong(Count::value).sum();
			List<RunRow> runs = tables.batch() ? runs(period, zone, loaded) : List.of();
			List<RosterContributor> contributors = new RosterMatches(this.jdbc, period).contributors(authors, editors);
			LinkTally linked = links.get();
			List<MonthlyMention> byMonth = monthlyMentions.get();
			ReportPeriod before = PreviousPeriod.before(period);
			ArticleTally previous = timed("previous period",
					() -> new DaySummaries(this.jdbc, tables.summaries()).tally(before));

			Kpis kpis = new Kpis(timeline.total(), distinct(sites), distinct(channels), distinct(series),
					authors.size(), distinct(editors), lengths.mean(), lengths.median(), linked.duplicated(),
					linked.reprinted(), rejects, runs.size());
			ReportInputs inputs = new ReportInputs(tables.url(), zone, tables.schemaVersion(), articlesInDatabase(),
					tables.mentions(), tables.batch(), newestArticle());
			List<ReprintedArticle> reprinted = reprinted(linked.top());
			return new ReportData(period, generatedAt, inputs, kpis, timeline.daily(), timeline.weekly(),
					timeline.monthly(), timeline.hours(), timeline.weekdays(), sites, channels, series, authors,
					editors, tally.sources(), lengths.buckets(), rejectsByReason, mentions(byMonth), byMonth,
					contributors, reprinted, runs, articles(period), rejects(ofRuns, rejectArgs),
					timeline.timeUnknown(),
					new PreviousPeriod(before, previous.timeline().total(), distinct(previous.sites()),
							previous.authors().size()),
					headlines(period, reprinted), tally.trend(DayCounts.View.SITE, TREND_ROWS),
					tally.trend(DayCounts.View.SOURCE, TREND_ROWS));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while computing the report", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Runs a step of the computation, logging its time (DEBUG) for whoever tunes the
	 * database.
	 */
	private static <T> T timed(String step, Supplier<T> work) {
		long start = System.nanoTime();
		T result = work.get();
		log.debug("report {}: {} ms", step, (System.nanoTime() - start) / 1_000_000);
		return result;
	}

	/**
	 * Copies per article of the period. Links are (original, copy): an article counts as
	 * duplicated or reprinted when it is on either side of a link of that kind (every
	 * member of a group, the original included), and an original's copies are its links
	 * of that kind.
	 */
	private LinkTally links(Object[] p) {
		LinkTally tally = new LinkTally(TOP_REPRINTS);
		RowSource<Object> rows = this.streamed.cursor(
				"SELECT x.id, SUM(CASE WHEN x.kind = 'REPRINT' THEN x.copies ELSE 0 END), "
						+ "SUM(CASE WHEN x.kind = 'DUPLICATE' THEN x.copies ELSE 0 END), "
						+ "MAX(CASE WHEN x.kind = 'REPRINT' THEN 1 ELSE 0 END), "
						+ "MAX(CASE WHEN x.kind = 'DUPLICATE' THEN 1 ELSE 0 END) FROM (SELECT article_id AS id, kind, "
						+ "1 AS copies FROM article_link UNION ALL SELECT other_id AS id, kind, 0 AS copies "
						+ "FROM article_link) x JOIN article a ON a.id = x.id WHERE " + IN_PERIOD + " GROUP BY x.id",
				(rs) -> {
					tally.add(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getInt(4) > 0, rs.getInt(5) > 0);
					return Boolean.TRUE;
				}, p);
		rows.forEach((row) -> {
		});
		return tally;
	}

	/**
	 * Title, site and time of the originals with the most copies, in the tally's order.
	 */
	private List<ReprintedArticle> reprinted(List<LinkTally.Copies> top) {
		if (top.isEmpty()) {
			return List.of();
		}
		Map<String, Object[]> details = new HashMap<>();
		String marks = String.join(", ", Collections.nCopies(top.size(), "?"));
		this.jdbc.query(
				"SELECT a.id, a.title, a.site, a.published_local, a.url FROM article a WHERE a.id IN (" + marks + ")",
				(ResultSet rs) -> {
					details.put(rs.getString(1), new Object[] { rs.getString(2), rs.getString(3),
							rs.getObject(4, LocalDateTime.class), rs.getString(5) });
				}, top.stream().map(LinkTally.Copies::id).toArray());
		List<ReprintedArticle> list = new ArrayList<>();
		for (LinkTally.Copies c : top) {
			Object[] d = details.get(c.id());
			if (d != null) {
				list.add(new ReprintedArticle(c.id(), (String) d[0], (String) d[1], (LocalDateTime) d[2], (String) d[3],
						c.reprints(), c.duplicates()));
			}
		}
		return list;
	}

	/**
	 * Totals per person from the monthly figures: an article falls in one month only, so
	 * the distinct articles of the months add up to the person's distinct articles.
	 */
	static List<MentionedPerson> mentions(List<MonthlyMention> byMonth) {
		Map<String, long[]> totals = new HashMap<>();
		for (MonthlyMention m : byMonth) {
			long[] t = totals.computeIfAbsent(m.name(), (k) -> new long[2]);
			t[0] += m.articles();
			t[1] += m.mentions();
		}
		List<MentionedPerson> people = new ArrayList<>();
		totals.forEach((name, t) -> people.add(new MentionedPerson(name, t[0], t[1])));
		people.sort(Comparator.comparingLong(MentionedPerson::articles)
			.thenComparingLong(MentionedPerson::mentions)
			.reversed()
			.thenComparing(MentionedPerson::name));
		return people;
	}

	/**
	 * Roster people the period's articles mention; rows that only say "author" or
	 * "editor" are no mention.
	 */
	private List<MonthlyMention> monthlyMentions(Object[] p) {
		return this.jdbc.query("SELECT m.name, EXTRACT(YEAR FROM a.published_local), "
				+ "EXTRACT(MONTH FROM a.published_local), COUNT(DISTINCT m.article_id), "
				+ "SUM(m.title_mentions + m.body_mentions) FROM article_mention m JOIN article a ON a.id = m.article_id "
				+ "WHERE " + IN_PERIOD + MENTIONED + " GROUP BY m.name, EXTRACT(YEAR FROM a.published_local), "
				+ "EXTRACT(MONTH FROM a.published_local) ORDER BY 2, 3, 4 DESC, 5 DESC, 1",
				(rs, i) -> new MonthlyMention(rs.getString(1), YearMonth.of(rs.getInt(2), rs.getInt(3)), rs.getLong(4),
						rs.getLong(5)),
				p);
	}

	private static final String MENTIONED = " AND m.title_mentions + m.body_mentions > 0";

	/**
	 * All articles stored; HSQLDB keeps the count in its statistics, elsewhere it is a
	 * COUNT(*).
	 */
	private long articlesInDatabase() {
		return this.jdbc.execute((ConnectionCallback<Long>) (con) -> {
			String sql = StreamedQueries.isHsqldb(con)
					? "SELECT CARDINALITY FROM INFORMATION_SCHEMA.SYSTEM_TABLESTATS "
							+ "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = 'ARTICLE'"
					: "SELECT COUNT(*) FROM article";
			try (Statement st = con.createStatement(); ResultSet rs = st.executeQuery(sql)) {
				return rs.next() ? rs.getLong(1) : 0L;
			}
		});
	}

	private static final RowMapper<Count> COUNT = (rs, i) -> new Count(nullToEmpty(rs.getString(1)), rs.getLong(2));

	private static long distinct(List<Count> counts) {
		return counts.stream().filter((c) -> !c.label().isEmpty()).count();
	}

	/**
	 * The job executions that loaded the period's articles, and those started in the
	 * period, with their steps' counts summed. Partition workers
	 * ({@code step:partitionN}) are left out because their manager step already sums
	 * them. Spring Batch keeps its times in the JVM's zone; they are shown in the
	 * report's.
	 */
	private List<RunRow> runs(ReportPeriod period, ZoneId zone, Map<Long, Long> loaded) {
		ZoneId jvm = ZoneId.systemDefault();
		String ofRuns = loaded.isEmpty() ? ""
				: " OR e.JOB_EXECUTION_ID IN (" + String.join(", ", Collections.nCopies(loaded.size(), "?")) + ")";
		Object[] args = concat(
				new Object[] { period.from().atStartOfDay(zone).withZoneSameInstant(jvm).toLocalDateTime(),
						period.endExclusive().atStartOfDay(zone).withZoneSameInstant(jvm).toLocalDateTime() },
				loaded.keySet().toArray());
		return this.jdbc.query("SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.START_TIME, e.END_TIME, "
				+ "COALESCE(SUM(s.READ_COUNT), 0), COALESCE(SUM(s.WRITE_COUNT), 0), COALESCE(SUM(s.FILTER_COUNT), 0), "
				+ "COALESCE(SUM(s.READ_SKIP_COUNT + s.PROCESS_SKIP_COUNT + s.WRITE_SKIP_COUNT), 0) "
				+ "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
				+ "LEFT JOIN BATCH_STEP_EXECUTION s ON s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
				+ "AND s.STEP_NAME NOT LIKE '%:partition%' WHERE (e.START_TIME >= ? AND e.START_TIME < ?" + ofRuns
				+ ") GROUP BY e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.START_TIME, e.END_TIME "
				+ "ORDER BY e.JOB_EXECUTION_ID",
				(rs, i) -> new RunRow(rs.getLong(1), rs.getString(2), rs.getString(3),
						inZone(rs.getObject(4, LocalDateTime.class), jvm, zone),
						inZone(rs.getObject(5, LocalDateTime.class), jvm, zone), rs.getLong(6), rs.getLong(7),
						rs.getLong(8), rs.getLong(9), loaded.getOrDefault(rs.getLong(1), 0L)),
				args);
	}

	private static LocalDateTime inZone(LocalDateTime t, ZoneId from, ZoneId to) {
		return (t != null) ? t.atZone(from).withZoneSameInstant(to).toLocalDateTime() : null;
	}

	private static Object[] concat(Object[] a, Object[] b) {
		Object[] all = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	/**
	 * When the newest article of the database was published, or null when it has none.
	 */
	private LocalDateTime newestArticle() {
		return this.jdbc.queryForObject("SELECT MAX(published_local) FROM article",
				(rs, i) -> rs.getObject(1, LocalDateTime.class));
	}

	/** Headlines listed on the summary. */
	static final int HEADLINES = 15;

	/**
	 * The period's most copied articles (up to two thirds of the list), then its latest
	 * ones: the stories a reader of the summary asks about.
	 */
	private List<Headline> headlines(ReportPeriod period, List<ReprintedArticle> reprinted) {
		Map<String, Headline> list = new LinkedHashMap<>();
		for (ReprintedArticle r : reprinted) {
			if (list.size() >= HEADLINES * 2 / 3) {
				break;
			}
			list.put(r.id(),
					new Headline(r.id(), r.title(), r.site(), r.published(), r.url(), r.reprints() + r.duplicates()));
		}
		this.jdbc.query(
				"SELECT a.id, a.title, a.site, a.published_local, a.url FROM article a WHERE " + IN_PERIOD
						+ " ORDER BY a.published_local DESC, a.id FETCH FIRST " + HEADLINES + " ROWS ONLY",
				(ResultSet rs) -> {
					if (list.size() < HEADLINES) {
						list.putIfAbsent(rs.getString(1), new Headline(rs.getString(1), rs.getString(2),
								rs.getString(3), rs.getObject(4, LocalDateTime.class), rs.getString(5), 0));
					}
				}, period.from().atStartOfDay(), period.endExclusive().atStartOfDay());
		return List.copyOf(list.values());
	}

	private RowSource<ArticleRow> articles(ReportPeriod period) {
		return this.streamed.weekByWeek(
				"SELECT a.id, a.published_local, a.site, a.channel, a.series, a.title, a.authors, a.editor, "
						+ "a.source_publication, a.body_chars, a.url, a.file FROM article a WHERE " + IN_PERIOD
						+ " ORDER BY a.published_local, a.id",
				(rs) -> new ArticleRow(rs.getString(1), rs.getObject(2, LocalDateTime.class), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
						rs.getString(9), rs.getInt(10), rs.getString(11), rs.getString(12)),
				period.from(), period.endExclusive());
	}

	private RowSource<RejectRow> rejects(String ofRuns, Object[] args) {
		return this.streamed.cursor(
				"SELECT r.created_at, r.run_id, r.reason, r.file, r.location, r.message FROM reject r "
						+ "WHERE (r.created_at >= ? AND r.created_at < ?" + ofRuns + ") ORDER BY r.created_at, r.id",
				(rs) -> new RejectRow(rs.getObject(1, OffsetDateTime.class), rs.getLong(2), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6)),
				args);
	}

	/** The optional tables present, and how the database names itself. */
	private record Tables(String url, int schemaVersion, boolean batch, boolean mentions, boolean summaries) {
	}

	private Tables tables() {
		return this.jdbc.execute((ConnectionCallback<Tables>) (con) -> {
			DatabaseMetaData meta = con.getMetaData();
			// article_mention comes with schema V2 (roster work); an older database
			// simply has no mention views
			boolean mentions = !columns(meta, "ARTICLE_MENTION").isEmpty();
			boolean batch = !columns(meta, "BATCH_JOB_EXECUTION").isEmpty()
					&& !columns(meta, "BATCH_STEP_EXECUTION").isEmpty();
			int version = Migrations.version(con);
			// day summaries come with schema V5; without them every day is counted
			boolean summaries = !columns(meta, "REPORT_DAY").isEmpty()
					&& !columns(meta, "ARTICLE_DAY_WRITES").isEmpty();
			return new Tables(withoutCredentials(meta.getURL()), version, batch, mentions, summaries);
		});
	}

	private static Set<String> columns(DatabaseMetaData meta, String table) throws SQLException {
		Set<String> columns = new TreeSet<>();
		for (String t : new String[] { table, table.toLowerCase(Locale.ROOT) }) {
			try (ResultSet rs = meta.getColumns(null, null, t, null)) {
				while (rs.next()) {
					columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
				}
			}
		}
		return columns;
	}

	/** A JDBC URL fit to print: password and user parameters removed. */
	static String withoutCredentials(String url) {
		if (url == null) {
			return "";
		}
		return url.replaceAll("(?i)([;?&](password|user|pwd)=)[^;&]*", "").replaceAll("//[^/@]*@", "//");
	}

	private static String nullToEmpty(String s) {
		return (s != null) ? s : "";
	}

}
