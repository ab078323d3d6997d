package io.newsroll.batch.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
		JDBCDataSource ds = OldSchemaDatabase.at(this.tmp);
		try (Connection con = ds.getConnection(); Statement st = con.createStatement()) {
			OldSchemaDatabase.migrate(st, List.of("V1__articles", "V2__roster_mentions", "V3__mention_scan",
					"V4__article_keys", "V5__report_day_summaries"));
			insertArticle(st, "a", "2024-01-02 00:00:00+00:00");
			insertArticle(st, "b", "2024-01-01 08:30:00+08:00");
			insertArticle(st, "c", "2024-01-03 00:00:00+00:00");
			// linked pair by pair, as before V6; c is still pending in one band
			st.execute("INSERT INTO article_link VALUES ('a', 'b', 'DUPLICATE', 1.0)");
			st.execute("INSERT INTO article_link VALUES ('a', 'c', 'DUPLICATE', 1.0)");
			st.execute("INSERT INTO article_link VALUES ('b', 'c', 'DUPLICATE', 1.0)");
			st.execute("INSERT INTO article_band_pending VALUES (1, 'c')");
		}

		Migrations.migrate(ds);

		assertThat(OldSchemaDatabase.rows(ds, "SELECT DISTINCT article_id, published FROM article_band ORDER BY 1"))
			.containsExactly("a|2024-01-02 00:00:00.000000+0:00", "b|2024-01-01 08:30:00.000000+8:00",
					"c|2024-01-03 00:00:00.000000+0:00");
		assertThat(OldSchemaDatabase.rows(ds, "SELECT COUNT(*) FROM article_link")).containsExactly("0");
		assertThat(OldSchemaDatabase.rows(ds, "SELECT COUNT(*) FROM article_band_pending")).containsExactly("12");
		// the same pair may now be linked once per kind
		try (Connection con = ds.getConnection(); Statement st = con.createStatement()) {
			st.execute("INSERT INTO article_link VALUES ('b', 'a', 'DUPLICATE', 1.0)");
			st.execute("INSERT INTO article_link VALUES ('b', 'a', 'REPRINT', 0.95)");
		}
		assertThat(OldSchemaDatabase.rows(ds, "SELECT COUNT(*) FROM article_link")).containsExactly("2");
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

}
