package io.newsroll.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.newsroll.batch.Workspace;
import io.newsroll.batch.articles.IngestLauncher;
import io.newsroll.batch.db.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code newsroll db copy --to URL} moves an embedded database's data into an empty
 * PostgreSQL database: every row alike, and newsroll goes on there (a rerun of the same
 * pages changes nothing, the job history continues); a target that holds data is refused.
 */
class DbCopyIT {

	@TempDir
	Path tmp;

	@AfterEach
	void clear() {
		System.clearProperty("newsroll.output");
		System.clearProperty("newsroll.log-dir");
	}

	@Test
	void copiesTheEmbeddedDatabaseIntoAnEmptyServerDatabaseWhereNewsrollGoesOn() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		Files.writeString(ws.rosters.resolve("leaders.csv"), """
				姓名,职务,单位,日期
				王东明,全国总工会主席,中华全国总工会,2019-05-21
				谭天星,"全国总工会副主席、书记处书记",中华全国总工会,2019-05-21
				""");
		Files.write(ws.articles.resolve("empty.html"), new byte[0]);
		ingest(ws);
		Map<String, List<String>> embedded = rows(ws);
		String embeddedUrl = ws.dbUrl();
		System.setProperty("newsroll.output", ws.output.toString());
		System.setProperty("newsroll.log-dir", ws.output.resolve("logs").toString());
		TestPostgres.Database server = TestPostgres.newDatabase();

		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = run(out, err, "db", "copy", "--db-url", embeddedUrl, "--to", server.url(), "--to-user",
				server.user(), "--to-password", server.password());

		assertThat(code).as(err.toString()).isZero();
		assertThat(out.toString()).contains("copied").contains("article ").contains("batch_job_execution");
		ws.on(server);
		assertThat(rows(ws)).isEqualTo(embedded);
		assertThat(embedded.get("article")).hasSize(9);
		assertThat(embedded.get("reject")).isNotEmpty();

		// newsroll goes on on the server: the same pages change nothing, the run ids go
		// on
		Map<String, List<List<String>>> copied = ws.snapshot(false);
		ingest(ws);
		Workspace.assertSameData(ws.snapshot(false), copied);
		// new files: a new run, reject and roster snapshot, numbered after the copied
		// ones
		Files.write(ws.articles.resolve("empty-too.html"), new byte[0]);
		Files.writeString(ws.rosters.resolve("more.csv"), "姓名,职务,单位,日期\n陈刚,全国总工会副主席,中华全国总工会,2019-06-01\n");
		ingest(ws);
		assertThat(ws.count("SELECT COUNT(*) FROM batch_job_execution")).as("the copied run and two new ones")
			.isEqualTo(3);
		assertThat(ws.count("SELECT COUNT(*) FROM reject WHERE file = 'empty-too.html'")).isOne();
		assertThat(ws.count("SELECT COUNT(DISTINCT loaded_seq) FROM roster_snapshot"))
			.isEqualTo(ws.count("SELECT COUNT(*) FROM roster_snapshot"));
		assertThat(ws.count("SELECT COUNT(DISTINCT id) FROM reject"))
			.isEqualTo(ws.count("SELECT COUNT(*) FROM reject"));

		// a database that holds data is not a target
		StringWriter again = new StringWriter();
		int second = run(new StringWriter(), again, "db", "copy", "--db-url", embeddedUrl, "--to", server.url(),
				"--to-user", server.user(), "--to-password", server.password());
		assertThat(second).as(again.toString()).isEqualTo(ExitCode.USAGE);
		assertThat(again.toString().strip()).startsWith("newsroll: configuration error: ")
			.contains("already holds newsroll data (9 articles")
			.doesNotContain("Exception");
	}

	private static void ingest(Workspace ws) throws Exception {
		try (ConfigurableApplicationContext ctx = ws.open(Map.of())) {
			assertThat(ctx.getBean(IngestLauncher.class).ingest(ws.articles, ws.rosters).completed()).isTrue();
		}
	}

	private static int run(StringWriter out, StringWriter err, String... args) {
		CommandLine cl = NewsrollCommand.commandLine();
		cl.setOut(new PrintWriter(out, true));
		cl.setErr(new PrintWriter(err, true));
		return cl.execute(args);
	}

	/**
	 * Every row of the data tables with every column, run ids included, said alike on
	 * both databases (instants, numbers, booleans).
	 */
	private static Map<String, List<String>> rows(Workspace ws) throws Exception {
		Map<String, List<String>> tables = new TreeMap<>();
		try (Connection con = DriverManager.getConnection(ws.dbUrl(), ws.dbUser(), ws.dbPassword());
				Statement st = con.createStatement()) {
			for (Map.Entry<String, String> t : Workspace.DATA_TABLES.entrySet()) {
				List<String> rows = new ArrayList<>();
				try (ResultSet rs = st.executeQuery("SELECT * FROM " + t.getKey() + " ORDER BY " + t.getValue())) {
					ResultSetMetaData md = rs.getMetaData();
					while (rs.next()) {
						StringBuilder row = new StringBuilder();
						for (int i = 1; i <= md.getColumnCount(); i++) {
							// PostgreSQL's driver says TIMESTAMP for a timestamptz, by
							// its name
							int type = "timestamptz".equals(md.getColumnTypeName(i)) ? Types.TIMESTAMP_WITH_TIMEZONE
									: md.getColumnType(i);
							Object value = switch (type) {
								case Types.TIMESTAMP_WITH_TIMEZONE -> {
									OffsetDateTime time = rs.getObject(i, OffsetDateTime.class);
									yield (time != null) ? time.toInstant() : null;
								}
								case Types.TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
								default -> rs.getObject(i);
							};
							if (value instanceof Number number) {
								value = number.doubleValue();
							}
							row.append(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT))
								.append('=')
								.append(value)
								.append(' ');
						}
						rows.add(row.toString());
					}
				}
				tables.put(t.getKey(), rows);
			}
		}
		return tables;
	}

}
