package io.newsroll.batch.hostile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.newsroll.batch.Workspace;
import io.newsroll.batch.articles.IngestLauncher;
import io.newsroll.batch.files.FileNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Files named in GBK, Big5 and Shift-JIS bytes, as crawlers on Windows write them: names
 * that are not UTF-8, of the same length, that a UTF-8 reading would make one string.
 * Each file keeps its own identity through the whole job (ledger, articles, rejects), and
 * a rerun skips them all.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LegacyFileNamesIT {

	/** Two-character names, four bytes each in their legacy encodings. */
	private static final List<String[]> NAMES = List.of(new String[] { "GBK", "你好" }, new String[] { "GBK", "新闻" },
			new String[] { "GBK", "工会" }, new String[] { "Big5", "新聞" }, new String[] { "Shift_JIS", "日本" });

	@TempDir
	Path tmp;

	@BeforeAll
	static void aShellThatWritesRawNames() {
		assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh to create names that are not UTF-8");
	}

	@Test
	void everyLegacyNamedFileIsLoadedUnderItsOwnNameAndARerunSkipsThemAll() throws Exception {
		Workspace ws = Workspace.withSamplePages(this.tmp.resolve("ws"));
		Path dir = Files.createDirectories(ws.articles.resolve("legacy"));
		for (int i = 0; i < NAMES.size(); i++) {
			String[] name = NAMES.get(i);
			Path page = this.tmp.resolve("page" + i + ".html");
			Files.writeString(page,
					HostileInputIT.page("旧式文件名的第" + (i + 1) + "篇新闻报道", "2019-05-2" + i + " 10:00:00", "UTF-8"),
					StandardCharsets.UTF_8);
			copyToRawName(page, dir, name[1].getBytes(Charset.forName(name[0])));
		}

		ingest(ws);

		for (String[] name : NAMES) {
			String stored = "legacy/" + FileNames.of(concat(name[1].getBytes(Charset.forName(name[0])), ".html"));
			assertThat(stored).as("%s name %s", name[0], name[1]).contains("\\x");
			assertThat(ws.count("SELECT COUNT(*) FROM file_ledger WHERE path = '" + stored + "' AND status = 'LOADED'"))
				.as("%s name %s in the ledger", name[0], name[1])
				.isOne();
			assertThat(ws.count("SELECT COUNT(*) FROM article WHERE file = '" + stored + "'")).isOne();
		}
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE title LIKE '旧式文件名的第%'")).isEqualTo(NAMES.size());
		assertThat(ws.count("SELECT COUNT(*) FROM reject WHERE file LIKE 'legacy/%'")).isZero();

		Map<String, List<List<String>>> before = ws.snapshot(false);
		ingest(ws);
		Workspace.assertSameData(ws.snapshot(false), before);
	}

	private static byte[] concat(byte[] name, String suffix) {
		byte[] s = suffix.getBytes(StandardCharsets.US_ASCII);
		byte[] all = java.util.Arrays.copyOf(name, name.length + s.length);
		System.arraycopy(s, 0, all, name.length, s.length);
		return all;
	}

	/**
	 * Copies {@code source} into {@code dir} under a name of raw bytes: Java writes names
	 * only in the platform's encoding, so the shell's printf writes them (octal escapes,
	 * which every POSIX printf knows).
	 */
	private static void copyToRawName(Path source, Path dir, byte[] name) throws Exception {
		StringBuilder octal = new StringBuilder();
		for (byte b : concat(name, ".html")) {
			octal.append(String.format("\\%03o", b & 0xff));
		}
		Process p = new ProcessBuilder("/bin/sh", "-c", "cp \"$1\" \"$2/$(printf '" + octal + "')\"", "sh",
				source.toString(), dir.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor()).as(output).isZero();
	}

	private static void ingest(Workspace ws) throws Exception {
		try (ConfigurableApplicationContext ctx = ws.open(Map.of())) {
			assertThat(ctx.getBean(IngestLauncher.class).ingest(ws.articles, ws.rosters).completed()).isTrue();
		}
	}

}
