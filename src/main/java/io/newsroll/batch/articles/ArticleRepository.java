package io.newsroll.batch.articles;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsroll.batch.files.FileLedger;
import io.newsroll.batch.db.Vendor;
import io.newsroll.core.article.Article;
import io.newsroll.core.article.BodyFingerprint;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Article rows: idempotent writes keyed by the article id, and the duplicate/reprint
 * links.
 */
@Repository
public class ArticleRepository {

	private static final String MERGE_ARTICLE = """
			MERGE INTO article a USING (VALUES (CAST(? AS VARCHAR(64)))) AS v(id) ON a.id = v.id
			WHEN MATCHED THEN UPDATE SET file = ?, format = ?, encoding = ?, site = ?, site_domain = ?, url = ?,
			  channel = ?, series = ?, title = ?, authors = ?, published = ?, published_local = ?, kicker = ?, lead = ?,
			  subheadings = ?, body = ?, body_chars = ?, body_hash = ?, body_simhash = ?, sim_band0 = ?, sim_band1 = ?,
			  sim_band2 = ?, sim_band3 = ?, author_note = ?, source = ?, source_publication = ?, editor = ?, lang = ?,
			  warnings = ?, run_id = ?
			WHEN NOT MATCHED THEN INSERT (file, format, encoding, site, site_domain, url, channel, series, title, authors,
			  published, published_local, kicker, lead, subheadings, body, body_chars, body_hash, body_simhash, sim_band0,
			  sim_band1, sim_band2, sim_band3, author_note, source, source_publication, editor, lang, warnings, run_id,
			  id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, v.id)
			""";

