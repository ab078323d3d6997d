package io.newsroll.batch;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsroll.batch.db.HsqldbUrls;
import io.newsroll.batch.db.TestPostgres;
import io.newsroll.cli.AppContext;
import io.newsroll.cli.DatabaseOptions;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A working directory for whole-job tests: input/ filled from the test resources, output/
 * and a real HSQLDB file database inside it, and table snapshots to compare runs.
 */
public final class Workspace {

	/** newsroll's own tables, with the columns that order their rows. */
	public static final Map<String, String> DATA_TABLES = Map.ofEntries(Map.entry("article", "id"),
			Map.entry("article_author", "article_id, position"),
			Map.entry("article_link", "article_id, other_id, kind"), Map.entry("article_key", "article_id"),
			Map.entry("article_band", "band, article_id"), Map.entry("article_band_pending", "band, article_id"),
			Map.entry("file_ledger", "path"), Map.entry("reject", "file, reason, location, message"),
			Map.entry("roster_snapshot", "id"), Map.entry("roster_member", "snapshot_id, position"),
			Map.entry("roster_title", "snapshot_id, member_position, position"),
			Map.entry("article_mention", "article_id, name"), Map.entry("article_mention_scan", "article_id"));

	/**
	 * Columns that say when or in which run a row was written (or when its file was):
	 * they differ between two equal runs.
	 */
	public static final Set<String> RUN_COLUMNS = Set.of("RUN_ID", "UPDATED_AT", "CREATED_AT", "LINK_PENDING",
			"MODIFIED");

	public final Path root;

	public final Path articles;

	public final Path rosters;

	public final Path output;

	private Workspace(Path root) {
		this.root = root;
		this.articles = root.resolve("input/articles");
		this.rosters = root.resolve("input/rosters");
		this.output = root.resolve("output");
	}

	/**
	 * Real pages of the dev corpus copy in the test resources that the whole-job tests
	 * ingest.
	 */
	public static final List<String> SAMPLE_PAGES = List.of("cwced-0ef8393b", "cwced-2bac7fb2", "cwced-3832838a",
			"mh-090704b0cb2e", "mh-14b709df543c", "mh-1f930df31eb3", "naeb-03434393eb6c", "naeb-03e1eddf444b");

	/**
	 * The sample pages and three files that are rejected (empty, random bytes, a broken
	 * .gz).
	 */
	public static Workspace withSamplePagesAndBrokenFiles(Path root) throws IOException {
		Workspace ws = withSamplePages(root);
		Path broken = Files.createDirectories(ws.articles.resolve("broken"));
		Files.write(broken.resolve("empty.html"), new byte[0]);
		byte[] junk = new byte[4096];
		new java.util.Random(42).nextBytes(junk);
		Files.write(broken.resolve("junk.html"), junk);
		Files.write(broken.resolve("junk.txt.gz"), junk);
		return ws;
	}

	/**
	 * A workspace whose input/articles holds the seed page (as {@code workercn/…}) and
	 * the {@link #SAMPLE_PAGES} (as {@code corpus/<id>.html}), copied from the test
	 * resources.
	 */
	public static Workspace withSamplePages(Path root) throws IOException {
		Workspace ws = new Workspace(root);
		Files.createDirectories(ws.articles.resolve("workercn"));
		Files.createDirectories(ws.articles.resolve("corpus"));
		Files.copy(resource("seed/workercn-2019-05-21-anhui.txt"),
				ws.articles.resolve("workercn/workercn-2019-05-21-anhui.txt"));
		for (String id : SAMPLE_PAGES) {
			Files.copy(resource("corpus/dev/pages/" + id + "/page.html"),
					ws.articles.resolve("corpus/" + id + ".html"));
		}
		Files.createDirectories(ws.rosters);
		Files.createDirectories(ws.output);
		return ws;
	}

	private TestPostgres.Database server;

