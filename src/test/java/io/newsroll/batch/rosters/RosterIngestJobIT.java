package io.newsroll.batch.rosters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.newsroll.batch.Workspace;
import io.newsroll.batch.articles.IngestLauncher;
import io.newsroll.batch.run.JobRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The ingest job's roster steps, run whole on a real HSQLDB file database: snapshots,
 * history, mentions.
 */
class RosterIngestJobIT {

	private static final String MAY = """
			姓名,职务,单位,日期
			李强,国务院总理,国务院,2019-05-21
			李 明,安徽省人大常委会副主任、省总工会主席,,2019-05-21
			尹文卓,编辑,中工网,2019-05-21
			""";

	@TempDir
	Path tmp;

	@Test
	void linksMentionsAuthorsAndEditorsAndRerunChangesNothing() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		Files.writeString(ws.rosters.resolve("people.csv"), MAY);

		assertThat(ingest(ws).execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		String seed = "(SELECT id FROM article WHERE file = 'workercn/workercn-2019-05-21-anhui.txt')";
		assertThat(ws
			.count("SELECT COUNT(*) FROM article_mention WHERE name = '李明' AND is_author AND article_id = " + seed))
			.isOne();
		assertThat(ws
			.count("SELECT COUNT(*) FROM article_mention WHERE name = '尹文卓' AND is_editor AND article_id = " + seed))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM article_mention m JOIN article a ON a.id = m.article_id "
				+ "WHERE m.name = '李强' AND a.file = 'corpus/mh-14b709df543c.html' AND m.title_mentions + m.body_mentions > 0"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM article_mention_scan"))
			.isEqualTo(ws.count("SELECT COUNT(*) FROM article"));
		List<String> before = rows(ws);

		assertThat(ingest(ws).execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(rows(ws)).isEqualTo(before);
	}

	@Test
	void changedRosterFileIsANewSnapshotWithItsChanges() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		Files.writeString(ws.rosters.resolve("people.csv"), MAY);
		ingest(ws);

		Files.writeString(ws.rosters.resolve("people.csv"), MAY.replace("2019-05-21", "2019-09-01")
			.replace("尹文卓,编辑,中工网,2019-09-01\n", "习近平,总书记,中共中央,2019-09-01\n"));
		ingest(ws);

		assertThat(ws.count("SELECT COUNT(*) FROM roster_snapshot WHERE file = 'people.csv'")).isEqualTo(2);
		try (ConfigurableApplicationContext ctx = ws.open(Map.of())) {
			List<RosterHistory.Change> changes = new RosterHistory(ctx.getBean(DataSource.class)).changes("people",
					null, null);
			assertThat(changes).extracting(RosterHistory.Change::name, RosterHistory.Change::kind)
				.containsExactlyInAnyOrder(tuple("习近平", RosterHistory.ChangeKind.JOINED),
						tuple("尹文卓", RosterHistory.ChangeKind.LEFT));
		}
		// the new person was looked for in every article already loaded
		assertThat(ws.count("SELECT COUNT(*) FROM article_mention WHERE name = '习近平' AND article_id = "
				+ "(SELECT id FROM article WHERE file = 'workercn/workercn-2019-05-21-anhui.txt')"))
			.isOne();
	}

	private static JobRunner.Launch ingest(Workspace ws) throws Exception {
		try (ConfigurableApplicationContext ctx = ws.open(Map.of())) {
			return ctx.getBean(IngestLauncher.class).ingest(ws.articles, ws.rosters);
		}
	}

	/** The roster and mention tables' rows, without the run that wrote them. */
	private static List<String> rows(Workspace ws) throws Exception {
		List<String> rows = new ArrayList<>();
		try (Connection con = DriverManager.getConnection(ws.dbUrl(), "SA", ""); Statement st = con.createStatement()) {
			for (String sql : List.of(
					"SELECT id, heading, as_of, file, source_kind, content_sha FROM roster_snapshot ORDER BY id",
					"SELECT * FROM roster_member ORDER BY snapshot_id, position",
					"SELECT * FROM roster_title ORDER BY snapshot_id, member_position, position",
					"SELECT * FROM article_mention ORDER BY article_id, name",
					"SELECT * FROM article_mention_scan ORDER BY article_id")) {
				try (ResultSet rs = st.executeQuery(sql)) {
					int columns = rs.getMetaData().getColumnCount();
					while (rs.next()) {
						StringBuilder row = new StringBuilder();
						for (int i = 1; i <= columns; i++) {
							row.append(rs.getString(i)).append('|');
						}
						rows.add(row.toString());
					}
				}
			}
		}
		return rows;
	}

}
