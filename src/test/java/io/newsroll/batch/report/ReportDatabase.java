package io.newsroll.batch.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import io.newsroll.batch.db.HsqldbUrls;
import io.newsroll.batch.db.Migrations;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A real HSQLDB file database in a temporary directory with newsroll's schema and a
 * handful of rows written with plain JDBC, as ingest would leave them: Chinese titles
 * (the seed's among them), a title that looks like a formula, authors, links, rejects, a
 * roster, optionally Spring Batch's run history.
 */
final class ReportDatabase {

	static final String SEED_TITLE = "团结动员广大职工为建设美好安徽作贡献";

	static final String FORMULA_TITLE = "=HYPERLINK(\"x\")";

	final DataSource dataSource;

	final JdbcTemplate jdbc;

	ReportDatabase(Path dir) {
		this.dataSource = new SimpleDriverDataSource(new org.hsqldb.jdbc.JDBCDriver(),
				HsqldbUrls.unpooled(dir.resolve("db/newsroll")), "SA", "");
		Migrations.migrate(this.dataSource);
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	void shutdown() {
		this.jdbc.execute("SHUTDOWN");
	}

	/**
	 * Six articles, four of them in 2019-05-20..26 (one at each edge of the period), two
	 * just outside.
	 */
	ReportDatabase withArticles() {
		article("a1", "中工网", "工会", "学习贯彻习近平总书记关于工人阶级和工会工作的重要论述", SEED_TITLE, List.of("李明"), "尹文卓", "工人日报",
				LocalDateTime.of(2019, 5, 21, 7, 39, 30), 2280);
		article("a2", "中工网", "评论", null, FORMULA_TITLE, List.of("-张三"), "尹文卓", "工人日报",
				LocalDateTime.of(2019, 5, 21, 10, 5), 480);
		article("a3", "人民网", "工会", null, "职工技能大赛在合肥举行", List.of("王五", "李明"), "赵六、尹文卓", null,
				LocalDateTime.of(2019, 5, 20, 0, 0), 1200);
		article("a4", "新华网", null, null, "@all 劳模精神代代相传", List.of(), null, "新华社",
				LocalDateTime.of(2019, 5, 26, 23, 59, 59), 5200);
		article("b1", "中工网", "工会", null, "期间之前的文章", List.of("李明"), null, null,
				LocalDateTime.of(2019, 5, 19, 23, 59, 59), 900);
		article("b2", "中工网", "工会", null, "期间之后的文章", List.of("李明"), null, null, LocalDateTime.of(2019, 5, 27, 0, 0),
				900);
		// (original, copy): a3 reprints a1; b1 (before the period) is the original of
		// a1's
		// body, b2 (after it) another copy
		link("a1", "a3", "REPRINT", 0.97);
		link("b1", "a1", "DUPLICATE", 1.0);
		link("b1", "b2", "DUPLICATE", 1.0);
		OffsetDateTime inPeriod = OffsetDateTime.of(2019, 5, 22, 9, 0, 0, 0, ZoneOffset.ofHours(8));
		reject(inPeriod, "BAD_DATE", "input/articles/x.html", "=cmd|' /C calc'!A0");
		reject(inPeriod.plusMinutes(1), "BAD_DATE", "input/articles/y.html", "date in the future");
		reject(inPeriod.plusMinutes(2), "MISSING_TITLE", "input/articles/z.txt", "no title line");
		reject(OffsetDateTime.of(2019, 5, 27, 0, 0, 0, 0, ZoneOffset.ofHours(8)), "UNREADABLE", "input/articles/w.gz",
				"after the period");
		this.jdbc.update("INSERT INTO roster_snapshot (id, heading, as_of, file, source_kind, content_sha, run_id) "
				+ "VALUES ('s1', '全总领导', DATE '2019-05-21', 'seed.txt', 'PAGE', 'sha', 1)");
		this.jdbc.update("INSERT INTO roster_member (snapshot_id, position, name, raw_name, titles_raw) "
				+ "VALUES ('s1', 0, '李明', '李  明', '安徽省人大常委会副主任、省总工会主席')");
		this.jdbc.update("INSERT INTO roster_member (snapshot_id, position, name, raw_name, titles_raw) "
				+ "VALUES ('s1', 1, '尹文卓', '尹文卓', '编辑')");
		return this;
	}

	void article(String id, String site, String channel, String series, String title, List<String> authors,
			String editor, String source, LocalDateTime publishedLocal, int bodyChars) {
		this.jdbc.update("INSERT INTO article (id, file, format, site, channel, series, title, authors, published, "
				+ "published_local, body, body_chars, body_hash, body_simhash, sim_band0, sim_band1, sim_band2, sim_band3, "
				+ "editor, source_publication, url, run_id) VALUES (?, ?, 'txt', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, ?, ?, ?, 1)",
				id, "input/articles/" + id + ".txt", site, channel, series, title, String.join("、", authors),
				publishedLocal.atOffset(ZoneOffset.ofHours(8)), publishedLocal, "正文".repeat(bodyChars / 2), bodyChars,
				"hash-" + id, editor, source, "http://www.example.cn/" + id + ".shtml");
		for (int i = 0; i < authors.size(); i++) {
			this.jdbc.update("INSERT INTO article_author (article_id, position, name) VALUES (?, ?, ?)", id, i,
					authors.get(i));
		}
	}

	void link(String a, String b, String kind, double similarity) {
		this.jdbc.update("INSERT INTO article_link (article_id, other_id, kind, similarity) VALUES (?, ?, ?, ?)", a, b,
				kind, similarity);
	}

	void reject(OffsetDateTime at, String reason, String file, String message) {
		this.jdbc.update(
				"INSERT INTO reject (run_id, file, location, reason, message, created_at) VALUES (1, ?, ?, ?, ?, ?)",
				file, "line 1", reason, message, at);
	}

	/**
	 * Roster mentions (schema V2): in the title and body, or only as author (not a
	 * mention).
	 */
	ReportDatabase withMentions() {
		mention("a1", "王东明", 1, 2, false);
		mention("a3", "王东明", 0, 1, false);
		mention("a3", "陈刚", 0, 2, false);
		mention("b1", "陈刚", 0, 5, false);
		mention("a1", "李明", 0, 0, true);
		return this;
	}

	void mention(String article, String name, int inTitle, int inBody, boolean author) {
		this.jdbc.update("INSERT INTO article_mention (article_id, name, title_mentions, body_mentions, is_author, "
				+ "is_editor) VALUES (?, ?, ?, ?, ?, FALSE)", article, name, inTitle, inBody, author);
	}

	/**
	 * Spring Batch's tables with two runs in the period (one partitioned) and one before
	 * it.
	 */
	ReportDatabase withRuns() {
		try (Connection con = this.dataSource.getConnection()) {
			ScriptUtils.executeSqlScript(con,
					new ClassPathResource("org/springframework/batch/core/schema-hsqldb.sql"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		this.jdbc.update(
				"INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (1, 0, 'ingest', 'k1')");
		run(10, LocalDateTime.of(2019, 5, 22, 2, 0), "COMPLETED");
		step(10, "ingestFiles", 7, 6, 1, 0);
		run(11, LocalDateTime.of(2019, 5, 23, 2, 0), "FAILED");
		step(11, "ingestFiles", 40, 38, 0, 2);
		step(11, "ingestFiles:partition0", 20, 19, 0, 1);
		step(11, "ingestFiles:partition1", 20, 19, 0, 1);
		step(11, "linkCopies", 38, 38, 0, 0);
		run(9, LocalDateTime.of(2019, 5, 19, 2, 0), "COMPLETED");
		step(9, "ingestFiles", 1, 1, 0, 0);
		return this;
	}

	private void run(long id, LocalDateTime start, String status) {
		this.jdbc.update(
				"INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, "
						+ "START_TIME, END_TIME, STATUS) VALUES (?, 1, 1, ?, ?, ?, ?)",
				id, start, start, start.plusMinutes(5), status);
	}

	private void step(long execution, String name, long read, long written, long filtered, long skipped) {
		this.jdbc.update("INSERT INTO BATCH_STEP_EXECUTION (VERSION, STEP_NAME, JOB_EXECUTION_ID, CREATE_TIME, "
				+ "START_TIME, STATUS, READ_COUNT, WRITE_COUNT, FILTER_COUNT, READ_SKIP_COUNT, WRITE_SKIP_COUNT, "
				+ "PROCESS_SKIP_COUNT) VALUES (1, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'COMPLETED', ?, ?, ?, ?, 0, 0)",
				name, execution, read, written, filtered, skipped);
	}

	long count(String sql, Object... args) {
		Long n = this.jdbc.queryForObject(sql, Long.class, args);
		return (n != null) ? n : 0;
	}

}
