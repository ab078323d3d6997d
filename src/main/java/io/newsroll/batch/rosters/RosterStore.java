package io.newsroll.batch.rosters;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.newsroll.core.roster.Roster;
import io.newsroll.core.roster.RosterDigest;
import io.newsroll.core.roster.RosterMember;
import io.newsroll.core.roster.Title;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves roster snapshots into {@code roster_snapshot}, {@code roster_member} and
 * {@code roster_title}.
 * <p>
 * A snapshot's id is the SHA-256 of its source and its content (heading, as-of date,
 * members, titles, attributes), so saving the same roster again changes nothing, and a
 * changed file becomes a new snapshot beside the old one. The source of a roster file is
 * its path; the source of a roster block in a page is its heading, so the same sidebar
 * repeated on many pages of one day is one snapshot, not hundreds.
 */
public class RosterStore {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	public RosterStore(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	/**
	 * Saves a snapshot unless it is already there (a roster block already there from
	 * another page is then credited to the page whose path sorts first).
	 * @return true when the snapshot was new and saved
	 */
	public boolean save(Roster roster, RosterDigest.Origin kind, long runId) {
		String contentSha = RosterDigest.contentSha(roster);
		String id = RosterDigest.snapshotId(roster, kind, contentSha);
		Boolean saved = this.tx.execute((status) -> {
			Integer existing = this.jdbc.queryForObject("SELECT COUNT(*) FROM roster_snapshot WHERE id = ?",
					Integer.class, id);
			if (existing != null && existing > 0) {
				if (kind == RosterDigest.Origin.PAGE) {
					// the same block on several pages: the page whose path sorts first
					// names
					// it, whichever partition wrote first and whether or not a crashed
					// run
					// wrote some of them
					this.jdbc.update("UPDATE roster_snapshot SET file = ? WHERE id = ? AND file > ?", roster.file(), id,
							roster.file());
				}
				return false;
			}
			this.jdbc.update(
					"INSERT INTO roster_snapshot (id, heading, as_of, file, source_kind, content_sha, run_id) "
							+ "VALUES (?, ?, ?, ?, ?, ?, ?)",
					id, roster.heading(), (roster.asOf() != null) ? Date.valueOf(roster.asOf()) : null, roster.file(),
					kind.name(), contentSha, runId);
			insertMembers(id, roster.members());
			return true;
		});
		return Boolean.TRUE.equals(saved);
	}

	private void insertMembers(String id, List<RosterMember> members) {
		List<Object[]> memberRows = new ArrayList<>();
		List<Object[]> titleRows = new ArrayList<>();
		for (int m = 0; m < members.size(); m++) {
			RosterMember member = members.get(m);
			memberRows.add(new Object[] { id, m, member.name(), member.rawName(), member.titlesRaw(),
					RosterDigest.attributes(member.attributes()) });
			for (int t = 0; t < member.titles().size(); t++) {
				Title title = member.titles().get(t);
				titleRows.add(new Object[] { id, m, t, title.title(), title.concurrent(), title.candidate(),
						title.organization(), title.role() });
			}
			if (memberRows.size() >= BATCH) {
				flush(memberRows, titleRows);
			}
		}
		flush(memberRows, titleRows);
	}

	private void flush(List<Object[]> memberRows, List<Object[]> titleRows) {
		if (!memberRows.isEmpty()) {
			this.jdbc.batchUpdate(
					"INSERT INTO roster_member (snapshot_id, position, name, raw_name, titles_raw, attributes) "
							+ "VALUES (?, ?, ?, ?, ?, ?)",
					memberRows);
		}
		if (!titleRows.isEmpty()) {
			this.jdbc
				.batchUpdate("INSERT INTO roster_title (snapshot_id, member_position, position, title, concurrent, "
						+ "candidate, organization, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", titleRows);
		}
		memberRows.clear();
		titleRows.clear();
	}

}
