package io.newsroll.batch.hostile;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.newsroll.batch.Workspace;
import io.newsroll.batch.articles.IngestLauncher;
import io.newsroll.batch.run.JobRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code newsroll.ingest.max-file-millis} through the ingest job: a page that takes too
 * long is a TIME_LIMIT reject naming the file and the limit, and the run goes on.
 */
class TimeLimitIngestIT {

	private static final String MEMBERS_OF = "SELECT COUNT(*) FROM roster_member m JOIN roster_snapshot s "
			+ "ON m.snapshot_id = s.id WHERE s.file = ";

	@TempDir
	Path tmp;

	@Test
	void pageOverTheTimeLimitIsRejectedAndTheGoodPagesBesideItLoad() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		// a first run with the default limit loads the sample pages and warms the JVM, so
		// that the second run's small pages take milliseconds, far below its limit
		assertThat(ingest(ws, Map.of()).execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long loaded = ws.count("SELECT COUNT(*) FROM article");
		Path slow = ws.articles.resolve("slow/twenty-megabytes.txt");
		writeHugeDump(slow);
		Files.copy(ws.articles.resolve("corpus/mh-14b709df543c.html"), ws.articles.resolve("slow/copy.html"));
		Files.writeString(ws.articles.resolve("slow/new-page.txt"),
				Files.readString(ws.articles.resolve("workercn/workercn-2019-05-21-anhui.txt"))
					.replace("团结动员广大职工为建设美好安徽作贡献", "团结动员广大职工为建设美好江淮作贡献"));

		JobRunner.Launch launch = ingest(ws, Map.of("newsroll.ingest.max-file-millis", 400));
		HostileTally.print("time-limit", ws,
				List.of("slow/twenty-megabytes.txt", "slow/copy.html", "slow/new-page.txt"));

		assertThat(launch.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(ws.count("SELECT COUNT(*) FROM reject WHERE file = 'slow/twenty-megabytes.txt' "
				+ "AND reason = 'TIME_LIMIT' AND message LIKE 'slow/twenty-megabytes.txt: %time limit of 400 ms%'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger WHERE path = 'slow/twenty-megabytes.txt' "
				+ "AND status = 'REJECTED'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE file = 'slow/new-page.txt'")).isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM article")).isEqualTo(loaded + 1);
		assertThat(ws.count("SELECT COUNT(*) FROM reject WHERE file = 'slow/copy.html' AND reason = 'DUPLICATE'"))
			.isOne();
	}

	@Test
	void rosterFileOverTheTimeLimitIsRejectedWholeAndTheRostersBesideItLoad() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("rosters"));
		Files.writeString(ws.rosters.resolve("good.csv"), "姓名,职务,单位\n王东明,主席,全国总工会\n陈刚,副主席,全国总工会\n",
				StandardCharsets.UTF_8);
		// a first run with the default limit loads the small roster and warms the JVM
		assertThat(ingest(ws, Map.of()).execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		long members = ws.count("SELECT COUNT(*) FROM roster_member");
		assertThat(ws.count(MEMBERS_OF + "'good.csv'")).isEqualTo(2);
		writeHugeRoster(ws.rosters.resolve("slow.csv"));
		Files.writeString(ws.rosters.resolve("new.csv"), "姓名,职务,单位\n张茂华,书记处书记,全国总工会\n", StandardCharsets.UTF_8);

		JobRunner.Launch launch = ingest(ws, Map.of("newsroll.ingest.max-file-millis", 400));
		HostileTally.print("time-limit", ws, List.of("slow.csv", "new.csv", "good.csv"));

		assertThat(launch.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(ws.count("SELECT COUNT(*) FROM reject WHERE file = 'slow.csv' AND reason = 'TIME_LIMIT' "
				+ "AND message = 'slow.csv: took longer than the time limit of 400 ms per file'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM reject WHERE file = 'slow.csv'")).isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM file_ledger WHERE path = 'slow.csv' AND status = 'REJECTED'"))
			.isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM roster_snapshot WHERE file = 'slow.csv'")).isZero();
		assertThat(ws.count(MEMBERS_OF + "'slow.csv'")).isZero();
		assertThat(ws.count(MEMBERS_OF + "'new.csv'")).isOne();
		assertThat(ws.count("SELECT COUNT(*) FROM roster_member")).isEqualTo(members + 1);
	}

	/**
	 * 500,000 roster rows (17 MB, under the 32 MiB file limit): seconds to read on any
	 * machine.
	 */
	private static void writeHugeRoster(Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("姓名,职务,单位\n");
			for (int i = 0; i < 500_000; i++) {
				out.write("王" + (char) ('一' + i % 5000) + (char) ('一' + i / 5000) + ",副主席,第" + i + "工会\n");
			}
		}
	}

	/** 200,000 lines of body text (25 MB): over a second to read on any machine. */
	private static void writeHugeDump(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("很长很长的一篇文章\n2019-05-21 07:39 来源：工人日报\n\n");
			for (int i = 0; i < 200_000; i++) {
				out.write("这是一段正文，记者在现场看到，职工们正在车间里忙碌着，他们说今年的任务比往年更重。\n");
			}
		}
	}

	private static JobRunner.Launch ingest(Workspace ws, Map<String, Object> properties) throws Exception {
		try (ConfigurableApplicationContext ctx = ws.open(properties)) {
			return ctx.getBean(IngestLauncher.class).ingest(ws.articles, ws.rosters);
		}
	}

}
