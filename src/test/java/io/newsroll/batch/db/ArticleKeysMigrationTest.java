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

/** Migration V4 fills the narrow key and band tables from a database of schema V3. */
class ArticleKeysMigrationTest {

	@TempDir
	Path tmp;

	@Test
	void copiesEachArticlesFileRunAndBandsAndQueuesThoseNotYetLinked() throws Exception {
		JDBCDataSource ds = new JDBCDataSource();
		ds.setUrl("jdbc:hsqldb:file:" + this.tmp.resolve("db") + ";hsqldb.default_table_type=cached;shutdown=true");
		ds.setUser("SA");
		ds.setPassword("");
		try (Connection con = ds.getConnection(); Statement st = con.createStatement()) {
			st.execute("CREATE TABLE newsroll_schema_version (version INTEGER NOT NULL PRIMARY KEY, "
					+ "name VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
			for (String script : List.of("V1__articles", "V2__roster_mentions", "V3__mention_scan")) {
				for (String sql : SchemaMigrator.statements(script(script))) {
					st.execute(sql);
				}
				st.execute("INSERT INTO newsroll_schema_version (version, name) VALUES (" + script.charAt(1) + ", '"
						+ script.substring(3) + "')");
			}
			// simhash 0x0004000300020001: bands 1, 2, 3, 4 at positions 0 to 3
			insertArticle(st, "linked", "a/linked.html", 0x0004_0003_0002_0001L, false);
			insertArticle(st, "new", "b/new.html", 0x0004_0003_0002_0001L, true);
		}

		SchemaMigrator.migrate(ds);

		assertThat(rows(ds, "SELECT article_id, file, run_id FROM article_key ORDER BY 1"))
			.containsExactly("linked|a/linked.html|7", "new|b/new.html|7");
		assertThat(rows(ds,
				"SELECT band, article_id, site_domain, body_hash, body_simhash FROM article_band "
						+ "WHERE article_id = 'new' ORDER BY band"))
			.containsExactly("1|new|site.cn|hash|1125912791875585", "65538|new|site.cn|hash|1125912791875585",
					"131075|new|site.cn|hash|1125912791875585", "196612|new|site.cn|hash|1125912791875585");
		assertThat(rows(ds, "SELECT COUNT(*) FROM article_band WHERE article_id = 'linked'")).containsExactly("4");
		// V4 queued the article not yet linked; V6 (copies linked to their original, not
		// pair by
		// pair) then queues every article to be linked again
		assertThat(rows(ds, "SELECT band, article_id FROM article_band_pending ORDER BY band, article_id"))
			.containsExactly("1|linked", "1|new", "65538|linked", "65538|new", "131075|linked", "131075|new",
					"196612|linked", "196612|new");
		assertThat(rows(ds, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'ARTICLE' "
				+ "AND COLUMN_NAME = 'LINK_PENDING'"))
			.containsExactly("0");
	}

	private static void insertArticle(Statement st, String id, String file, long simhash, boolean pending)
			throws SQLException {
		st.execute("INSERT INTO article (id, file, format, site_domain, title, published, published_local, body, "
				+ "body_chars, body_hash, body_simhash, sim_band0, sim_band1, sim_band2, sim_band3, run_id, link_pending) "
				+ "VALUES ('" + id + "', '" + file
				+ "', 'html', 'site.cn', 'T', TIMESTAMP '2024-01-01 00:00:00+00:00', "
				+ "TIMESTAMP '2024-01-01 08:00:00', 'body', 4, 'hash', " + simhash + ", " + (simhash & 0xFFFF) + ", "
				+ ((simhash >>> 16) & 0xFFFF) + ", " + ((simhash >>> 32) & 0xFFFF) + ", " + ((simhash >>> 48) & 0xFFFF)
				+ ", 7, " + pending + ")");
	}

	private static String script(String name) throws IOException {
		try (InputStream in = ArticleKeysMigrationTest.class.getResourceAsStream("/db/migration/" + name + ".sql")) {
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
