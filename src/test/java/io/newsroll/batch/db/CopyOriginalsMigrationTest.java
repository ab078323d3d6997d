package io.newsroll.batch.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V6 gives the band rows their article's publication time, and drops the pair
 * links of older versions, queueing every article to be linked again.
 */
class CopyOriginalsMigrationTest {

	@TempDir
	Path tmp;

	@Test
	void fillsPublicationTimesAndQueuesEveryArticleForLinkingAgain() throws Exception {
		JDBCDataSource ds = new JDBCDataSource();
		ds.setUrl("jdbc:hsqldb:file:" + this.tmp.resolve("db") + ";hsqldb.default_table_type=cached;shutdown=true");
		ds.setUser("SA");
		ds.setPassword("");
		try (Connection con = ds.getConnection(); Statement st = con.createStatement()) {
			st.execute("CREATE TABLE newsroll_schema_version (version INTEGER NOT NULL PRIMARY KEY, "
					+ "name VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
			for (String script : List.of("V1__articles", "V2__roster_mentions", "V3__mention_scan", "V4__article_keys",
					"V5__report_day_summaries")) {
				for (String sql : SchemaMigrator.statements(script(script))) {
					st.execute(sql);
				}
				st.execute("INSERT INTO newsroll_schema_version (version, name) VALUES (" + script.charAt(1) + ", '"
						+ script.substring(3) + "')");
			}
			insertArticle(st, "a", "2024-01-02 00:00:00+00:00");
			insertArticle(st, "b", "2024-01-01 08:30:00+08:00");
			insertArticle(st, "c", "2024-01-03 00:00:00+00:00");
			// linked pair by pair, as before V6; c is still pending in one band
			st.execute("INSERT INTO article_link VALUES ('a', 'b', 'DUPLICATE', 1.0)");
			st.execute("INSERT INTO article_link VALUES ('a', 'c', 'DUPLICATE', 1.0)");
			st.execute("INSERT INTO article_link VALUES ('b', 'c', 'DUPLICATE', 1.0)");
			st.execute("INSERT INTO article_band_pending VALUES (1, 'c')");
		}

		SchemaMigrator.migrate(ds);

		assertThat(rows(ds, "SELECT DISTINCT article_id, published FROM article_band ORDER BY 1")).containsExactly(
				"a|2024-01-02 00:00:00.000000+0:00", "b|2024-01-01 08:30:00.000000+8:00",
				"c|2024-01-03 00:00:00.000000+0:00");
		assertThat(rows(ds, "SELECT COUNT(*) FROM article_link")).containsExactly("0");
		assertThat(rows(ds, "SELECT COUNT(*) FROM article_band_pending")).containsExactly("12");
		// the same pair may now be linked once per kind
		try (Connection con = ds.getConnection(); Statement st = con.createStatement()) {
			st.execute("INSERT INTO article_link VALUES ('b', 'a', 'DUPLICATE', 1.0)");
			st.execute("INSERT INTO article_link VALUES ('b', 'a', 'REPRINT', 0.95)");
		}
		assertThat(rows(ds, "SELECT COUNT(*) FROM article_link")).containsExactly("2");
	}

	private static void insertArticle(Statement st, String id, String published) throws SQLException {
		st.execute("INSERT INTO article (id, file, format, site_domain, title, published, published_local, body, "
				+ "body_chars, body_hash, body_simhash, sim_band0, sim_band1, sim_band2, sim_band3, run_id) VALUES ('"
				+ id + "', '" + id + ".html', 'html', 'site.cn', 'T', TIMESTAMP '" + published
				+ "', TIMESTAMP '2024-01-01 08:00:00', 'body', 4, 'hash', 65537, 1, 1, 0, 0, 7)");
		for (int position = 0; position < 4; position++) {
			int band = position * 65536 + ((position < 2) ? 1 : 0);
			st.execute("INSERT INTO article_band (band, article_id, site_domain, body_hash, body_simhash) VALUES ("
					+ band + ", '" + id + "', 'site.cn', 'hash', 65537)");
		}
	}

	private static String script(String name) throws IOException {
		try (InputStream in = CopyOriginalsMigrationTest.class.getResourceAsStream("/db/migration/" + name + ".sql")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static List<String> rows(JDBCDataSource ds, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection con = ds.getConnection();
				Statement st = con.createStatement();
				ResultSet rs = st.executeQuery(sql)) {
			int n = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= n; i++) {
					row.append((i > 1) ? "|" : "").append(rs.getString(i));
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}

}
