package io.newsroll.spark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Row;

/**
 * The article rows {@code newsroll ingest} writes (its {@code ArticleRepository}), in
 * PostgreSQL's SQL: the article (upserted by id), its key, authors and simhash bands, the
 * queues of copy linking and mention linking, and the deletes and copy-group exits of
 * articles that go or change. Copy linking itself is the application's step: it works
 * through the pending bands written here.
 */
final class ArticleTables {

	/** The longest path the ledger, articles and rejects hold (schema V9). */
	static final int MAX_PATH_CHARS = 4096;

	static final String DUPLICATE = "DUPLICATE";

	static final String REPRINT = "REPRINT";

	private static final String[] COLUMNS = { "file", "format", "encoding", "site", "site_domain", "url", "channel",
			"series", "title", "authors", "published", "published_local", "kicker", "lead", "subheadings", "body",
			"body_chars", "body_hash", "body_simhash", "sim_band0", "sim_band1", "sim_band2", "sim_band3",
			"author_note", "source", "source_publication", "editor", "lang", "warnings", "run_id" };

	static final String UPSERT_ARTICLE = upsertArticle();

	private final Connection connection;

	ArticleTables(Connection connection) {
		this.connection = connection;
	}

	private static String upsertArticle() {
		StringBuilder sql = new StringBuilder("INSERT INTO article (id");
		StringBuilder values = new StringBuilder("?");
		StringBuilder set = new StringBuilder();
		for (String c : COLUMNS) {
			sql.append(", ").append(c);
			values.append(", ?");
			set.append((set.length() == 0) ? "" : ", ").append(c).append(" = EXCLUDED.").append(c);
		}
		return sql.append(") VALUES (")
			.append(values)
			.append(") ON CONFLICT (id) DO UPDATE SET ")
			.append(set)
			.toString();
	}

	/** Where each id is stored: its file and the run that loaded it. */
	Map<String, Stored> stored(List<String> ids) throws SQLException {
		return keys("SELECT article_id, file, run_id FROM article_key WHERE article_id = ANY (?)", ids);
	}

	/** The articles loaded from these files, by id. */
	Map<String, Stored> loadedFrom(List<String> files) throws SQLException {
		return keys("SELECT article_id, file, run_id FROM article_key WHERE file = ANY (?)", files);
	}

	record Stored(String file, long runId) {
	}

