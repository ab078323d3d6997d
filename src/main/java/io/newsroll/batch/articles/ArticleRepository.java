package io.newsroll.batch.articles;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.newsroll.core.article.Article;
import io.newsroll.core.article.BodyFingerprint;

import org.springframework.jdbc.core.JdbcTemplate;
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

	private static final String MERGE_LINK = "MERGE INTO article_link l USING (VALUES (CAST(? AS VARCHAR(64)), "
			+ "CAST(? AS VARCHAR(64)))) AS v(a, b) ON l.article_id = v.a AND l.other_id = v.b "
			+ "WHEN MATCHED THEN UPDATE SET kind = ?, similarity = ? "
			+ "WHEN NOT MATCHED THEN INSERT (article_id, other_id, kind, similarity) VALUES (v.a, v.b, ?, ?)";

	private static final int LINK_BATCH = 1000;

	private final JdbcTemplate jdbc;

	private final ZoneId zone;

	public ArticleRepository(JdbcTemplate jdbc, io.newsroll.batch.NewsrollProperties properties) {
		this.jdbc = jdbc;
		this.zone = properties.zone();
	}

	/** The file an article id was loaded from, or null when the id is new. */
	String fileOf(String id) {
		List<String> files = this.jdbc.queryForList("SELECT file FROM article_key WHERE article_id = ?", String.class,
				id);
		return files.isEmpty() ? null : files.get(0);
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
		Object[] values = { fit(a.file(), 1024), a.format(), fit(a.encoding(), 32), fit(a.site(), 200),
				fit(a.siteDomain(), 200), fit(a.url(), 2048), fit(a.channel(), 200), fit(a.series(), 500),
				fit(a.title(), 2000), fit(String.join("、", a.authors()), 1000),
				a.published().withOffsetSameInstant(ZoneOffset.UTC), local, fit(a.kicker(), 500),
				fit(a.lead(), 1_000_000), fit(String.join("\n", a.subheadings()), 1_000_000),
				fit(a.bodyText(), 4_000_000), a.bodyChars(), fp.hash(), fp.simhash(), fp.band(0), fp.band(1),
				fp.band(2), fp.band(3), fit(a.authorNote(), 2000), fit(a.source(), 500),
				fit(a.sourcePublication(), 200), fit(a.editor(), 200), fit(a.lang(), 16),
				fit(String.join(",", a.warnings()), 500), runId };
		if (stored) {
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
		if (stored && deleteBands(id)) {
			deleteLinks(id);
		}
		this.jdbc.update(
				"MERGE INTO article_key k USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(1024)), "
						+ "CAST(? AS BIGINT))) AS v(id, file, run_id) ON k.article_id = v.id "
						+ "WHEN MATCHED THEN UPDATE SET file = v.file, run_id = v.run_id "
						+ "WHEN NOT MATCHED THEN INSERT (article_id, file, run_id) VALUES (v.id, v.file, v.run_id)",
				id, fit(a.file(), 1024), runId);
		List<Object[]> bands = new ArrayList<>(BandCopies.BANDS);
		List<Object[]> pending = new ArrayList<>(BandCopies.BANDS);
		for (int i = 0; i < BandCopies.BANDS; i++) {
			int band = BandCopies.key(fp.simhash(), i);
			bands.add(new Object[] { band, id, fit(a.siteDomain(), 200), fp.hash(), fp.simhash() });
			pending.add(new Object[] { band, id });
		}
		this.jdbc.batchUpdate("INSERT INTO article_band (band, article_id, site_domain, body_hash, body_simhash) "
				+ "VALUES (?, ?, ?, ?, ?)", bands);
		this.jdbc.batchUpdate("INSERT INTO article_band_pending (band, article_id) VALUES (?, ?)", pending);
	}

	private void delete(String id) {
		this.jdbc.update("DELETE FROM article_author WHERE article_id = ?", id);
		deleteLinks(id);
		deleteBands(id);
		this.jdbc.update("DELETE FROM article_key WHERE article_id = ?", id);
		this.jdbc.update("DELETE FROM article WHERE id = ?", id);
	}

	/** Deletes an article's band rows, pending or not; false when it had none. */
	private boolean deleteBands(String id) {
		List<Integer> bands = this.jdbc.queryForList("SELECT band FROM article_band WHERE article_id = ?",
				Integer.class, id);
		for (int band : bands) {
			// by primary key: the pending rows have no index on the article alone
			this.jdbc.update("DELETE FROM article_band_pending WHERE band = ? AND article_id = ?", band, id);
		}
		this.jdbc.update("DELETE FROM article_band WHERE article_id = ?", id);
		return !bands.isEmpty();
	}

	private void deleteLinks(String id) {
		this.jdbc.update("DELETE FROM article_link WHERE article_id = ?", id);
		this.jdbc.update("DELETE FROM article_link WHERE other_id = ?", id);
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
				"SELECT article_id, site_domain, body_hash, body_simhash FROM article_band WHERE band = ?",
				(rs, i) -> new BandCopies.Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
				band);
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
	 * Records links once per pair, whichever of the two is found first; sent to the
	 * database in batches (a band of identical bodies gives thousands of links).
	 */
	void link(List<BandCopies.Link> links) {
		List<Object[]> rows = new ArrayList<>(Math.min(links.size(), LINK_BATCH));
		for (BandCopies.Link link : links) {
			String first = (link.first().compareTo(link.second()) < 0) ? link.first() : link.second();
			String second = first.equals(link.first()) ? link.second() : link.first();
			rows.add(new Object[] { first, second, link.kind(), link.similarity(), link.kind(), link.similarity() });
			if (rows.size() == LINK_BATCH) {
				this.jdbc.batchUpdate(MERGE_LINK, rows);
				rows.clear();
			}
		}
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(MERGE_LINK, rows);
		}
	}

}
