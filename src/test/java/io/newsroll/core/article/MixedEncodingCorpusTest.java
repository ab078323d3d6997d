package io.newsroll.core.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link MixedEncoding} on the development corpus's real pages: each Chinese UTF-8 page
 * (HTML and text dump) re-encoded wholly in GBK is not taken for a mixed page (detection
 * reads it as before), each page that was crawled in a legacy charset is not either, and
 * a page with one of its text nodes re-encoded in GBK reads back exactly.
 */
class MixedEncodingCorpusTest {

	private static final Charset GBK = Charset.forName("GBK");

	private static final Charset GB2312 = Charset.forName("GB2312");

	private static final Path CORPUS = Path.of("src/test/resources/corpus/dev/pages");

	/** A text node of twenty characters or more. */
	private static final Pattern TEXT_NODE = Pattern.compile(">([^<>\\n\\r]{20,})<");

	private static final int NODES_PER_PAGE = 20;

	@Test
	void pagesWhollyInGbkAreNotReadAsMixed() throws IOException {
		int tried = 0;
		for (Path file : pages()) {
			byte[] bytes = Files.readAllBytes(file);
			if (PageDecoder.isUtf8(bytes)) {
				String page = new String(bytes, StandardCharsets.UTF_8);
				if (hasHan(page)) {
					tried++;
					assertThat(MixedEncoding.read(page.getBytes(GBK))).as("%s in GBK", file).isEmpty();
				}
			}
			else {
				tried++;
				assertThat(MixedEncoding.read(bytes)).as("%s as crawled", file).isEmpty();
			}
		}
		System.out.println("mixed-encoding corpus: " + tried + " pages wholly in GBK or crawled in a legacy charset");
		assertThat(tried).isGreaterThan(80);
	}

	@Test
	void pagesWithATextNodeInGbkReadBackExactly() throws IOException {
		int tried = 0;
		for (Path file : pages()) {
			byte[] bytes = Files.readAllBytes(file);
			if (!PageDecoder.isUtf8(bytes)) {
				continue;
			}
			String page = new String(bytes, StandardCharsets.UTF_8);
			Matcher node = TEXT_NODE.matcher(page);
			int nodes = 0;
			while (node.find() && nodes < NODES_PER_PAGE) {
				String text = node.group(1);
				// simplified Chinese, as a GBK content system writes it (see
				// MixedEncodingTest for traditional characters in GBK)
				if (!hasHan(text) || !GB2312.newEncoder().canEncode(text)) {
					continue;
				}
				nodes++;
				tried++;
				byte[] mixed = concat(page.substring(0, node.start(1)).getBytes(StandardCharsets.UTF_8),
						text.getBytes(GBK), page.substring(node.end(1)).getBytes(StandardCharsets.UTF_8));
				assertThat(MixedEncoding.read(mixed)).as("%s with '%s' in GBK", file, text)
					.hasValueSatisfying((read) -> assertThat(read.text()).isEqualTo(page));
			}
		}
		System.out.println("mixed-encoding corpus: " + tried + " text nodes in GBK read back");
		assertThat(tried).isGreaterThan(300);
	}

	private static List<Path> pages() throws IOException {
		try (Stream<Path> walk = Files.walk(CORPUS)) {
			return walk
				.filter((p) -> p.getFileName().toString().equals("page.html")
						|| p.getFileName().toString().equals("page.txt"))
				.sorted()
				.toList();
		}
	}

	private static boolean hasHan(String text) {
		return text.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