	private Map<String, Stored> keys(String sql, List<String> values) throws SQLException {
		Map<String, Stored> found = new HashMap<>();
		if (values.isEmpty()) {
			return found;
		}
		try (PreparedStatement st = this.connection.prepareStatement(sql)) {
			st.setArray(1, this.connection.createArrayOf("varchar", values.toArray()));
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					found.put(rs.getString(1), new Stored(rs.getString(2), rs.getLong(3)));
				}
			}
		}
		return found;
	}

	/**
	 * Writes the articles (outcome rows), in the order given; {@code existing} names the
	 * ids that have rows already, whose authors, bands and copy groups are replaced.
	 */
	void save(List<Row> articles, Set<String> existing, long runId) throws SQLException {
		for (Row a : articles) {
			if (existing.contains(Outcomes.id(a))) {
				leaveCopyGroups(Outcomes.id(a));
				deleteBands(Outcomes.id(a));
				update("DELETE FROM article_author WHERE article_id = ?", Outcomes.id(a));
			}
		}
		try (PreparedStatement article = this.connection.prepareStatement(UPSERT_ARTICLE);
				PreparedStatement key = this.connection.prepareStatement(
						"INSERT INTO article_key (article_id, file, run_id) VALUES (?, ?, ?) ON CONFLICT (article_id) "
								+ "DO UPDATE SET file = EXCLUDED.file, run_id = EXCLUDED.run_id");
				PreparedStatement band = this.connection
					.prepareStatement("INSERT INTO article_band (band, article_id, site_domain, body_hash, "
							+ "body_simhash, published) VALUES (?, ?, ?, ?, ?, ?)");
				PreparedStatement pending = this.connection
					.prepareStatement("INSERT INTO article_band_pending (band, article_id) VALUES (?, ?)");
				PreparedStatement mentions = this.connection.prepareStatement(
						"INSERT INTO article_mention_pending (article_id) VALUES (?) ON CONFLICT DO NOTHING");
				PreparedStatement author = this.connection
					.prepareStatement("INSERT INTO article_author (article_id, position, name) VALUES (?, ?, ?)")) {
			for (Row a : articles) {
				String id = Outcomes.id(a);
				addArticle(article, a, runId);
				key.setString(1, id);
				key.setString(2, fit(Outcomes.file(a), MAX_PATH_CHARS));
				key.setLong(3, runId);
				key.addBatch();
				long simhash = a.getLong(a.fieldIndex("body_simhash"));
				OffsetDateTime published = utc(a.getAs("published"));
				for (int i = 0; i < 4; i++) {
					int b = bandKey(simhash, i);
					band.setInt(1, b);
					band.setString(2, id);
					band.setString(3, fit(a.getAs("site_domain"), 200));
					band.setString(4, a.getAs("body_hash"));
					band.setLong(5, simhash);
					band.setObject(6, published);
					band.addBatch();
					pending.setInt(1, b);
					pending.setString(2, id);
					pending.addBatch();
				}
				mentions.setString(1, id);
				mentions.addBatch();
				List<String> authors = a.getList(a.fieldIndex("authors"));
				for (int i = 0; i < authors.size(); i++) {
					author.setString(1, id);
					author.setInt(2, i);
					author.setString(3, fit(authors.get(i), 200));
					author.addBatch();
				}
			}
			article.executeBatch();
			key.executeBatch();
			band.executeBatch();
			pending.executeBatch();
			mentions.executeBatch();
			author.executeBatch();
		}
	}

	private static void addArticle(PreparedStatement st, Row a, long runId) throws SQLException {
		long simhash = a.getLong(a.fieldIndex("body_simhash"));
		Object[] values = { a.getAs("id"), fit(a.getAs("file"), MAX_PATH_CHARS), a.getAs("format"),
				fit(a.getAs("encoding"), 32), fit(a.getAs("site"), 200), fit(a.getAs("site_domain"), 200),
				fit(a.getAs("url"), 2048), fit(a.getAs("channel"), 200), fit(a.getAs("series"), 500),
				fit(a.getAs("title"), 2000), fit(String.join("、", a.<String>getList(a.fieldIndex("authors"))), 1000),
				utc(a.getAs("published")), a.<LocalDateTime>getAs("published_local"), fit(a.getAs("kicker"), 500),
				fit(a.getAs("lead"), 1_000_000),
				fit(String.join("\n", a.<String>getList(a.fieldIndex("subheadings"))), 1_000_000),
				fit(a.getAs("body"), 4_000_000), a.getAs("body_chars"), a.getAs("body_hash"), simhash, band(simhash, 0),
				band(simhash, 1), band(simhash, 2), band(simhash, 3), fit(a.getAs("author_note"), 2000),
				fit(a.getAs("source"), 500), fit(a.getAs("source_publication"), 200), fit(a.getAs("editor"), 200),
				fit(a.getAs("lang"), 16), fit(String.join(",", a.<String>getList(a.fieldIndex("warnings"))), 500),
				runId };
		for (int i = 0; i < values.length; i++) {
			st.setObject(i + 1, values[i]);
		}
		st.addBatch();
	}

	/** A band's 16 bits (BodyFingerprint.band). */
	static int band(long simhash, int i) {
		return (int) ((simhash >>> (16 * i)) & 0xFFFF);
	}

	/** A band row's key: position * 65536 + the band's bits (BandCopies.key). */
	static int bandKey(long simhash, int i) {
		return (i << 16) | band(simhash, i);
	}

	/** Deletes an article and its rows, taking it out of its copy groups. */
	void delete(String id) throws SQLException {
		update("DELETE FROM article_author WHERE article_id = ?", id);
		update("DELETE FROM article_mention WHERE article_id = ?", id);
		update("DELETE FROM article_mention_scan WHERE article_id = ?", id);
		update("DELETE FROM article_mention_pending WHERE article_id = ?", id);
		leaveCopyGroups(id);
		deleteBands(id);
		update("DELETE FROM article_key WHERE article_id = ?", id);
		update("DELETE FROM article WHERE id = ?", id);
	}

	private void deleteBands(String id) throws SQLException {
		update("DELETE FROM article_band_pending WHERE (band, article_id) IN "
				+ "(SELECT band, article_id FROM article_band WHERE article_id = ?)", id);
		update("DELETE FROM article_band WHERE article_id = ?", id);
	}

	/**
	 * Takes an article that is deleted or re-loaded out of its copy groups, as the
	 * application does: a DUPLICATE member other than the original just loses its link;
	 * otherwise the group's links go and every other member is compared again (its bands
	 * pending), which finds the groups that remain.
	 */
	private void leaveCopyGroups(String id) throws SQLException {
		for (String kind : List.of(DUPLICATE, REPRINT)) {
			List<String> originals = strings("SELECT article_id FROM article_link WHERE other_id = ? AND kind = ?", id,
					kind);
			if (!originals.isEmpty() && kind.equals(DUPLICATE)) {
				update("DELETE FROM article_link WHERE other_id = ? AND kind = ?", id, kind);
				continue;
			}
			String original = originals.isEmpty() ? id : originals.get(0);
			List<String> copies = strings("SELECT other_id FROM article_link WHERE article_id = ? AND kind = ?",
					original, kind);
			if (copies.isEmpty()) {
				continue;
			}
			update("DELETE FROM article_link WHERE article_id = ? AND kind = ?", original, kind);
			List<String> again = new ArrayList<>();
			for (String member : copies) {
				if (!member.equals(id)) {
					again.add(member);
				}
			}
			if (!original.equals(id)) {
				again.add(original);
			}
			for (String member : again) {
				update("INSERT INTO article_band_pending (band, article_id) SELECT band, article_id FROM article_band "
						+ "WHERE article_id = ? ON CONFLICT DO NOTHING", member);
			}
		}
	}

	private List<String> strings(String sql, Object... args) throws SQLException {
		List<String> out = new ArrayList<>();
		try (PreparedStatement st = this.connection.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				st.setObject(i + 1, args[i]);
			}
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					out.add(rs.getString(1));
				}
			}
		}
		return out;
	}

	private int update(String sql, Object... args) throws SQLException {
		try (PreparedStatement st = this.connection.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				st.setObject(i + 1, args[i]);
			}
			return st.executeUpdate();
		}
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** Cuts what would not fit its column rather than lose the article (as ingest). */
	static String fit(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max - 1) + "…";
	}

}