	private static final String INSERT_ARTICLE = """
			INSERT INTO article (file, format, encoding, site, site_domain, url, channel, series, title, authors,
			  published, published_local, kicker, lead, subheadings, body, body_chars, body_hash, body_simhash, sim_band0,
			  sim_band1, sim_band2, sim_band3, author_note, source, source_publication, editor, lang, warnings, run_id,
			  id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	/**
	 * PostgreSQL's idempotent write of an article: its parameters are INSERT_ARTICLE's.
	 */
	private static final String UPSERT_ARTICLE = INSERT_ARTICLE.strip()
			+ """
					 ON CONFLICT (id) DO UPDATE SET file = EXCLUDED.file, format = EXCLUDED.format,
					  encoding = EXCLUDED.encoding, site = EXCLUDED.site, site_domain = EXCLUDED.site_domain, url = EXCLUDED.url,
					  channel = EXCLUDED.channel, series = EXCLUDED.series, title = EXCLUDED.title, authors = EXCLUDED.authors,
					  published = EXCLUDED.published, published_local = EXCLUDED.published_local, kicker = EXCLUDED.kicker,
					  lead = EXCLUDED.lead, subheadings = EXCLUDED.subheadings, body = EXCLUDED.body,
					  body_chars = EXCLUDED.body_chars, body_hash = EXCLUDED.body_hash, body_simhash = EXCLUDED.body_simhash,
					  sim_band0 = EXCLUDED.sim_band0, sim_band1 = EXCLUDED.sim_band1, sim_band2 = EXCLUDED.sim_band2,
					  sim_band3 = EXCLUDED.sim_band3, author_note = EXCLUDED.author_note, source = EXCLUDED.source,
					  source_publication = EXCLUDED.source_publication, editor = EXCLUDED.editor, lang = EXCLUDED.lang,
					  warnings = EXCLUDED.warnings, run_id = EXCLUDED.run_id
					""";

	/** Rows per statement of copy linking's look-ups and batches. */
	private static final int LINK_BATCH = 1000;

	private static final String REPEND = "INSERT INTO article_band_pending (band, article_id) "
			+ "SELECT b.band, b.article_id FROM article_band b WHERE b.article_id = ? AND NOT EXISTS "
			+ "(SELECT 1 FROM article_band_pending p WHERE p.band = b.band AND p.article_id = b.article_id)";

	private final JdbcTemplate jdbc;

	private final Vendor vendor;

	private final String queueMentions;

	private final String saveKey;

	private final ZoneId zone;

	public ArticleRepository(JdbcTemplate jdbc, io.newsroll.batch.NewsrollProperties properties) {
		this.jdbc = jdbc;
		this.zone = properties.zone();
		this.vendor = Vendor.of(jdbc.getDataSource());
		this.queueMentions = this.vendor.upsert("article_mention_pending", new String[] { "article_id VARCHAR(64)" });
		this.saveKey = this.vendor.upsert("article_key", new String[] { "article_id VARCHAR(64)" },
				"file VARCHAR(" + FileLedger.MAX_PATH_CHARS + ")", "run_id BIGINT");
	}

	/** The file an article id was loaded from, or null when the id is new. */
	String fileOf(String id) {
		List<String> files = this.jdbc.queryForList("SELECT file FROM article_key WHERE article_id = ?", String.class,
				id);
		return files.isEmpty() ? null : files.get(0);
	}

	/**
	 * The stored headline and body of an article id (as {@link Article#bodyText()} wrote
	 * it), or null when the id is new.
	 */
	StoredStory story(String id) {
		List<StoredStory> stories = this.jdbc.query("SELECT title, body FROM article WHERE id = ?",
				(rs, i) -> new StoredStory(rs.getString(1), rs.getString(2)), id);
		return stories.isEmpty() ? null : stories.get(0);
	}

	/** An article's headline and body as stored. */
	record StoredStory(String title, String body) {
	}

	/**
	 * Whether the article was stored by an earlier job run rather than by this run (or an
	 * earlier attempt of this run, which a restart resumes): runs are job executions,
	 * attempts share their job instance.
	 */
	boolean storedByEarlierRun(String id, long runId) {
		Integer same = this.jdbc.queryForObject("SELECT COUNT(*) FROM article_key a JOIN BATCH_JOB_EXECUTION x "
				+ "ON x.JOB_EXECUTION_ID = a.run_id JOIN BATCH_JOB_EXECUTION y ON y.JOB_INSTANCE_ID = x.JOB_INSTANCE_ID "
				+ "WHERE a.article_id = ? AND y.JOB_EXECUTION_ID = ?", Integer.class, id, runId);
		return same == null || same == 0;
	}

	/**
	 * Loads an article, replacing any earlier version from the same file (a re-crawled
	 * page). {@code stored} says whether the id has rows already (the caller looked up
	 * its key): a new id is inserted without the MERGE's search of the article table, and
	 * without deleting rows it cannot have.
	 */
	void save(Article a, BodyFingerprint fp, long runId, boolean stored) {
		List<String> stale = this.jdbc.queryForList(
				"SELECT article_id FROM article_key WHERE file = ? AND article_id <> ?", String.class, a.file(),
				a.id());
		for (String id : stale) {
			delete(id);
		}
		LocalDateTime local = a.published().atZoneSameInstant(this.zone).toLocalDateTime();
		// column limits are generous; cut what would not fit rather than lose the article
		Object[] values = { fit(a.file(), FileLedger.MAX_PATH_CHARS), a.format(), fit(a.encoding(), 32),
				fit(a.site(), 200), fit(a.siteDomain(), 200), fit(a.url(), 2048), fit(a.channel(), 200),
				fit(a.series(), 500), fit(a.title(), 2000), fit(String.join("、", a.authors()), 1000),
				a.published().withOffsetSameInstant(ZoneOffset.UTC), local, fit(a.kicker(), 500),
				fit(a.lead(), 1_000_000), fit(String.join("\n", a.subheadings()), 1_000_000),
				fit(a.bodyText(), 4_000_000), a.bodyChars(), fp.hash(), fp.simhash(), fp.band(0), fp.band(1),
				fp.band(2), fp.band(3), fit(a.authorNote(), 2000), fit(a.source(), 500),
				fit(a.sourcePublication(), 200), fit(a.editor(), 200), fit(a.lang(), 16),
				fit(String.join(",", a.warnings()), 500), runId };
		if (stored && this.vendor == Vendor.POSTGRESQL) {
			Object[] args = Arrays.copyOf(values, values.length + 1);
			args[values.length] = a.id();
			this.jdbc.update(UPSERT_ARTICLE, args);
		}
		else if (stored) {
			Object[] args = new Object[1 + values.length * 2];
			args[0] = a.id();
			System.arraycopy(values, 0, args, 1, values.length);
			System.arraycopy(values, 0, args, 1 + values.length, values.length);
			this.jdbc.update(MERGE_ARTICLE, args);
		}
		else {
			// every index walk of article loads whole rows, bodies included: one walk
			// less
			Object[] args = new Object[values.length + 1];
			System.arraycopy(values, 0, args, 0, values.length);
			args[values.length] = a.id();
			this.jdbc.update(INSERT_ARTICLE, args);
		}
		saveKeys(a, fp, runId, stored);
		// its mentions are (re)computed by the next mention linking
		this.jdbc.update(this.queueMentions, a.id());
		if (stored) {
			this.jdbc.update("DELETE FROM article_author WHERE article_id = ?", a.id());
		}
		List<String> authors = a.authors();
		for (int i = 0; i < authors.size(); i++) {
			this.jdbc.update("INSERT INTO article_author (article_id, position, name) VALUES (?, ?, ?)", a.id(), i,
					fit(authors.get(i), 200));
		}
	}

	static String fit(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max - 1) + "…";
	}

	/**
	 * The narrow rows of an article: its key, and its four bands pending comparison. A
	 * re-loaded article (its file changed) may no longer be a copy of what it was linked
	 * to: its links go, and linking finds its copies again.
	 */
	private void saveKeys(Article a, BodyFingerprint fp, long runId, boolean stored) {
		String id = a.id();
		this.jdbc.update(this.saveKey, id, fit(a.file(), FileLedger.MAX_PATH_CHARS), runId);
		saveBands(id, fit(a.siteDomain(), 200), fp, a.published(), stored);
	}

	/**
	 * An article's four band rows, pending comparison; a stored article leaves its copy
	 * groups first.
	 */
	void saveBands(String id, String siteDomain, BodyFingerprint fp, OffsetDateTime publishedAt, boolean stored) {
		if (stored) {
			leaveCopyGroups(id);
			deleteBands(id);
		}
		OffsetDateTime published = publishedAt.withOffsetSameInstant(ZoneOffset.UTC);
		List<Object[]> bands = new ArrayList<>(BandCopies.BANDS);
		List<Object[]> pending = new ArrayList<>(BandCopies.BANDS);
		for (int i = 0; i < BandCopies.BANDS; i++) {
			int band = BandCopies.key(fp.simhash(), i);
			bands.add(new Object[] { band, id, siteDomain, fp.hash(), fp.simhash(), published });
			pending.add(new Object[] { band, id });
		}
		this.jdbc.batchUpdate("INSERT INTO article_band (band, article_id, site_domain, body_hash, body_simhash, "
				+ "published) VALUES (?, ?, ?, ?, ?, ?)", bands);
		this.jdbc.batchUpdate("INSERT INTO article_band_pending (band, article_id) VALUES (?, ?)", pending);
	}

	/** Deletes an article and its rows, taking it out of its copy groups. */
	void delete(String id) {
		this.jdbc.update("DELETE FROM article_author WHERE article_id = ?", id);
		this.jdbc.update("DELETE FROM article_mention WHERE article_id = ?", id);
		this.jdbc.update("DELETE FROM article_mention_scan WHERE article_id = ?", id);
		this.jdbc.update("DELETE FROM article_mention_pending WHERE article_id = ?", id);
		leaveCopyGroups(id);
		deleteBands(id);
		this.jdbc.update("DELETE FROM article_key WHERE article_id = ?", id);
		this.jdbc.update("DELETE FROM article WHERE id = ?", id);
	}

	/** Deletes an article's band rows, pending or not. */
	private void deleteBands(String id) {
		List<Integer> bands = this.jdbc.queryForList("SELECT band FROM article_band WHERE article_id = ?",
				Integer.class, id);
		for (int band : bands) {
			// by primary key: the pending rows have no index on the article alone
			this.jdbc.update("DELETE FROM article_band_pending WHERE band = ? AND article_id = ?", band, id);
		}
		this.jdbc.update("DELETE FROM article_band WHERE article_id = ?", id);
	}

	/**
	 * Takes an article that is deleted or re-loaded (its body may have changed) out of
	 * its copy groups. A DUPLICATE group is one body: a member other than the original
	 * just loses its link, and the rest is still a group around the same original. A
	 * REPRINT group is held together by near pairs, and this article may have been the
	 * only bridge between its parts; the group's links go, and every member is compared
	 * again (its bands pending), which finds the groups that remain. So does a DUPLICATE
	 * group whose original leaves.
	 */
	private void leaveCopyGroups(String id) {
		for (String kind : List.of(BandCopies.DUPLICATE, BandCopies.REPRINT)) {
			List<String> originals = this.jdbc.queryForList(
					"SELECT article_id FROM article_link WHERE other_id = ? AND kind = ?", String.class, id, kind);
			if (!originals.isEmpty() && kind.equals(BandCopies.DUPLICATE)) {
				this.jdbc.update("DELETE FROM article_link WHERE other_id = ? AND kind = ?", id, kind);
				continue;
			}
			String original = originals.isEmpty() ? id : originals.get(0);
			List<String> copies = this.jdbc.queryForList(
					"SELECT other_id FROM article_link WHERE article_id = ? AND kind = ?", String.class, original,
					kind);
			if (copies.isEmpty()) {
				continue;
			}
			this.jdbc.update("DELETE FROM article_link WHERE article_id = ? AND kind = ?", original, kind);
			List<Object[]> again = new ArrayList<>();
			for (String member : copies) {
				if (!member.equals(id)) {
					again.add(new Object[] { member });
				}
			}
			if (!original.equals(id)) {
				again.add(new Object[] { original });
			}
			this.jdbc.batchUpdate(REPEND, again);
		}
	}

	/**
	 * Bands holding articles not yet compared with the band's others, lowest first: those
	 * of the first {@code rows} pending rows.
	 */
	List<Integer> pendingBands(int rows) {
		return this.jdbc
			.queryForList("SELECT band FROM article_band_pending ORDER BY band, article_id FETCH FIRST " + rows
					+ " ROWS ONLY", Integer.class)
			.stream()
			.distinct()
			.toList();
	}

	/** The articles of a band. */
	List<BandCopies.Member> band(int band) {
		return this.jdbc.query(
				"SELECT article_id, site_domain, body_hash, body_simhash, published FROM article_band WHERE band = ?",
				ArticleRepository::member, band);
	}

	private static BandCopies.Member member(ResultSet rs, int row) throws SQLException {
		return new BandCopies.Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
				rs.getObject(5, OffsetDateTime.class).toInstant());
	}

	/** The articles of a band not yet compared with the band's others. */
	Set<String> pendingIn(int band) {
		return new HashSet<>(this.jdbc.queryForList("SELECT article_id FROM article_band_pending WHERE band = ?",
				String.class, band));
	}

	/** Marks a band's articles compared. */
	void bandLinked(int band) {
		this.jdbc.update("DELETE FROM article_band_pending WHERE band = ?", band);
	}

	/**
	 * Unites the copy groups one band found with the groups stored, kind by kind. A
	 * stored group is a star: one link (original, copy, kind, similarity) per copy, the
	 * original being the group's earliest-published member (ties: the smallest id), with
	 * no link of that kind to an original of its own. Groups that meet keep the earliest
	 * of their originals, and the other originals move to it with their copies; so, in
	 * whatever order groups meet (bands, runs, files arriving late and earlier than an
	 * original), the links end as linking all the articles at once would leave them.
	 * Holds one band's groups and the copies of the originals it moves, never pairs.
	 */
	void join(List<BandCopies.Group> groups) {
		for (String kind : List.of(BandCopies.DUPLICATE, BandCopies.REPRINT)) {
			List<BandCopies.Group> ofKind = groups.stream().filter((g) -> g.kind().equals(kind)).toList();
			if (!ofKind.isEmpty()) {
				join(kind, ofKind);
			}
		}
	}

	private void join(String kind, List<BandCopies.Group> groups) {
		Map<String, BandCopies.Member> known = new HashMap<>();
		groups.forEach((g) -> g.members().forEach((m) -> known.put(m.id(), m)));
		Map<String, String> originalOf = new HashMap<>();
		eachRow("SELECT other_id, article_id FROM article_link WHERE kind = ? AND " + this.vendor.inArray("other_id"),
				known.keySet(), (rs) -> originalOf.put(rs.getString(1), rs.getString(2)), kind);
		// originals of stored groups that this band does not hold (their four band rows
		// are alike: the query names only the article, so that its index is used, not a
		// range of the bands)
		Set<String> elsewhere = new HashSet<>(originalOf.values());
		elsewhere.removeAll(known.keySet());
		eachRow("SELECT article_id, site_domain, body_hash, body_simhash, published FROM article_band " + "WHERE "
				+ this.vendor.inArray("article_id"), elsewhere,
				(rs) -> known.putIfAbsent(rs.getString(1), member(rs, 0)));

		// the stored groups that meet, united through their originals
		Map<String, String> parent = new HashMap<>();
		Set<String> originals = new HashSet<>();
		for (BandCopies.Group group : groups) {
			String first = null;
			for (BandCopies.Member m : group.members()) {
				String original = originalOf.getOrDefault(m.id(), m.id());
				originals.add(original);
				if (first == null) {
					first = original;
				}
				else {
					// under the first member's root: a group's originals stay one step
					// from it
					String a = root(parent, first);
					String b = root(parent, original);
					if (!a.equals(b)) {
						parent.put(b, a);
					}
				}
			}
		}
		Map<String, BandCopies.Member> earliest = new HashMap<>();
		for (String original : originals) {
			earliest.merge(root(parent, original), known.get(original),
					(x, y) -> (BandCopies.EARLIEST.compare(x, y) <= 0) ? x : y);
		}
		Map<String, BandCopies.Member> moving = new HashMap<>();
		List<Object[]> rows = new ArrayList<>();
		for (String original : originals) {
			BandCopies.Member target = earliest.get(root(parent, original));
			if (!target.id().equals(original)) {
				moving.put(original, target);
				rows.add(linkRow(target, original, known.get(original).simhash(), kind));
			}
		}
		if (moving.isEmpty()) {
			return;
		}
		eachRow("SELECT l.article_id, l.other_id, b.body_simhash, b.band FROM article_link l JOIN article_band b "
				+ "ON b.article_id = l.other_id WHERE l.kind = ? AND " + this.vendor.inArray("l.article_id"),
				moving.keySet(), (rs) -> {
					// one of the copy's four band rows
					if (rs.getInt(4) < (1 << BandCopies.BAND_BITS)) {
						rows.add(linkRow(moving.get(rs.getString(1)), rs.getString(2), rs.getLong(3), kind));
					}
				}, kind);
		List<Object[]> moved = new ArrayList<>();
		moving.keySet().forEach((original) -> moved.add(new Object[] { original, kind }));
		this.jdbc.batchUpdate("DELETE FROM article_link WHERE article_id = ? AND kind = ?", moved);
		for (int from = 0; from < rows.size(); from += LINK_BATCH) {
			this.jdbc.batchUpdate(
					"INSERT INTO article_link (article_id, other_id, kind, similarity) VALUES (?, ?, ?, ?)",
					rows.subList(from, Math.min(rows.size(), from + LINK_BATCH)));
		}
	}

	/** A copy's link to its original: a REPRINT's similarity is 1 - bits apart / 64. */
	private static Object[] linkRow(BandCopies.Member original, String copy, long copySimhash, String kind) {
		double similarity = kind.equals(BandCopies.DUPLICATE) ? 1.0
				: 1.0 - BodyFingerprint.distance(original.simhash(), copySimhash) / 64.0;
		return new Object[] { original.id(), copy, kind, similarity };
	}

	private static String root(Map<String, String> parent, String id) {
		String r = id;
		for (String up = parent.get(r); up != null; up = parent.get(r)) {
			r = up;
		}
		return r;
	}

	/**
	 * Runs a query whose last parameter is an array of ids, a thousand ids at a time (the
	 * array drives an index look-up).
	 */
	private void eachRow(String sql, Collection<String> ids, RowCallbackHandler handler, Object... leading) {
		List<String> list = new ArrayList<>(ids);
		for (int from = 0; from < list.size(); from += LINK_BATCH) {
			Object[] chunk = list.subList(from, Math.min(list.size(), from + LINK_BATCH)).toArray();
			this.jdbc.query((connection) -> {
				PreparedStatement statement = connection.prepareStatement(sql);
				for (int i = 0; i < leading.length; i++) {
					statement.setObject(i + 1, leading[i]);
				}
				statement.setArray(leading.length + 1, connection.createArrayOf("VARCHAR", chunk));
				return statement;
			}, handler);
		}
	}

}
