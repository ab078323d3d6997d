package io.newsroll.batch.articles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import io.newsroll.batch.Workspace;
import io.newsroll.batch.admin.RunHistory;
import io.newsroll.batch.db.TestPostgres;
import io.newsroll.batch.rejects.RejectRepository;
import io.newsroll.batch.report.ReportRequest;
import io.newsroll.batch.report.ReportService;
import io.newsroll.batch.run.JobLock;
import io.newsroll.batch.run.JobRunner;
import io.newsroll.report.ReportData;
import io.newsroll.report.ReportPeriod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ingest job and the report over a real PostgreSQL server (see {@link TestPostgres}),
 * against the same job over the embedded HSQLDB file database: the same pages give the
 * same articles, copies, mentions, rejects and report numbers, and a rerun changes
 * nothing.
 */
class PostgresIngestIT {

	/** When the reports here are made: any day gives the same numbers. */
	private static final Clock FIXED = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

	/** Both workspaces, ingested once for the tests that only read them. */
	static Workspace embedded;

	static Workspace server;

	@TempDir
	static Path shared;

	@TempDir
	Path tmp;

	@BeforeAll
	static void ingestIntoBoth() throws Exception {
		embedded = withRoster(IngestJobIT.workspaceWithBrokenFiles(shared.resolve("embedded")));
		server = withRoster(IngestJobIT.workspaceWithBrokenFiles(shared.resolve("server")))
			.on(TestPostgres.newDatabase());
		assertThat(IngestJobIT.ingest(embedded, Map.of()).completed()).isTrue();
		assertThat(IngestJobIT.ingest(server, Map.of()).completed()).isTrue();
	}

	static Workspace withRoster(Workspace ws) throws Exception {
		Files.writeString(ws.rosters.resolve("leaders.csv"), """
				姓名,职务,单位,日期
				王东明,全国总工会主席,中华全国总工会,2019-05-21
				陈 刚,"全国总工会党组书记、副主席",中华全国总工会,2019-05-21
				,全国总工会副主席,中华全国总工会,2019-05-21
				谭天星,"全国总工会副主席、书记处书记",中华全国总工会,2019-05-21
				""");
		return ws;
	}

	@Test
	void theSamePagesGiveTheSameArticlesAsTheEmbeddedDatabase() throws Exception {
		List<String> onServer = articles(server);
		assertThat(onServer).hasSizeGreaterThanOrEqualTo(8);
		assertThat(onServer).containsExactlyElementsOf(articles(embedded));
		for (String sql : List.of("SELECT article_id, position, name FROM article_author ORDER BY 1, 2",
				"SELECT article_id, other_id, kind, similarity FROM article_link ORDER BY 1, 2, 3",
				"SELECT article_id, name, title_mentions, body_mentions, is_author, is_editor FROM article_mention "
						+ "ORDER BY 1, 2",
				"SELECT path, kind, status, article_id FROM file_ledger ORDER BY 1",
				"SELECT file, location, reason, message FROM reject ORDER BY 1, 2, 3",
				"SELECT m.name, m.position, t.title, t.role FROM roster_member m JOIN roster_title t "
						+ "ON t.snapshot_id = m.snapshot_id AND t.member_position = m.position ORDER BY 1, 2, 3, 4")) {
			assertThat(rows(server, sql)).as(sql).isEqualTo(rows(embedded, sql));
		}
	}

