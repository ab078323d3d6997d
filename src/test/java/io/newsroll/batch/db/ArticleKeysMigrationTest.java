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

/** Migration V4 fills the narrow key and band tables from a database of schema V3. */
class ArticleKeysMigrationTest {

	@TempDir
	Path tmp;

	@Test
	void copiesEachArticlesFileRunAndBandsAndQueuesThoseNotYetLinked() throws Exception {
		JDBCDataSource ds = OldSchemaDatabase.at(this.tmp);
		try (Connection con = ds.getConnection(); Statement st = con.createStatement()) {
			OldSchemaDatabase.migrate(st, List.of("V1__articles", "V2__roster_mentions", "V3__mention_scan"));
			// simhash 0x0004000300020001: bands 1, 2, 3, 4 at positions 0 to 3
			insertArticle(st, "linked", "a/linked.html", 0x0004_0003_0002_0001L, false);
			insertArticle(st, "new", "b/new.html", 0x0004_0003_0002_0001L, true);
		}

		Migrations.migrate(ds);

		assertThat(OldSchemaDatabase.rows(ds, "SELECT article_id, file, run_id FROM article_key ORDER BY 1"))
			.containsExactly("linked|a/linked.html|7", "new|b/new.html|7");
		assertThat(OldSchemaDatabase.rows(ds,
				"SELECT band, article_id, site_domain, body_hash, body_simhash FROM article_band "
						+ "WHERE article_id = 'new' ORDER BY band"))
			.containsExactly("1|new|site.cn|hash|1125912791875585", "65538|new|site.cn|hash|1125912791875585",
					"131075|new|site.cn|hash|1125912791875585", "196612|new|site.cn|hash|1125912791875585");
		assertThat(OldSchemaDatabase.rows(ds, "SELECT COUNT(*) FROM article_band WHERE article_id = 'linked'"))
			.containsExactly("4");
		// V4 queued the article not yet linked; V6 (copies linked to their original, not
		// pair by
		// pair) then queues every article to be linked again
		assertThat(OldSchemaDatabase.rows(ds,
				"SELECT band, article_id FROM article_band_pending ORDER BY band, article_id"))
			.containsExactly("1|linked", "1|new", "65538|linked", "65538|new", "131075|linked", "131075|new",
					"196612|linked", "196612|new");
		assertThat(OldSchemaDatabase.rows(ds,
				"SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'ARTICLE' "
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

}
