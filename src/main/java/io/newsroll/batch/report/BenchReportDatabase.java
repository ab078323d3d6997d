package io.newsroll.batch.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import io.newsroll.batch.db.HsqldbDataFile;
import io.newsroll.batch.db.Migrations;
import io.newsroll.core.article.BodyFingerprint;
import org.hsqldb.jdbc.JDBCDataSource;

/**
 * The database of {@code newsroll bench report}: generated articles written with plain
 * JDBC (far faster than ingest), and the resets between measured runs. Kept here so that
 * the command line holds no SQL.
 */
public final class BenchReportDatabase {

	private BenchReportDatabase() {
	}

	/** Articles in an existing bench database, or -1 when there is none. */
	public static long articlesIn(Path work, String url) throws Exception {
		if (!Files.exists(work.resolve("output/db/newsroll.properties"))) {
			return -1;
		}
		try (Connection con = connect(url);
				var rs = con.createStatement()
					.executeQuery("SELECT CARDINALITY FROM INFORMATION_SCHEMA.SYSTEM_TABLESTATS "
							+ "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = 'ARTICLE'")) {
			return rs.next() ? rs.getLong(1) : -1;
		}
	}

	/**
	 * Forgets the stored day summaries, so that the next report counts every day (the
	 * table exists once a report has migrated the database to schema V5).
	 */
	public static void dropSummaries(String url) throws Exception {
		JDBCDataSource ds = dataSource(url);
		try (Connection con = ds.getConnection(); Statement st = con.createStatement()) {
			Migrations.migrate(ds);
			st.execute("DELETE FROM report_day");
		}
	}

	private static Connection connect(String url) throws Exception {
		return dataSource(url).getConnection();
	}

	private static JDBCDataSource dataSource(String url) {
		JDBCDataSource ds = new JDBCDataSource();
		ds.setUrl(url);
		ds.setUser("SA");
		ds.setPassword("");
		return ds;
	}

	/**
	 * Fills the database with {@code n} generated articles of 2023 (fixed seed: the same
	 * articles every time); ReportCrashIT fills its database with it too.
	 */
	public static void fill(String url, int n) throws Exception {
		JDBCDataSource ds = dataSource(url);
		Migrations.migrate(ds);
		HsqldbDataFile.keepMapped(ds);
		Random random = new Random(1);
		String body = "职工们正在车间里忙碌着，工会为大家送来了清凉。".repeat(20);
		try (Connection con = ds.getConnection()) {
			con.setAutoCommit(false);
			try (PreparedStatement ps = con.prepareStatement("INSERT INTO article (id, file, format, encoding, site, "
					+ "site_domain, url, channel, series, title, authors, published, published_local, body, body_chars, "
					+ "body_hash, body_simhash, sim_band0, sim_band1, sim_band2, sim_band3, source, source_publication, "
					+ "editor, lang, run_id) VALUES (?, ?, 'html', 'UTF-8', ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, "
					+ "?, ?, ?, ?, ?, ?, ?, ?, ?, 'zh', 0)")) {
				for (int i = 0; i < n; i++) {
					LocalDateTime local = LocalDate.of(2023, 1, 1)
						.atStartOfDay()
						.plusMinutes(random.nextInt(365 * 24 * 60));
					int site = random.nextInt(40);
					String text = body + i;
					BodyFingerprint fp = BodyFingerprint.of(text);
					ps.setString(1, String.format("%032x", i));
					ps.setString(2, "gen/" + i + ".html");
					ps.setString(3, "网站" + site);
					ps.setString(4, "www.site" + site + ".cn");
					ps.setString(5, "频道" + random.nextInt(30));
					ps.setString(6, (random.nextInt(5) == 0) ? "专题" + random.nextInt(50) : null);
					ps.setString(7, "第" + i + "号新闻标题：职工之家建设取得新进展");
					ps.setString(8, "作者" + random.nextInt(2000) + "、作者" + random.nextInt(2000));
					ps.setObject(9, local.atOffset(ZoneOffset.ofHours(8)).withOffsetSameInstant(ZoneOffset.UTC));
					ps.setTimestamp(10, Timestamp.valueOf(local));
					ps.setString(11, text);
					ps.setInt(12, text.length());
					ps.setString(13, fp.hash());
					ps.setLong(14, fp.simhash());
					for (int b = 0; b < 4; b++) {
						ps.setInt(15 + b, fp.band(b));
					}
					ps.setString(19, "工人日报");
					ps.setString(20, "工人日报");
					ps.setString(21, "编辑" + random.nextInt(100));
					ps.addBatch();
					if (i % 2000 == 1999) {
						ps.executeBatch();
						con.commit();
					}
				}
				if (n % 2000 != 0) {
					ps.executeBatch();
				}
				con.commit();
			}
		}
		try (Connection con = ds.getConnection()) {
			con.createStatement().execute("CHECKPOINT");
		}
	}

}