	@Test
	void aRerunChangesNothing() throws Exception {
		Map<String, List<List<String>>> before = server.snapshot(true);
		JobRunner.Launch again = IngestJobIT.ingest(server, Map.of());

		assertThat(again.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Workspace.assertSameData(server.snapshot(true), before);
	}

	@Test
	void theReportHasTheNumbersOfTheEmbeddedDatabaseAndOfSql() throws Exception {
		ReportPeriod period = new ReportPeriod(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31));
		ReportData onServer = report(server, period);
		ReportData onEmbedded = report(embedded, period);

		assertThat(onServer.kpis().articles()).isEqualTo(server.count("SELECT COUNT(*) FROM article")).isPositive();
		// runs: the other tests may have run the server's ingest again
		assertThat(onServer.kpis()).usingRecursiveComparison().ignoringFields("runs").isEqualTo(onEmbedded.kpis());
		assertThat(onServer.daily()).isEqualTo(onEmbedded.daily());
		assertThat(onServer.monthly()).isEqualTo(onEmbedded.monthly());
		assertThat(onServer.hours()).isEqualTo(onEmbedded.hours());
		assertThat(onServer.weekdays()).isEqualTo(onEmbedded.weekdays());
		assertThat(onServer.sites()).isEqualTo(onEmbedded.sites());
		assertThat(onServer.channels()).isEqualTo(onEmbedded.channels());
		assertThat(onServer.authors()).isEqualTo(onEmbedded.authors());
		assertThat(onServer.editors()).isEqualTo(onEmbedded.editors());
		assertThat(onServer.sources()).isEqualTo(onEmbedded.sources());
		assertThat(onServer.bodyLengths()).isEqualTo(onEmbedded.bodyLengths());
		assertThat(onServer.rejectsByReason()).isEqualTo(onEmbedded.rejectsByReason());
		assertThat(onServer.mentions()).isEqualTo(onEmbedded.mentions());
		assertThat(onServer.monthlyMentions()).isEqualTo(onEmbedded.monthlyMentions());
		assertThat(onServer.rosterContributors()).isEqualTo(onEmbedded.rosterContributors());
		assertThat(onServer.reprinted()).isEqualTo(onEmbedded.reprinted());
		// a second report reads the day summaries the first one stored: the same numbers
		assertThat(report(server, period).kpis()).isEqualTo(onServer.kpis());
		assertThat(server.count("SELECT COUNT(*) FROM report_day")).isPositive();
	}

