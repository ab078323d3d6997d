package io.newsroll.batch.db;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.newsroll.batch.Workspace;
import io.newsroll.batch.articles.IngestLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An embedded database written by the release before Flyway (its schema V7 recorded by
 * newsroll's own migrator; see {@code src/test/resources/releases/README.md}) opens with
 * today's code without losing a row: Flyway baselines it at V7, and an ingest of the same
 * pages into it changes nothing.
 */
class ReleaseDatabaseMigrationIT {

	@TempDir
	Path tmp;

	@Test
	void aDatabaseOfTheReleaseBeforeFlywayIsBaselinedAndKeepsEveryRow() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		Files.copy(Path.of("input/rosters/全总领导.csv"), ws.rosters.resolve("全总领导.csv"));
		unzip("/releases/pre-flyway-db.zip", Files.createDirectories(ws.output.resolve("db")));
		Map<String, List<List<String>>> written = ws.snapshot(true);
		assertThat(written.get("article")).hasSize(9);

		try (ConfigurableApplicationContext ctx = ws.open(Map.of())) {
			assertThat(history(ws)).containsExactly("7 BASELINE newsroll_schema_version V7");
			Workspace.assertSameData(ws.snapshot(true), written);
			try (Connection con = DriverManager.getConnection(ws.dbUrl(), "SA", "")) {
				assertThat(Migrations.version(con)).isEqualTo(7);
			}

			// the same pages again: every file read, nothing changed
			assertThat(ctx.getBean(IngestLauncher.class).ingest(ws.articles, ws.rosters).completed()).isTrue();
		}
		Workspace.assertSameData(ws.snapshot(false), withoutRunColumns(ws, written));
	}

	/** Flyway's history: version, type and description of each row. */
	private static List<String> history(Workspace ws) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection con = DriverManager.getConnection(ws.dbUrl(), "SA", "");
				Statement st = con.createStatement();
				ResultSet rs = st.executeQuery("SELECT \"version\", \"type\", \"description\" FROM \""
						+ Migrations.HISTORY + "\" ORDER BY \"installed_rank\"")) {
			while (rs.next()) {
				rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
			}
		}
		return rows;
	}

	/** The snapshot as {@link Workspace#snapshot(boolean) snapshot(false)} takes it. */
	private static Map<String, List<List<String>>> withoutRunColumns(Workspace ws,
			Map<String, List<List<String>>> full) {
		Map<String, List<List<String>>> trimmed = new java.util.TreeMap<>();
		full.forEach((table, rows) -> trimmed.put(table,
				rows.stream()
					.map((row) -> row.stream()
						.filter((cell) -> !Workspace.RUN_COLUMNS.contains(cell.substring(0, cell.indexOf('=')))
								&& !(table.equals("reject") && cell.startsWith("ID=")))
						.toList())
					.toList()));
		return trimmed;
	}

	private static void unzip(String resource, Path dir) throws Exception {
		try (InputStream in = ReleaseDatabaseMigrationIT.class.getResourceAsStream(resource);
				ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				Files.copy(zip, dir.resolve(e.getName()));
			}
		}
	}

}
