package io.newsroll.batch.files;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * File names that are not UTF-8 keep their identity (issue 17, item 3): three GBK names
 * of one length, as a Windows crawler writes them, were one article and one ledger row.
 */
class FileNamesTest {

	private static final Charset GBK = Charset.forName("GBK");

	@TempDir
	Path tmp;

	@Test
	void utf8NamesAreThemselves() {
		for (String name : List.of("a/b.txt", "中工网/安徽 2019.html", "100%25 done.txt", "back\\slash.txt", "\uFFFD.txt")) {
			assertThat(FileNames.of(name.getBytes(StandardCharsets.UTF_8))).isEqualTo(name);
		}
	}

	@Test
	void gbkNamesOfOneLengthStayDistinctAndGiveTheirBytesBack() {
		List<String> names = new ArrayList<>();
		for (String title : List.of("安徽工会.txt", "江淮工会.txt", "皖南工会.txt")) {
			byte[] raw = ("articles/" + title).getBytes(GBK);
			String name = FileNames.of(raw);
			assertThat(name).startsWith("articles/\\x").endsWith(".txt").doesNotContain("\uFFFD");
			assertThat(FileNames.bytes(name)).isEqualTo(raw);
			names.add(name);
		}
		assertThat(new HashSet<>(names)).hasSize(3);
	}

	@Test
	void aUtf8NameThatLooksEscapedCannotEqualAnEscapedOne() {
		byte[] gbk = "安".getBytes(GBK); // B0 B2
		String escaped = FileNames.of(gbk);
		String literal = FileNames.of(escaped.getBytes(StandardCharsets.UTF_8));
		assertThat(escaped).isEqualTo("\\xB0\\xB2");
		assertThat(literal).isNotEqualTo(escaped).isEqualTo("\\x5CxB0\\x5CxB2");
		assertThat(FileNames.bytes(literal)).isEqualTo(escaped.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void everyByteStringHasItsOwnNameAndComesBack() {
		Random random = new Random(17);
		Set<String> names = new HashSet<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 20_000; i++) {
			byte[] raw = new byte[1 + random.nextInt(6)];
			for (int k = 0; k < raw.length; k++) {
				// mostly the bytes that matter: high bytes, backslash, 'x', hex digits
				int pick = random.nextInt(8);
				raw[k] = (byte) switch (pick) {
					case 0 -> '\\';
					case 1 -> 'x';
					case 2 -> "0123456789ABCDEF".charAt(random.nextInt(16));
					default -> 0x80 + random.nextInt(128);
				};
			}
			if (seen.add(java.util.HexFormat.of().formatHex(raw))) {
				String name = FileNames.of(raw);
				assertThat(FileNames.bytes(name)).as(name).isEqualTo(raw);
				assertThat(names.add(name)).as("two byte strings named %s", name).isTrue();
			}
		}
	}

	@Test
	void theWalkNamesGbkFilesAsTheirBytes() throws Exception {
		Path dir = Files.createDirectories(this.tmp.resolve("in"));
		// the JDK cannot create a name that is not UTF-8 from a string: the shell can
		Process p = new ProcessBuilder("sh", "-c",
				"for n in '\\260\\262\\273\\325' '\\275\\255\\273\\264' '\\315\\356\\304\\317'; do "
						+ "printf x > \"$(printf \"$n\").txt\"; done")
			.directory(dir.toFile())
			.inheritIO()
			.start();
		assumeTrue(p.waitFor() == 0, "sh could not create the GBK names");

		List<String> names = new ArrayList<>();
		InputFiles.walk(dir, InputFiles::isArticleName).forEachRemaining((f) -> names.add(f.name()));

		assertThat(names).containsExactlyInAnyOrder("\\xB0\\xB2\\xBB\\xD5.txt", "\\xBD\\xAD\\xBB\\xB4.txt",
				"\\xCD\\xEE\\xC4\\xCF.txt");
	}

}
