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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migration V7 moves each article's long text (body, lead, subheadings) into
 * article_text, one row per article, and drops those columns from article, leaving its
 * short columns as they were.
 */
class ArticleTextMigrationTest {

	@TempDir
	Path tmp;

	@Test
	void movesBodiesLeadsAndSubheadingsIntoTheirOwnTable() throws Exception {
		JDBCDataSource ds = OldSchemaDatabase.at(this.tmp);
		try (Connection con = ds.getConnection(); Statement st = con.createStatement()) {
			OldSchemaDatabase.migrate(st, List.of("V1__articles", "V2__roster_mentions", "V3__mention_scan",
					"V4__article_keys", "V5__report_day_summaries", "V6__copy_originals"));
			insertArticle(st, "a", "'第一段。\n第二段。'", "'导语'", "'小标题一\n小标题二'");
			insertArticle(st, "b", "'only a body'", "NULL", "NULL");
		}

		SchemaMigrator.migrate(ds);

		assertThat(OldSchemaDatabase.rows(ds,
				"SELECT article_id, body, lead, subheadings FROM article_text ORDER BY article_id"))
			.containsExactly("a|第一段。\n第二段。|导语|小标题一\n小标题二", "b|only a body|null|null");
		assertThat(OldSchemaDatabase.rows(ds,
				"SELECT id, file, title, body_chars, body_hash, body_simhash, run_id FROM article ORDER BY id"))
			.containsExactly("a|a.html|T|8|hash-a|65537|7", "b|b.html|T|11|hash-b|65537|7");
		assertThat(
				OldSchemaDatabase.rows(ds,
						"SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
								+ "WHERE TABLE_NAME = 'ARTICLE' AND COLUMN_NAME IN ('BODY', 'LEAD', 'SUBHEADINGS')"))
			.isEmpty();
		// the text table has its primary key as its only index
		assertThat(
				OldSchemaDatabase.rows(ds, "SELECT COUNT(DISTINCT INDEX_NAME) FROM INFORMATION_SCHEMA.SYSTEM_INDEXINFO "
						+ "WHERE TABLE_NAME = 'ARTICLE_TEXT'"))
			.containsExactly("1");
		// the day-write triggers of V5 are back: a new article counts as a write of its
		// day
		try (Connection con = ds.getConnection(); Statement st = con.createStatement()) {
			st.execute("INSERT INTO article (id, file, format, title, published, published_local, body_chars, "
					+ "body_hash, body_simhash, sim_band0, sim_band1, sim_band2, sim_band3, run_id) VALUES ('c', "
					+ "'c.html', 'html', 'T', TIMESTAMP '2024-03-01 00:00:00+00:00', TIMESTAMP '2024-03-01 08:00:00', "
					+ "1, 'h', 0, 0, 0, 0, 0, 8)");
		}
		assertThat(OldSchemaDatabase.rows(ds, "SELECT writes FROM article_day_writes WHERE day = DATE '2024-03-01'"))
			.containsExactly("1");
		try (Connection con = ds.getConnection(); Statement st = con.createStatement()) {
			assertThatThrownBy(() -> st.execute("INSERT INTO article_text (article_id, body) VALUES ('a', 'again')"))
				.isInstanceOf(SQLException.class);
		}
	}

	private static void insertArticle(Statement st, String id, String body, String lead, String subheadings)
			throws SQLException {
		st.execute("INSERT INTO article (id, file, format, site_domain, title, published, published_local, lead, "
				+ "subheadings, body, body_chars, body_hash, body_simhash, sim_band0, sim_band1, sim_band2, sim_band3, "
				+ "run_id) VALUES ('" + id + "', '" + id + ".html', 'html', 'site.cn', 'T', "
				+ "TIMESTAMP '2024-01-02 00:00:00+00:00', TIMESTAMP '2024-01-02 08:00:00', " + lead + ", " + subheadings
				+ ", " + body + ", " + ((id.equals("a")) ? 8 : 11) + ", 'hash-" + id + "', 65537, 1, 1, 0, 0, 7)");
	}

}
