package io.newsroll.batch.report;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import javax.sql.DataSource;

import io.newsroll.report.ArticleRow;
import io.newsroll.report.BodyLengthBuckets;
import io.newsroll.report.Count;
import io.newsroll.report.Kpis;
import io.newsroll.report.MentionedPerson;
import io.newsroll.report.MonthlyMention;
import io.newsroll.report.RejectRow;
import io.newsroll.report.ReportData;
import io.newsroll.report.ReportInputs;
import io.newsroll.report.ReportPeriod;
import io.newsroll.report.ReprintedArticle;
import io.newsroll.report.RosterContributor;
import io.newsroll.report.RowSource;
import io.newsroll.report.RunSummary;
import io.newsroll.report.Timeline;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Computes a report's numbers in the database: every view is one GROUP BY over the period's articles,
 * so memory holds results, never articles. The article and reject lists are handed out as cursors that
 * the renderer walks while it writes. Optional tables (roster mentions, Spring Batch's run history) are
 * looked up first; when one is missing its views are empty rather than failing the report.
 */
class ReportQueries {

	/** Rows fetched per round trip while streaming the article list. */
	static final int FETCH_SIZE = 1000;

	/** Longest top lists kept (reprinted articles); the views by site, author... are kept whole. */
	static final int TOP_REPRINTS = 200;

	private static final String IN_PERIOD = "a.published_local >= ? AND a.published_local < ?";

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	ReportQueries(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
	}

	ReportData load(ReportPeriod period, ZoneId zone, ZonedDateTime generatedAt) {
		Object[] p = { period.from().atStartOfDay(), period.endExclusive().atStartOfDay() };
		Tables tables = tables();

		Timeline timeline = new Timeline(period);
		this.jdbc.query("SELECT CAST(a.published_local AS DATE), EXTRACT(HOUR FROM a.published_local), COUNT(*) "
				+ "FROM article a WHERE " + IN_PERIOD
				+ " GROUP BY CAST(a.published_local AS DATE), EXTRACT(HOUR FROM a.published_local)",
				(ResultSet rs) -> {
					timeline.add(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getLong(3));
				}, p);

		List<Count> sites = countBy("a.site", p);
		List<Count> channels = countBy("a.channel", p);
		List<Count> series = countBy("a.series", p);
		List<Count> editors = countBy("a.editor", p);
		List<Count> sources = countBy("a.source_publication", p);
		List<Count> authors = this.jdbc.query("SELECT aa.name, COUNT(DISTINCT aa.article_id) FROM article_author aa "
				+ "JOIN article a ON a.id = aa.article_id WHERE " + IN_PERIOD
				+ " GROUP BY aa.name ORDER BY 2 DESC, 1", COUNT, p);

		Map<Integer, Long> histogram = new HashMap<>();
		this.jdbc.query("SELECT a.body_chars, COUNT(*) FROM article a WHERE " + IN_PERIOD + " GROUP BY a.body_chars",
				(ResultSet rs) -> {
					histogram.put(rs.getInt(1), rs.getLong(2));
				}, p);
		BodyLengthBuckets lengths = new BodyLengthBuckets(histogram);

		Map<String, Long> linkedArticles = new HashMap<>();
		this.jdbc.query("SELECT x.kind, COUNT(DISTINCT x.id) FROM (SELECT article_id AS id, kind FROM article_link "
				+ "UNION ALL SELECT other_id AS id, kind FROM article_link) x JOIN article a ON a.id = x.id WHERE "
				+ IN_PERIOD + " GROUP BY x.kind", (ResultSet rs) -> {
					linkedArticles.put(rs.getString(1), rs.getLong(2));
				}, p);
		List<ReprintedArticle> reprinted = this.jdbc.query("SELECT a.id, a.title, a.site, a.published_local, "
				+ "SUM(CASE WHEN x.kind = 'REPRINT' THEN 1 ELSE 0 END) r, "
				+ "SUM(CASE WHEN x.kind = 'DUPLICATE' THEN 1 ELSE 0 END) d "
				+ "FROM (SELECT article_id AS id, kind FROM article_link UNION ALL "
				+ "SELECT other_id AS id, kind FROM article_link) x JOIN article a ON a.id = x.id WHERE " + IN_PERIOD
				+ " GROUP BY a.id, a.title, a.site, a.published_local ORDER BY r + d DESC, r DESC, a.published_local, a.id "
				+ "FETCH FIRST " + TOP_REPRINTS + " ROWS ONLY",
				(rs, i) -> new ReprintedArticle(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getObject(4, LocalDateTime.class), rs.getLong(5), rs.getLong(6)),
				p);

		Object[] processed = { period.from().atStartOfDay(zone).toOffsetDateTime(),
				period.endExclusive().atStartOfDay(zone).toOffsetDateTime() };
		List<Count> rejectsByReason = this.jdbc.query("SELECT r.reason, COUNT(*) FROM reject r "
				+ "WHERE r.created_at >= ? AND r.created_at < ? GROUP BY r.reason ORDER BY 2 DESC, 1", COUNT, processed);
		long rejects = rejectsByReason.stream().mapToLong(Count::value).sum();

		List<RunSummary> runs = tables.batch() ? runs(period) : List.of();
		List<MentionedPerson> mentions = List.of();
		List<MonthlyMention> monthlyMentions = List.of();
		if (tables.mentions()) {
			// a row can exist only because the person wrote or edited the article: those are not mentions
			String mentioned = " AND m.title_mentions + m.body_mentions > 0";
			mentions = this.jdbc.query("SELECT m.name, COUNT(DISTINCT m.article_id), SUM(m.title_mentions + m.body_mentions) "
					+ "FROM article_mention m JOIN article a ON a.id = m.article_id WHERE " + IN_PERIOD + mentioned
					+ " GROUP BY m.name ORDER BY 2 DESC, 3 DESC, 1",
					(rs, i) -> new MentionedPerson(rs.getString(1), rs.getLong(2), rs.getLong(3)), p);
			monthlyMentions = this.jdbc.query("SELECT m.name, EXTRACT(YEAR FROM a.published_local), "
					+ "EXTRACT(MONTH FROM a.published_local), COUNT(DISTINCT m.article_id), "
					+ "SUM(m.title_mentions + m.body_mentions) FROM article_mention m JOIN article a ON a.id = m.article_id "
					+ "WHERE " + IN_PERIOD + mentioned + " GROUP BY m.name, EXTRACT(YEAR FROM a.published_local), "
					+ "EXTRACT(MONTH FROM a.published_local) ORDER BY 2, 3, 4 DESC, 5 DESC, 1",
					(rs, i) -> new MonthlyMention(rs.getString(1), YearMonth.of(rs.getInt(2), rs.getInt(3)),
							rs.getLong(4), rs.getLong(5)),
					p);
		}

		Kpis kpis = new Kpis(timeline.total(), distinct(sites), distinct(channels), distinct(series), distinct(authors),
				distinct(editors), lengths.mean(), lengths.median(), linkedArticles.getOrDefault("DUPLICATE", 0L),
				linkedArticles.getOrDefault("REPRINT", 0L), rejects, runs.size());
		ReportInputs inputs = new ReportInputs(tables.url(), zone, tables.schemaVersion(),
				count("SELECT COUNT(*) FROM article"), tables.mentions(), tables.batch());
		return new ReportData(period, generatedAt, inputs, kpis, timeline.daily(), timeline.weekly(),
				timeline.monthly(), timeline.hours(), timeline.weekdays(), sites, channels, series, authors, editors,
				sources, lengths.buckets(), rejectsByReason, mentions, monthlyMentions, rosterContributors(p), reprinted,
				runs, articles(p), rejects(processed));
	}

	private static final RowMapper<Count> COUNT = (rs, i) -> new Count(nullToEmpty(rs.getString(1)), rs.getLong(2));

	/** Articles per value of a column of {@code article}; the column is one of ours, never user input. */
	private List<Count> countBy(String column, Object[] p) {
		return this.jdbc.query("SELECT " + column + ", COUNT(*) FROM article a WHERE " + IN_PERIOD + " GROUP BY "
				+ column + " ORDER BY 2 DESC, 1", COUNT, p);
	}

	private static long distinct(List<Count> counts) {
		return counts.stream().filter((c) -> !c.label().isEmpty()).count();
	}

	private long count(String sql) {
		Long n = this.jdbc.queryForObject(sql, Long.class);
		return (n != null) ? n : 0;
	}

	/** Authors and editors whose name is on a roster, with the titles of their latest roster entry. */
	private List<RosterContributor> rosterContributors(Object[] p) {
		List<RosterContributor> people = new ArrayList<>();
		RowMapper<Object[]> pair = (rs, i) -> new Object[] { rs.getString(1), rs.getLong(2) };
		for (Object[] row : this.jdbc.query("SELECT aa.name, COUNT(DISTINCT aa.article_id) FROM article_author aa "
				+ "JOIN article a ON a.id = aa.article_id WHERE " + IN_PERIOD
				+ " AND aa.name IN (SELECT r.name FROM roster_member r) GROUP BY aa.name ORDER BY 2 DESC, 1", pair, p)) {
			people.add(new RosterContributor((String) row[0], RosterContributor.Role.AUTHOR, (Long) row[1],
					latestTitles((String) row[0])));
		}
		for (Object[] row : this.jdbc.query("SELECT a.editor, COUNT(*) FROM article a WHERE " + IN_PERIOD
				+ " AND a.editor IN (SELECT r.name FROM roster_member r) GROUP BY a.editor ORDER BY 2 DESC, 1", pair,
				p)) {
			people.add(new RosterContributor((String) row[0], RosterContributor.Role.EDITOR, (Long) row[1],
					latestTitles((String) row[0])));
		}
		return people;
	}

	private String latestTitles(String name) {
		List<String> titles = this.jdbc.query("SELECT r.titles_raw FROM roster_member r JOIN roster_snapshot s "
				+ "ON s.id = r.snapshot_id WHERE r.name = ? ORDER BY s.as_of DESC NULLS LAST, s.id FETCH FIRST 1 ROWS ONLY",
				(rs, i) -> rs.getString(1), name);
		return titles.isEmpty() ? "" : nullToEmpty(titles.get(0));
	}

	/**
	 * Job executions started in the period with their steps' counts summed. Partition workers
	 * ({@code step:partitionN}) are left out because their manager step already sums them.
	 */
	private List<RunSummary> runs(ReportPeriod period) {
		return this.jdbc.query("SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.START_TIME, e.END_TIME, "
				+ "COALESCE(SUM(s.READ_COUNT), 0), COALESCE(SUM(s.WRITE_COUNT), 0), COALESCE(SUM(s.FILTER_COUNT), 0), "
				+ "COALESCE(SUM(s.READ_SKIP_COUNT + s.PROCESS_SKIP_COUNT + s.WRITE_SKIP_COUNT), 0) "
				+ "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
				+ "LEFT JOIN BATCH_STEP_EXECUTION s ON s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
				+ "AND s.STEP_NAME NOT LIKE '%:partition%' "
				+ "WHERE e.START_TIME >= ? AND e.START_TIME < ? "
				+ "GROUP BY e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.START_TIME, e.END_TIME ORDER BY e.JOB_EXECUTION_ID",
				(rs, i) -> new RunSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class), rs.getLong(6),
						rs.getLong(7), rs.getLong(8), rs.getLong(9)),
				period.from().atStartOfDay(), period.endExclusive().atStartOfDay());
	}

	private RowSource<ArticleRow> articles(Object[] p) {
		return cursor("SELECT a.id, a.published_local, a.site, a.channel, a.series, a.title, a.authors, a.editor, "
				+ "a.source_publication, a.body_chars, a.url, a.file FROM article a WHERE " + IN_PERIOD
				+ " ORDER BY a.published_local, a.id",
				(rs) -> new ArticleRow(rs.getString(1), rs.getObject(2, LocalDateTime.class), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
						rs.getString(9), rs.getInt(10), rs.getString(11), rs.getString(12)),
				p);
	}

	private RowSource<RejectRow> rejects(Object[] processed) {
		return cursor("SELECT r.created_at, r.run_id, r.reason, r.file, r.location, r.message FROM reject r "
				+ "WHERE r.created_at >= ? AND r.created_at < ? ORDER BY r.created_at, r.id",
				(rs) -> new RejectRow(rs.getObject(1, OffsetDateTime.class), rs.getLong(2), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6)),
				processed);
	}

	@FunctionalInterface
	private interface RowReader<T> {

		T read(ResultSet rs) throws SQLException;

	}

	/**
	 * A list read through a forward-only cursor, {@link #FETCH_SIZE} rows at a time, each row handed on
	 * and forgotten. On HSQLDB the session is told to keep large results on disk, since an in-process
	 * HSQLDB otherwise builds the whole result in the heap whatever the fetch size.
	 */
	private <T> RowSource<T> cursor(String sql, RowReader<T> reader, Object[] params) {
		return (Consumer<? super T> action) -> {
			Long rows = this.jdbc.execute((ConnectionCallback<Long>) (con) -> {
				boolean hsqldb = isHsqldb(con);
				if (hsqldb) {
					try (Statement st = con.createStatement()) {
						st.execute("SET SESSION RESULT MEMORY ROWS " + (FETCH_SIZE * 10));
					}
				}
				try (PreparedStatement ps = con.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
						ResultSet.CONCUR_READ_ONLY)) {
					ps.setFetchSize(FETCH_SIZE);
					for (int i = 0; i < params.length; i++) {
						ps.setObject(i + 1, params[i]);
					}
					long n = 0;
					try (ResultSet rs = ps.executeQuery()) {
						while (rs.next()) {
							action.accept(reader.read(rs));
							n++;
						}
					}
					return n;
				}
				finally {
					if (hsqldb) {
						try (Statement st = con.createStatement()) {
							st.execute("SET SESSION RESULT MEMORY ROWS 0");
						}
					}
				}
			});
			return (rows != null) ? rows : 0;
		};
	}

	private static boolean isHsqldb(Connection con) throws SQLException {
		return con.getMetaData().getDatabaseProductName().toUpperCase(Locale.ROOT).contains("HSQL");
	}

	/** The optional tables present, and how the database names itself. */
	private record Tables(String url, int schemaVersion, boolean batch, boolean mentions) {
	}

	private Tables tables() {
		return this.jdbc.execute((ConnectionCallback<Tables>) (con) -> {
			DatabaseMetaData meta = con.getMetaData();
			// article_mention comes with schema V2 (roster work); an older database simply has no mention views
			boolean mentions = !columns(meta, "ARTICLE_MENTION").isEmpty();
			boolean batch = !columns(meta, "BATCH_JOB_EXECUTION").isEmpty()
					&& !columns(meta, "BATCH_STEP_EXECUTION").isEmpty();
			int version = 0;
			try (Statement st = con.createStatement();
					ResultSet rs = st.executeQuery("SELECT MAX(version) FROM newsroll_schema_version")) {
				if (rs.next()) {
					version = rs.getInt(1);
				}
			}
			return new Tables(withoutCredentials(meta.getURL()), version, batch, mentions);
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
