package io.newsroll.batch.hostile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.newsroll.batch.Workspace;
import io.newsroll.batch.articles.IngestLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A malicious page cannot change what another file loaded: a new page claiming an already
 * loaded page's canonical URL (and so its article id) is rejected as DUPLICATE instead of
 * replacing it, even when its name sorts first.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CanonicalHijackIT {

	private static final String URL = "http://www.example.cn/gh/2019/05/21/real.html";

	@TempDir
	Path tmp;

	@Test
	void aLaterPageClaimingALoadedPagesCanonicalUrlIsADuplicateNotAnOverwrite() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		Path dir = Files.createDirectories(ws.articles.resolve("site"));
		Files.writeString(dir.resolve("real.html"),
				canonical(HostileInputIT.page("真实新闻的标题在这里", "2019-05-21 10:00:00", "UTF-8")), StandardCharsets.UTF_8);
		ingest(ws);
		assertThat(titles(ws)).containsExactly("真实新闻的标题在这里");

		// the attacker's page sorts before the real one and claims its URL
		Files.writeString(dir.resolve("0-fake.html"),
				canonical(HostileInputIT.page("伪造新闻的标题在这里", "2019-05-22 10:00:00", "UTF-8")), StandardCharsets.UTF_8);
		ingest(ws);

		assertThat(titles(ws)).containsExactly("真实新闻的标题在这里");
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger WHERE path = 'site/real.html' AND status = 'LOADED'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger WHERE path = 'site/0-fake.html' AND status = 'REJECTED'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM reject WHERE file = 'site/0-fake.html' AND reason = 'DUPLICATE' "
				+ "AND message LIKE '%site/real.html%'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM reject WHERE file = 'site/real.html'")).isZero();
		HostileTally.print("canonical", ws, List.of("site/0-fake.html"));
	}

	@Test
	void withinOneRunTheFileWhoseNameSortsFirstKeepsTheArticle() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws2"));
		Path dir = Files.createDirectories(ws.articles.resolve("site"));
		Files.writeString(dir.resolve("b.html"),
				canonical(HostileInputIT.page("第二个文件的新闻标题", "2019-05-21 10:00:00", "UTF-8")), StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("a.html"),
				canonical(HostileInputIT.page("第一个文件的新闻标题", "2019-05-21 10:00:00", "UTF-8")), StandardCharsets.UTF_8);
		ingest(ws);
		assertThat(titles(ws)).containsExactly("第一个文件的新闻标题");
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger WHERE path = 'site/b.html' AND status = 'REJECTED'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM reject WHERE file = 'site/b.html' AND reason = 'DUPLICATE'")).isOne();
		HostileTally.print("canonical", ws, List.of("site/b.html"));
	}

	private static void ingest(Workspace ws) throws Exception {
		try (ConfigurableApplicationContext ctx = ws.open(Map.of())) {
			assertThat(ctx.getBean(IngestLauncher.class).ingest(ws.articles, ws.rosters).completed()).isTrue();
		}
	}

	private static String canonical(String page) {
		return page.replace("<head>", "<head><link rel=\"canonical\" href=\"" + URL + "\">");
	}

	private static List<String> titles(Workspace ws) throws Exception {
		try (var con = java.sql.DriverManager.getConnection(ws.dbUrl(), "SA", "");
				var ps = con.prepareStatement("SELECT title FROM article WHERE url = ?")) {
			ps.setString(1, URL);
			List<String> titles = new java.util.ArrayList<>();
			try (var rs = ps.executeQuery()) {
				while (rs.next()) {
					titles.add(rs.getString(1));
				}
			}
			return titles;
		}
	}

}