	@Test
	void aFailedRunOnTheServerRestartsWhereItStoppedAndEndsLikeAnUninterruptedRun() throws Exception {
		Workspace clean = IngestJobIT.workspaceWithBrokenFiles(this.tmp.resolve("clean"))
			.on(TestPostgres.newDatabase());
		IngestJobIT.ingest(clean, Map.of("newsroll.ingest.chunk-size", 2));
		Workspace ws = IngestJobIT.workspaceWithBrokenFiles(this.tmp.resolve("failed")).on(TestPostgres.newDatabase());

		JobRunner.Launch failed = IngestJobIT.ingest(ws,
				Map.of("newsroll.ingest.chunk-size", 2, "newsroll.ingest.fail-after-files", 5));
		assertThat(failed.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
		JobRunner.Launch resumed = IngestJobIT.ingest(ws, Map.of("newsroll.ingest.chunk-size", 2));

		assertThat(resumed.resumed()).isTrue();
		assertThat(resumed.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Workspace.assertSameData(ws.snapshot(false), clean.snapshot(false));
	}

	@Test
	void reportsJobsAndRejectsReadWhileAnIngestWrites() throws Exception {
		TestPostgres.Database db = TestPostgres.newDatabase();
		Workspace ws = IngestJobIT.workspaceWithBrokenFiles(this.tmp.resolve("busy")).on(db);
		ReportPeriod period = new ReportPeriod(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31));
		try (ConfigurableApplicationContext reader = ws.open(Map.of());
				Connection holder = db.connect();
				Statement hold = holder.createStatement()) {
			RunHistory runs = reader.getBean(RunHistory.class);
			RejectRepository rejects = reader.getBean(RejectRepository.class);
			ReportService reports = new ReportService(reader.getBean(javax.sql.DataSource.class), FIXED);
			// the ingest's first article insert waits on this lock, its transaction open:
			// the reads
			// below then run while a write is provably in flight, however fast the
			// machine is
			holder.setAutoCommit(false);
			hold.execute("LOCK TABLE article IN EXCLUSIVE MODE");
			AtomicReference<Throwable> failure = new AtomicReference<>();
			Thread ingest = new Thread(() -> {
				try {
					IngestJobIT.ingest(ws, Map.of("newsroll.ingest.chunk-size", 1, "newsroll.ingest.partitions", 1));
				}
				catch (Throwable ex) {
					failure.set(ex);
				}
			}, "ingest");
			ingest.start();
			long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
			while (!waitsOnArticle(hold) && ingest.isAlive() && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertThat(waitsOnArticle(hold)).as("the ingest waits to write an article").isTrue();

			CompletableFuture<Long> reads = CompletableFuture.supplyAsync(() -> {
				assertThat(runs.list("STARTED", null, 5)).hasSize(1);
				rejects.find(null, null);
				return reports.data(ReportRequest.of(period, ws.output.resolve("reports"))).kpis().articles();
			});
			assertThat(reads.get(2, java.util.concurrent.TimeUnit.MINUTES)).as("articles seen mid-run").isZero();
			assertThat(ingest.isAlive()).as("the ingest still runs").isTrue();
			holder.commit();
			ingest.join();

			assertThat(failure.get()).isNull();
			assertThat(runs.list("COMPLETED", null, 5)).hasSize(1);
			assertThat(reports.data(ReportRequest.of(period, ws.output.resolve("reports"))).kpis().articles())
				.isEqualTo(ws.count("SELECT COUNT(*) FROM article"))
				.isPositive();
		}
	}

	private static boolean waitsOnArticle(Statement st) throws SQLException {
		try (ResultSet rs = st
			.executeQuery("SELECT COUNT(*) FROM pg_locks WHERE relation = 'article'::regclass AND NOT granted")) {
			rs.next();
			return rs.getInt(1) > 0;
		}
	}

	@Test
	void anIngestOfTheSameJobFromAnotherMachineFindsTheDatabaseLockHeld() throws Exception {
		TestPostgres.Database db = TestPostgres.newDatabase();
		Workspace ws = IngestJobIT.workspaceWithBrokenFiles(this.tmp.resolve("second")).on(db);
		try (Connection other = db.connect(); Statement st = other.createStatement()) {
			// what a run on another machine holds while it ingests into this database
			st.execute("SELECT pg_advisory_lock(hashtextextended('newsroll job " + ArticleJobConfiguration.JOB_NAME
					+ "', 0))");

			assertThatThrownBy(() -> IngestJobIT.ingest(ws, Map.of())).isInstanceOf(JobLock.HeldException.class)
				.hasMessageContaining("another run of job 'ingest' holds its lock in the database")
				.hasMessageContaining("server session");
			assertThat(ws.count("SELECT COUNT(*) FROM article")).isZero();

			st.execute("SELECT pg_advisory_unlock_all()");
			assertThat(IngestJobIT.ingest(ws, Map.of()).completed()).isTrue();
		}
	}

	private static ReportData report(Workspace ws, ReportPeriod period) {
		try (ConfigurableApplicationContext ctx = ws.open(Map.of())) {
			return new ReportService(ctx.getBean(javax.sql.DataSource.class), FIXED)
				.data(ReportRequest.of(period, ws.output.resolve("reports")));
		}
	}

	/** id, title, published instant, authors, source and body length of every article. */
	static List<String> articles(Workspace ws) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection con = java.sql.DriverManager.getConnection(ws.dbUrl(), ws.dbUser(), ws.dbPassword());
				Statement st = con.createStatement();
				ResultSet rs = st.executeQuery(
						"SELECT id, title, published, authors, source, body_chars, published_local FROM article ORDER BY id")) {
			while (rs.next()) {
				Instant published = rs.getObject(3, OffsetDateTime.class).toInstant();
				rows.add(String.join(" | ", rs.getString(1), rs.getString(2), published.toString(), rs.getString(4),
						rs.getString(5), Integer.toString(rs.getInt(6)),
						rs.getObject(7, java.time.LocalDateTime.class).toString()));
			}
		}
		return rows;
	}

	/** A query's rows as text, booleans and numbers said alike on both databases. */
	static List<String> rows(Workspace ws, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection con = java.sql.DriverManager.getConnection(ws.dbUrl(), ws.dbUser(), ws.dbPassword());
				Statement st = con.createStatement();
				ResultSet rs = st.executeQuery(sql)) {
			int n = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				List<String> row = new ArrayList<>();
				for (int i = 1; i <= n; i++) {
					Object value = rs.getObject(i);
					row.add((value instanceof Number number) ? Double.toString(number.doubleValue())
							: String.valueOf(value));
				}
				rows.add(String.join(" | ", row));
			}
		}
		return rows;
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
