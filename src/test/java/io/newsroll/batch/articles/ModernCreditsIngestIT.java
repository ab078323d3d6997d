package io.newsroll.batch.articles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.newsroll.batch.Workspace;
import io.newsroll.batch.report.ReportRequest;
import io.newsroll.batch.report.ReportService;
import io.newsroll.report.Count;
import io.newsroll.report.ReportData;
import io.newsroll.report.ReportFormat;
import io.newsroll.report.ReportLocale;
import io.newsroll.report.ReportPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modern-style Chinese pages made for the credit tests ({@code credits/modern}), both
 * forms, ingested by the batch job: the stored authors and sources are the ones the pages
 * credit, and the report's author and source views count what the database holds.
 */
class ModernCreditsIngestIT {

	@TempDir
	Path tmp;

	@Test
	void theReportsAuthorAndSourceViewsCountTheCreditsThePagesGive() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		clear(ws.articles);
		Path root = Workspace.resource("credits/modern");
		try (Stream<Path> dirs = Files.list(root)) {
			for (Path dir : dirs.filter(Files::isDirectory).toList()) {
				String name = dir.getFileName().toString();
				Files.createDirectories(ws.articles.resolve("html"));
				Files.createDirectories(ws.articles.resolve("text"));
				Files.copy(dir.resolve("page.html"), ws.articles.resolve("html/" + name + ".html"));
				Files.copy(dir.resolve("page.txt"), ws.articles.resolve("text/" + name + ".txt"));
			}
		}

		assertThat(IngestJobIT.ingest(ws, Map.of()).execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		// a text dump that ingest identifies as its page's article is a duplicate (how
		// many are is the
		// article identity's business); nothing else is rejected
		assertThat(ws.count("SELECT COUNT(*) FROM reject WHERE reason <> 'DUPLICATE'")).isZero();
		assertThat(ws.count("SELECT COUNT(*) FROM article")).isBetween(5L, 10L);
		assertThat(ws.count("SELECT COUNT(*) FROM article_author WHERE name = '陈立新'")).isPositive();
		assertThat(ws.count("SELECT COUNT(*) FROM article_author WHERE name IN ('店小二', '张文攀')"))
			.as("photographers are no authors")
			.isZero();
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE source = '南江新闻网'")).isPositive();
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE source LIKE '%举报' OR source = '某某视频'")).isZero();
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE editor = '王丽华、张伟强'")).isPositive();

		ReportData data;
		try (ConfigurableApplicationContext ctx = ws.open(Map.of())) {
			data = ctx.getBean(ReportService.class)
				.data(new ReportRequest(new ReportPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
						EnumSet.of(ReportFormat.XLSX), ReportLocale.ZH, this.tmp.resolve("out"),
						ReportRequest.DEFAULT_ZONE));
		}
		assertThat(counts(data.authors())).isEqualTo(sql(ws, "SELECT name, COUNT(*) FROM article_author GROUP BY name"))
			.containsKeys("陈立新", "黄晓梅", "周海涛", "易思远", "孙立伟", "lindawong");
		// the article without a source is the report's row without a label, whatever it
		// shows there
		assertThat(named(counts(data.sources())))
			.isEqualTo(sql(ws, "SELECT source, COUNT(*) FROM article WHERE source IS NOT NULL GROUP BY source"))
			.containsOnlyKeys("东江日报", "南江新闻网", "市统计局", "东江晚报");
	}

	private static Map<String, Long> counts(java.util.List<Count> view) {
		Map<String, Long> counts = new TreeMap<>();
		view.forEach((c) -> counts.put(c.label(), c.value()));
		return counts;
	}

	private static Map<String, Long> named(Map<String, Long> counts) {
		counts.keySet().removeIf(String::isBlank);
		return counts;
	}

	private static Map<String, Long> sql(Workspace ws, String query) throws Exception {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection con = DriverManager.getConnection(ws.dbUrl(), ws.dbUser(), ws.dbPassword());
				Statement st = con.createStatement();
				ResultSet rs = st.executeQuery(query)) {
			while (rs.next()) {
				counts.put(rs.getString(1), rs.getLong(2));
			}
		}
		return counts;
	}

	private static void clear(Path dir) throws Exception {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				if (!p.equals(dir)) {
					Files.delete(p);
				}
			}
		}
	}

}
