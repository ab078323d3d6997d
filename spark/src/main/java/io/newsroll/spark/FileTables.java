package io.newsroll.spark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.spark.sql.Row;

/**
 * The file ledger, rejects and page roster snapshots as {@code newsroll ingest} writes
 * them (its {@code FileLedger}, {@code RejectRepository} and {@code RosterStore}), in
 * PostgreSQL's SQL.
 */
final class FileTables {

	private static final String UPSERT_LEDGER = "INSERT INTO file_ledger (path, kind, size_bytes, modified, sha256, "
			+ "status, article_id, run_id, updated_at) VALUES (?, 'article', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (path) "
			+ "DO UPDATE SET kind = EXCLUDED.kind, size_bytes = EXCLUDED.size_bytes, modified = EXCLUDED.modified, "
			+ "sha256 = EXCLUDED.sha256, status = EXCLUDED.status, article_id = EXCLUDED.article_id, "
			+ "run_id = EXCLUDED.run_id, updated_at = EXCLUDED.updated_at";

	private final Connection connection;

	private final long runId;

	private final OffsetDateTime now;

	FileTables(Connection connection, long runId, Instant now) {
		this.connection = connection;
		this.runId = runId;
		this.now = now.atOffset(ZoneOffset.UTC);
	}

	/** One ledger row per file: what became of it in this run. */
	void record(List<Row> outcomes) throws SQLException {
		try (PreparedStatement st = this.connection.prepareStatement(UPSERT_LEDGER)) {
			for (Row o : outcomes) {
				boolean loaded = Outcomes.status(o) == Outcomes.Status.LOADED;
				st.setString(1, Outcomes.file(o));
				st.setLong(2, o.getLong(1));
				st.setObject(3, modified(o.getLong(2)));
				st.setString(4, (o.getString(3) != null) ? o.getString(3) : "");
				st.setString(5, loaded ? "LOADED" : "REJECTED");
				st.setString(6, loaded ? Outcomes.id(o) : null);
				st.setLong(7, this.runId);
				st.setObject(8, this.now);
				st.addBatch();
			}
			st.executeBatch();
		}
	}

	/** Re-stamps unchanged files whose modification time moved. */
	void touch(List<Row> outcomes) throws SQLException {
		try (PreparedStatement st = this.connection
			.prepareStatement("UPDATE file_ledger SET modified = ? WHERE path = ?")) {
			for (Row o : outcomes) {
				st.setObject(1, modified(o.getLong(2)));
				st.setString(2, Outcomes.file(o));
				st.addBatch();
			}
			st.executeBatch();
		}
	}

	/** A loaded file whose article another file of this run keeps after all. */
	void demote(String path) throws SQLException {
		try (PreparedStatement st = this.connection.prepareStatement(
				"UPDATE file_ledger SET status = 'REJECTED', article_id = NULL, run_id = ?, updated_at = ? WHERE path = ?")) {
			st.setLong(1, this.runId);
			st.setObject(2, this.now);
			st.setString(3, path);
			st.executeUpdate();
		}
	}

	/**
	 * The rejects of the files, replacing what an earlier attempt of this run's task
	 * wrote for them (a task Spark runs again writes each reject once).
	 */
	void reject(List<String> files, List<Row> violations) throws SQLException {
		try (PreparedStatement st = this.connection
			.prepareStatement("DELETE FROM reject WHERE run_id = ? AND file = ANY (?)")) {
			st.setLong(1, this.runId);
			st.setArray(2, this.connection.createArrayOf("varchar", files.toArray()));
			st.executeUpdate();
		}
		try (PreparedStatement st = this.connection.prepareStatement(
				"INSERT INTO reject (run_id, file, location, reason, message, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
			for (Row v : violations) {
				st.setLong(1, this.runId);
				st.setString(2, ArticleTables.fit(v.getString(0), ArticleTables.MAX_PATH_CHARS));
				st.setString(3, ArticleTables.fit(v.getString(1), 100));
				st.setString(4, v.getString(2));
				st.setString(5, ArticleTables.fit(v.getString(3), 4000));
				st.setObject(6, this.now);
				st.addBatch();
			}
			st.executeBatch();
		}
	}

	/**
	 * Saves a page's roster block unless its snapshot is there already; one already there
	 * is credited to the page whose path sorts first.
	 */
	void saveRoster(PageRoster roster) throws SQLException {
		boolean inserted;
		try (PreparedStatement st = this.connection.prepareStatement(
				"INSERT INTO roster_snapshot (id, heading, as_of, file, source_kind, content_sha, run_id) "
						+ "VALUES (?, ?, ?, ?, 'PAGE', ?, ?) ON CONFLICT (id) DO UPDATE SET file = EXCLUDED.file "
						+ "WHERE roster_snapshot.file COLLATE \"C\" > EXCLUDED.file COLLATE \"C\" "
						+ "RETURNING (xmax = 0)")) {
			st.setString(1, roster.id());
			st.setString(2, roster.heading());
			st.setObject(3, (roster.asOf() != null) ? Date.valueOf(roster.asOf()) : null);
			st.setString(4, roster.file());
			st.setString(5, roster.contentSha());
			st.setLong(6, this.runId);
			try (ResultSet rs = st.executeQuery()) {
				inserted = rs.next() && rs.getBoolean(1);
			}
		}
		if (!inserted) {
			return;
		}
		try (PreparedStatement member = this.connection.prepareStatement(
				"INSERT INTO roster_member (snapshot_id, position, name, raw_name, titles_raw, attributes) "
						+ "VALUES (?, ?, ?, ?, ?, ?)");
				PreparedStatement title = this.connection.prepareStatement(
						"INSERT INTO roster_title (snapshot_id, member_position, position, title, concurrent, candidate, "
								+ "organization, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (PageRoster.Member m : roster.members()) {
				member.setString(1, roster.id());
				member.setInt(2, m.position());
				member.setString(3, m.name());
				member.setString(4, m.rawName());
				member.setString(5, m.titlesRaw());
				member.setString(6, m.attributes());
				member.addBatch();
			}
			for (PageRoster.TitleRow t : roster.titles()) {
				title.setString(1, roster.id());
				title.setInt(2, t.memberPosition());
				title.setInt(3, t.position());
				title.setString(4, t.title());
				title.setBoolean(5, t.concurrent());
				title.setBoolean(6, t.candidate());
				title.setString(7, t.organization());
				title.setString(8, t.role());
				title.addBatch();
			}
			member.executeBatch();
			title.executeBatch();
		}
	}

	static OffsetDateTime modified(long micros) {
		return Instant.EPOCH.plus(micros, ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

}
