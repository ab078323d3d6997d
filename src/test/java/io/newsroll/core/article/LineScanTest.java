package io.newsroll.core.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.newsroll.core.text.ChineseText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-pass {@link LineScan} and the one-pass column split give the answers of the
 * separate passes they replaced (kept here as the reference: {@code widthOf},
 * {@code columnsOf}, {@code isPlainLine}, units and visible characters), on every line of
 * the test pages and on random lines made of the characters that matter.
 */
class LineScanTest {

	private static final Path RESOURCES = Path.of("src/test/resources");

	@Test
	void scansEveryLineOfTheTestPagesAsTheSeparatePassesDid() throws IOException {
		List<String> lines = testPageLines();
		assertThat(lines).hasSizeGreaterThan(10_000);
		for (String line : lines) {
			assertScansLikeTheSeparatePasses(line);
		}
	}

	@Test
	void readsEveryTestPageIntoLinesWhoseCountsAreTheLinesOwn() throws IOException {
		int pages = 0;
		for (Path file : textPages()) {
			String text = decode(file);
			for (PageLine line : TextPageReader.read(text, Deadline.none()).lines()) {
				PageLine counted = new PageLine(line.text(), line.linkChars(), line.tag(), line.noisy());
				assertThat(line).as("%s: %s", file, line.text()).isEqualTo(counted);
			}
			pages++;
		}
		assertThat(pages).isGreaterThan(90);
	}

	@Test
	void scansIndentsGapsBordersAndWideMarks() {
		for (String line : List.of("", " ", "   indented line", "\tTabbed", "a  b", "a      b      c", "a   b",
				"│ cell │ other cell │", "──────", "\u3000\u3000全角缩进的段落。", "文字\u3000\u3000\u3000右栏", "zero\u200bwidth",
				"\u200b lead", "trail ", "中文,标点(括号)", "English, (plain)", "“引号”和‘单引号’", "é and ñ, ü", "ctl\u0001char",
				"nbsp\u00a0here", "Ａ全角ＡＢＣ１２３", "〇々〆", "a \u200b  b", "x\u2028y")) {
			assertScansLikeTheSeparatePasses(line);
		}
	}

	@Property(tries = 3000)
	void scansRandomLinesAsTheSeparatePassesDid(@ForAll("lines") String line) {
		assertScansLikeTheSeparatePasses(line);
	}

	@Property(tries = 500)
	void readsRandomDumpsIntoLinesWhoseCountsAreTheLinesOwn(@ForAll("dumps") String text) {
		for (PageLine line : TextPageReader.read(text, Deadline.none()).lines()) {
			assertThat(line).isEqualTo(new PageLine(line.text(), line.linkChars(), line.tag(), line.noisy()));
		}
	}

	@Provide
	Arbitrary<String> lines() {
		return Arbitraries.strings()
			.withChars(" \t\u3000\u00a0\u200b\u2500\u2502\u2028aZ9,;:!?()。，中文〇“”éＡ\u0001|[]")
			.ofMaxLength(40);
	}

	@Provide
	Arbitrary<String> dumps() {
		return Arbitraries.strings()
			.withChars("   \n\n\r\t\u3000\u200b\u2502aaabbZ9,.:()。，中文“”")
			.ofMinLength(1)
			.ofMaxLength(400);
	}

	private static void assertScansLikeTheSeparatePasses(String line) {
		LineScan scan = LineScan.of(line);
		String as = "[" + line + "]";
		assertThat(scan.plain).as(as).isEqualTo(isPlainLine(line.substring(scan.start)));
		List<String> columns = columnsOf(line);
		assertThat(TextPageReader.columns(line)).as(as).isEqualTo(columns);
		if (scan.plain) {
			assertThat(columns).as(as).containsExactly(line.substring(scan.start));
		}
		String rest = line.substring(scan.start);
		assertThat(scan.width).as(as).isEqualTo(widthOf(rest));
		assertThat(LineScan.units(scan.han, scan.other)).as(as).isEqualTo(PageLine.unitsOf(rest));
		assertThat(rest.length() - scan.spaces).as(as).isEqualTo(rest.replace(" ", "").length());
		for (String cell : columns) {
			LineScan cellScan = LineScan.of(cell);
			assertThat(cellScan.width).as(as).isEqualTo(widthOf(cell));
			assertThat(LineScan.units(cellScan.han, cellScan.other)).as(as).isEqualTo(PageLine.unitsOf(cell));
		}
	}

	/** The column split as it was: cells gathered, then each normalized. */
	private static List<String> columnsOf(String line) {
		if (isPlainLine(line)) {
			return List.of(line);
		}
		List<String> cells = new ArrayList<>(2);
		StringBuilder cell = new StringBuilder();
		int spaces = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			boolean space = ChineseText.isSpace(c) || (c >= '\u2500' && c <= '\u257f');
			if (space) {
				spaces += (c == '\u3000') ? 2 : 1;
				cell.append(' ');
				continue;
			}
			if (spaces >= 6 && cell.length() > 0) {
				addNormalized(cells, cell);
				cell.setLength(0);
			}
			spaces = 0;
			cell.append(c);
		}
		addNormalized(cells, cell);
		return cells;
	}

	private static void addNormalized(List<String> cells, StringBuilder cell) {
		String s = ChineseText.normalizeSpace(cell.toString(), true);
		if (!s.isEmpty()) {
			cells.add(s);
		}
	}

	private static boolean isPlainLine(String line) {
		if (line.isEmpty() || !ChineseText.isNormalized(line)) {
			return false;
		}
		return line.chars().noneMatch((c) -> c >= '\u2500' && c <= '\u257f');
	}

	/** The display width as it was computed. */
	private static int widthOf(String s) {
		int w = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= 0x1100 && (ChineseText.isHan(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)
					|| c == '“' || c == '”')) {
				w += 2;
			}
			else if (",;:!?()".indexOf(c) >= 0 && ((i > 0 && ChineseText.isHan(s.charAt(i - 1)))
					|| (i + 1 < s.length() && ChineseText.isHan(s.charAt(i + 1))))) {
				w += 2;
			}
			else {
				w++;
			}
		}
		return w;
	}

	private static List<Path> textPages() throws IOException {
		try (Stream<Path> files = Files.walk(RESOURCES)) {
			return files.filter((p) -> p.toString().endsWith(".txt")).sorted().toList();
		}
	}

	private static List<String> testPageLines() throws IOException {
		List<String> lines = new ArrayList<>();
		for (Path file : textPages()) {
			for (String line : decode(file).split("\r?\n")) {
				lines.add(line);
			}
		}
		return lines;
	}

	private static String decode(Path file) {
		try {
			return PageDecoder.decode(Files.readAllBytes(file), false).text();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (PageProblem ex) {
			throw new IllegalStateException(file + ": " + ex.getMessage(), ex);
		}
	}

}