	/** Stores into a PostgreSQL database instead of the embedded file database. */
	public Workspace on(TestPostgres.Database database) {
		this.server = database;
		return this;
	}

	public String dbUrl() {
		return (this.server != null) ? this.server.url() : HsqldbUrls.file(this.output.resolve("db/newsroll"));
	}

	public String dbUser() {
		return (this.server != null) ? this.server.user() : "SA";
	}

	public String dbPassword() {
		return (this.server != null) ? this.server.password() : "";
	}

	/**
	 * The command line options that point a newsroll process at this workspace's
	 * database.
	 */
	public List<String> dbOptions() {
		return List.of("--db-url", dbUrl(), "--db-user", dbUser(), "--db-password", dbPassword());
	}

	public ConfigurableApplicationContext open(Map<String, Object> properties) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("newsroll.input", this.root.resolve("input").toString());
		props.put("newsroll.output", this.output.toString());
		props.put("newsroll.log-dir", this.output.resolve("logs").toString());
		props.putAll(properties);
		return AppContext.open(DatabaseOptions.of(dbUrl(), dbUser(), dbPassword()), props);
	}

	/** Every row of newsroll's data tables, in key order, as text. */
	public Map<String, List<List<String>>> snapshot(boolean withRunColumns) throws SQLException {
		Map<String, List<List<String>>> tables = new java.util.TreeMap<>();
		try (Connection con = DriverManager.getConnection(dbUrl(), dbUser(), dbPassword());
				Statement st = con.createStatement()) {
			for (Map.Entry<String, String> t : DATA_TABLES.entrySet()) {
				List<List<String>> rows = new ArrayList<>();
				try (ResultSet rs = st.executeQuery("SELECT * FROM " + t.getKey() + " ORDER BY " + t.getValue())) {
					ResultSetMetaData md = rs.getMetaData();
					while (rs.next()) {
						List<String> row = new ArrayList<>();
						for (int i = 1; i <= md.getColumnCount(); i++) {
							String column = md.getColumnName(i).toUpperCase(java.util.Locale.ROOT);
							boolean runColumn = RUN_COLUMNS.contains(column)
									|| (t.getKey().equals("reject") && column.equals("ID"));
							if (withRunColumns || !runColumn) {
								row.add(column + "=" + rs.getString(i));
							}
						}
						rows.add(row);
					}
				}
				tables.put(t.getKey(), rows);
			}
		}
		return tables;
	}

	/**
	 * Asserts two snapshots hold the same rows, table by table, naming the first
	 * difference briefly (rows can hold whole article bodies).
	 */
	public static void assertSameData(Map<String, List<List<String>>> actual,
			Map<String, List<List<String>>> expected) {
		org.assertj.core.api.Assertions.assertThat(actual.keySet()).isEqualTo(expected.keySet());
		for (String table : expected.keySet()) {
			List<List<String>> a = actual.get(table);
			List<List<String>> e = expected.get(table);
			for (int i = 0; i < Math.min(a.size(), e.size()); i++) {
				if (!a.get(i).equals(e.get(i))) {
					org.assertj.core.api.Assertions.fail("table %s row %d differs:%n  actual   %s%n  expected %s",
							table, i, brief(a.get(i)), brief(e.get(i)));
				}
			}
			org.assertj.core.api.Assertions.assertThat(a.size()).as("rows in " + table).isEqualTo(e.size());
		}
	}

	private static String brief(List<String> row) {
		return row.stream().map((c) -> (c.length() > 80) ? c.substring(0, 80) + "…" : c).toList().toString();
	}

	public long count(String sql) throws SQLException {
		try (Connection con = DriverManager.getConnection(dbUrl(), dbUser(), dbPassword());
				Statement st = con.createStatement();
				ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	public static Path resource(String name) {
		try {
			URL url = Workspace.class.getClassLoader().getResource(name);
			if (url == null) {
				throw new IllegalArgumentException("no test resource " + name);
			}
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
