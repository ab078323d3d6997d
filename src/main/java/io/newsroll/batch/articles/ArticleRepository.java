package io.newsroll.batch.articles;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

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
			  warnings = ?, run_id = ?, link_pending = TRUE
			WHEN NOT MATCHED THEN INSERT (file, format, encoding, site, site_domain, url, channel, series, title, authors,
			  published, published_local, kicker, lead, subheadings, body, body_chars, body_hash, body_simhash, sim_band0,
			  sim_band1, sim_band2, sim_band3, author_note, source, source_publication, editor, lang, warnings, run_id,
			  link_pending, id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, v.id)
			""";

	/** A candidate copy of an article. */
	record Candidate(String id, String siteDomain, String bodyHash, long simhash) {
	}

	private final JdbcTemplate jdbc;

	private final ZoneId zone;

	public ArticleRepository(JdbcTemplate jdbc, io.newsroll.batch.NewsrollProperties properties) {
		this.jdbc = jdbc;
		this.zone = properties.zone();
	}

	/** The file an article id was loaded from, or null when the id is new. */
	String fileOf(String id) {
		List<String> files = this.jdbc.queryForList("SELECT file FROM article WHERE id = ?", String.class, id);
		return files.isEmpty() ? null : files.get(0);
	}

	/**
	 * Whether the article was stored by an earlier job run rather than by this run (or an
	 * earlier attempt of this run, which a restart resumes): runs are job executions,
	 * attempts share their job instance.
	 */
	boolean storedByEarlierRun(String id, long runId) {
		Integer same = this.jdbc.queryForObject("SELECT COUNT(*) FROM article a JOIN BATCH_JOB_EXECUTION x "
				+ "ON x.JOB_EXECUTION_ID = a.run_id JOIN BATCH_JOB_EXECUTION y ON y.JOB_INSTANCE_ID = x.JOB_INSTANCE_ID "
				+ "WHERE a.id = ? AND y.JOB_EXECUTION_ID = ?", Integer.class, id, runId);
		return same == null || same == 0;
	}

	/**
	 * Loads an article, replacing any earlier version from the same file (a re-crawled
	 * page).
	 */
	void save(Article a, BodyFingerprint fp, long runId) {
		List<String> stale = this.jdbc.queryForList("SELECT id FROM article WHERE file = ? AND id <> ?", String.class,
				a.file(), a.id());
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
		Object[] args = new Object[1 + values.length * 2];
		args[0] = a.id();
		System.arraycopy(values, 0, args, 1, values.length);
		System.arraycopy(values, 0, args, 1 + values.length, values.length);
		this.jdbc.update(MERGE_ARTICLE, args);
		this.jdbc.update("DELETE FROM article_author WHERE article_id = ?", a.id());
		List<String> authors = a.authors();
		for (int i = 0; i < authors.size(); i++) {
			this.jdbc.update("INSERT INTO article_author (article_id, position, name) VALUES (?, ?, ?)", a.id(), i,
					fit(authors.get(i), 200));
		}
	}

	static String fit(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max - 1) + "…";
	}

	private void delete(String id) {
		this.jdbc.update("DELETE FROM article_author WHERE article_id = ?", id);
		this.jdbc.update("DELETE FROM article_link WHERE article_id = ? OR other_id = ?", id, id);
		this.jdbc.update("DELETE FROM article WHERE id = ?", id);
	}

	/** Articles written since their copies were last looked for, oldest id first. */
	List<Candidate> pendingLinks(int limit) {
		return this.jdbc.query(
				"SELECT id, site_domain, body_hash, body_simhash FROM article WHERE link_pending ORDER BY id FETCH FIRST "
						+ limit + " ROWS ONLY",
				(rs, i) -> new Candidate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
	}

	/**
	 * Articles sharing a simhash band with the given one: the only ones that can be
	 * within 3 bits.
	 */
	List<Candidate> sharingBand(Candidate c) {
		BodyFingerprint fp = new BodyFingerprint(c.bodyHash(), c.simhash());
		return this.jdbc.query(
				"SELECT id, site_domain, body_hash, body_simhash FROM article WHERE id <> ? AND "
						+ "(sim_band0 = ? OR sim_band1 = ? OR sim_band2 = ? OR sim_band3 = ?)",
				(rs, i) -> new Candidate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)), c.id(),
				fp.band(0), fp.band(1), fp.band(2), fp.band(3));
	}

	/** Records a link once per pair, whichever of the two is found first. */
	void link(String a, String b, String kind, double similarity) {
		String first = (a.compareTo(b) < 0) ? a : b;
		String second = first.equals(a) ? b : a;
		this.jdbc.update("MERGE INTO article_link l USING (VALUES (CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(64)))) "
				+ "AS v(a, b) ON l.article_id = v.a AND l.other_id = v.b "
				+ "WHEN MATCHED THEN UPDATE SET kind = ?, similarity = ? "
				+ "WHEN NOT MATCHED THEN INSERT (article_id, other_id, kind, similarity) VALUES (v.a, v.b, ?, ?)",
				first, second, kind, similarity, kind, similarity);
	}

	void linked(String id) {
		this.jdbc.update("UPDATE article SET link_pending = FALSE WHERE id = ?", id);
	}

}
