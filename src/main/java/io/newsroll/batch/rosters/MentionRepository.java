package io.newsroll.batch.rosters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import io.newsroll.batch.db.Vendor;
import io.newsroll.core.roster.MentionMatcher;
import io.newsroll.core.roster.RosterDigest;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database side of mention linking: the roster people to look for, the articles not
 * yet scanned against the current set of people, and their {@code article_mention} rows.
 * <p>
 * Each article records the fingerprint of the name set it was scanned against
 * ({@code article_mention_scan}); when a roster brings new people or titles the
 * fingerprint changes and every article is scanned again (a sweep), otherwise only the
 * articles written since the last scan are: the article writer queues each article it
 * writes ({@code article_mention_pending}), and {@code mention_sweep} records the name
 * set of the last complete sweep.
 */
public class MentionRepository {

	/** An article's text, as mention linking needs it. */
	public record ArticleText(String id, String title, String body, List<String> authors, String editor) {
	}

	/**
	 * The people on any roster, each with the organizations and roles of their titles,
	 * and their fingerprint.
	 */
	public record People(Map<String, Set<String>> words, String sha) {
	}

	private final JdbcTemplate jdbc;

	private final Vendor vendor;

	public MentionRepository(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.vendor = Vendor.of(dataSource);
	}

	public People people() {
		Map<String, Set<String>> words = new LinkedHashMap<>();
		StringBuilder fingerprint = new StringBuilder();
		this.jdbc.query("SELECT DISTINCT m.name, t.organization, t.role FROM roster_member m LEFT JOIN roster_title t "
				+ "ON t.snapshot_id = m.snapshot_id AND t.member_position = m.position ORDER BY m.name, t.organization, t.role",
				(rs) -> {
					String name = rs.getString(1);
					Set<String> set = words.computeIfAbsent(name, (k) -> new LinkedHashSet<>());
					String organization = rs.getString(2);
					String role = rs.getString(3);
					if (organization != null) {
						set.add(organization);
					}
					if (role != null) {
						set.add(role);
					}
					fingerprint.append(name)
						.append('\u001f')
						.append(organization)
						.append('\u001f')
						.append(role)
						.append('\n');
				});
		return new People(words, RosterDigest.sha256(fingerprint.toString()));
	}

	/**
	 * Up to {@code limit} articles after {@code afterId} (in id order) whose mentions
	 * were not computed against the name set {@code namesSha}: a sweep's next page. The
	 * search runs over the narrow {@code article_key} rows (a scan of article would read
	 * every body) and resumes after the last page's last id, so a step reads each key
	 * once.
	 */
	public List<ArticleText> pending(String namesSha, String afterId, int limit) {
		return texts(this.jdbc.queryForList("SELECT k.article_id FROM article_key k "
				+ "LEFT JOIN article_mention_scan s ON s.article_id = k.article_id "
				+ "WHERE k.article_id > ? AND (s.article_id IS NULL OR s.names_sha <> ?) ORDER BY k.article_id "
				+ "FETCH FIRST " + limit + " ROWS ONLY", String.class, afterId, namesSha));
	}

	/**
	 * Up to {@code limit} queued articles after {@code afterId} (in id order): written
	 * since their mentions were last computed. A queued id whose article is gone is
	 * passed over.
	 */
	public List<ArticleText> queued(String afterId, int limit) {
		return texts(this.jdbc.queryForList("SELECT p.article_id FROM article_mention_pending p "
				+ "JOIN article_key k ON k.article_id = p.article_id WHERE p.article_id > ? ORDER BY p.article_id "
				+ "FETCH FIRST " + limit + " ROWS ONLY", String.class, afterId));
	}

	/**
	 * The name set of the last complete sweep, or null when no sweep completed (a new
	 * database, or one of an older version).
	 */
	public String sweptSha() {
		List<String> sha = this.jdbc.queryForList("SELECT names_sha FROM mention_sweep WHERE id = 1", String.class);
		return sha.isEmpty() ? null : sha.get(0);
	}

	/**
	 * Before a sweep: a queued article was rewritten after its last scan, so that scan no
	 * longer counts, whatever name set it was made with.
	 */
	public void forgetScansOfQueued() {
		this.jdbc.update("DELETE FROM article_mention_scan WHERE article_id IN "
				+ "(SELECT article_id FROM article_mention_pending)");
	}

	/** Empties the queue (there are no names to look for). */
	public void clearQueue() {
		this.jdbc.update("DELETE FROM article_mention_pending");
	}

	/** Records a complete sweep: every article is scanned against {@code namesSha}. */
	public void sweptWith(String namesSha) {
		this.jdbc.update(this.vendor.upsert("mention_sweep", new String[] { "id INTEGER" }, "names_sha VARCHAR(64)"), 1,
				namesSha);
	}

	private List<ArticleText> texts(List<String> ids) {
		List<ArticleText> articles = new ArrayList<>();
		if (ids.isEmpty()) {
			return articles;
		}
		this.jdbc.query("SELECT id, title, body, editor FROM article WHERE id IN ("
				+ String.join(",", Collections.nCopies(ids.size(), "?")) + ") ORDER BY id", (rs) -> {
					articles.add(new ArticleText(rs.getString(1), rs.getString(2), rs.getString(3), new ArrayList<>(),
							rs.getString(4)));
				}, ids.toArray());
		if (articles.isEmpty()) {
			return articles;
		}
		Map<String, ArticleText> byId = new LinkedHashMap<>();
		articles.forEach((article) -> byId.put(article.id(), article));
		String marks = String.join(",", Collections.nCopies(articles.size(), "?"));
		this.jdbc.query("SELECT article_id, name FROM article_author WHERE article_id IN (" + marks
				+ ") ORDER BY article_id, position", (rs) -> {
					byId.get(rs.getString(1)).authors().add(rs.getString(2));
				}, byId.keySet().toArray());
		return articles;
	}

	/**
	 * Replaces the mentions of a page of articles (article id to its mentions), records
	 * the name set they were computed against and takes the articles off the queue: a
	 * statement per kind of row for the whole page, not four per article (228,000
	 * statements for 57,000 articles).
	 */
	public void replaceAll(Map<String, List<MentionMatcher.Mention>> byArticle, String namesSha) {
		if (byArticle.isEmpty()) {
			return;
		}
		Object[] ids = byArticle.keySet().toArray();
		deleteRows("article_mention", ids);
		deleteRows("article_mention_pending", ids);
		List<Object[]> rows = new ArrayList<>();
		byArticle.forEach((id, mentions) -> mentions.forEach((m) -> rows
			.add(new Object[] { id, m.name(), m.titleMentions(), m.bodyMentions(), m.author(), m.editor() })));
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate("INSERT INTO article_mention (article_id, name, title_mentions, body_mentions, "
					+ "is_author, is_editor) VALUES (?, ?, ?, ?, ?, ?)", rows);
		}
		this.jdbc.batchUpdate(
				this.vendor.upsert("article_mention_scan", new String[] { "article_id VARCHAR(64)" },
						"names_sha VARCHAR(64)"),
				byArticle.keySet().stream().map((id) -> new Object[] { id, namesSha }).toList());
	}

	/** Deletes the rows of the given articles from a table keyed by article id. */
	private void deleteRows(String table, Object[] articleIds) {
		this.jdbc.update((con) -> {
			var ps = con.prepareStatement("DELETE FROM " + table + " WHERE " + this.vendor.inArray("article_id"));
			ps.setArray(1, con.createArrayOf("VARCHAR", articleIds));
			return ps;
		});
	}

}
