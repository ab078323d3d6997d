package io.newsroll.spark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Table contents as sorted lines of text, alike whichever database holds them (HSQLDB or
 * PostgreSQL): instants as instants, local times as local times, booleans as booleans.
 */
final class Tables {

	/**
	 * What {@code newsroll ingest} and the Spark job both write, without the run ids and
	 * time stamps, which differ between any two runs.
	 */
	static final Map<String, String> LOADED = new LinkedHashMap<>();

	/** The page roster snapshots: the Spark job loads no roster file. */
	private static final String PAGES = " WHERE snapshot_id IN (SELECT id FROM roster_snapshot WHERE source_kind = 'PAGE')";

	static {
		LOADED.put("article", "SELECT id, file, format, encoding, site, site_domain, url, channel, series, title, "
				+ "authors, published, published_local, kicker, lead, subheadings, body, body_chars, body_hash, "
				+ "body_simhash, sim_band0, sim_band1, sim_band2, sim_band3, author_note, source, source_publication, "
				+ "editor, lang, warnings FROM article");
		LOADED.put("article_author", "SELECT article_id, position, name FROM article_author");
		LOADED.put("article_key", "SELECT article_id, file FROM article_key");
		LOADED.put("article_band",
				"SELECT band, article_id, site_domain, body_hash, body_simhash, published FROM article_band");
		LOADED.put("file_ledger",
				"SELECT path, kind, size_bytes, modified, sha256, status, article_id FROM file_ledger WHERE kind = 'article'");
		// which file a DUPLICATE names as the keeper depends, in ingest, on the order its
		// partitions met the files; who keeps the id is the ledger's LOADED row
		LOADED.put("reject", "SELECT file, location, reason, CASE WHEN reason = 'DUPLICATE' "
				+ "THEN SUBSTRING(message FROM 1 FOR POSITION(') as ' IN message)) ELSE message END FROM reject "
				+ "WHERE reason NOT LIKE 'BAD_ROSTER%'");
		LOADED.put("roster_snapshot",
				"SELECT id, heading, as_of, file, source_kind, content_sha FROM roster_snapshot WHERE source_kind = 'PAGE'");
		LOADED.put("roster_member",
				"SELECT snapshot_id, position, name, raw_name, titles_raw, attributes FROM roster_member" + PAGES);
		LOADED.put("roster_title", "SELECT snapshot_id, member_position, position, title, concurrent, candidate, "
				+ "organization, role FROM roster_title" + PAGES);
	}

	/** What linking (copies, mentions) and the report summaries leave. */
	static final Map<String, String> LINKED = new LinkedHashMap<>();

	static {
		LINKED.put("article_link", "SELECT article_id, other_id, kind, similarity FROM article_link");
		LINKED.put("article_mention", "SELECT article_id, name, title_mentions, body_mentions, is_author, is_editor "
				+ "FROM article_mention");
		LINKED.put("article_band_pending", "SELECT band, article_id FROM article_band_pending");
		LINKED.put("article_mention_pending", "SELECT article_id FROM article_mention_pending");
		LINKED.put("report_day", "SELECT day, articles, counts FROM report_day");
	}

	private Tables() {
	}

	static Map<String, List<String>> dump(Connection c, Map<String, String> queries) throws SQLException {
		Map<String, List<String>> out = new LinkedHashMap<>();
		for (Map.Entry<String, String> q : queries.entrySet()) {
			List<String> rows = rows(c, q.getValue());
			if (q.getKey().equals("report_day")) {
				// a day's counts by run ('n' lines: article.run_id) name the runs, whose
				// ids differ by design (Spark runs are negative)
				rows = rows.stream().map((r) -> RUN_COUNT.matcher(r).replaceAll("n\tRUN\t")).sorted().toList();
			}
			out.put(q.getKey(), rows);
		}
		return out;
	}

	private static final java.util.regex.Pattern RUN_COUNT = java.util.regex.Pattern.compile("(?m)^n\t-?[0-9]+\t");

	/** Every row of every table of the job's, as stored (run ids and time stamps too). */
	static Map<String, List<String>> everything(Connection c) throws SQLException {
		Map<String, List<String>> out = new LinkedHashMap<>();
		for (String table : Schema.TABLES) {
			out.put(table, rows(c, "SELECT * FROM " + table));
		}
		out.put("article_day_writes", rows(c, "SELECT * FROM article_day_writes"));
		return out;
	}

	static List<String> rows(Connection c, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			ResultSetMetaData md = rs.getMetaData();
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= md.getColumnCount(); i++) {
					row.append((i > 1) ? " | " : "").append(value(rs, md, i));
				}
				rows.add(row.toString());
			}
		}
		Collections.sort(rows);
		return rows;
	}

	private static Object value(ResultSet rs, ResultSetMetaData md, int i) throws SQLException {
		if (rs.getObject(i) == null) {
			return "NULL";
		}
		int type = md.getColumnType(i);
		String name = md.getColumnTypeName(i).toLowerCase(Locale.ROOT);
		if (type == Types.TIMESTAMP_WITH_TIMEZONE || name.contains("timestamptz") || name.contains("with time zone")) {
			return rs.getObject(i, OffsetDateTime.class).toInstant();
		}
		return switch (type) {
			case Types.TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
			case Types.DATE -> rs.getObject(i, LocalDate.class);
			case Types.BOOLEAN, Types.BIT -> rs.getBoolean(i);
			case Types.DOUBLE, Types.FLOAT, Types.REAL -> rs.getDouble(i);
			case Types.INTEGER, Types.BIGINT, Types.SMALLINT -> rs.getLong(i);
			default -> rs.getString(i);
		};
	}

}
