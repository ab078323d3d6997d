package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

import io.newsroll.core.text.ChineseText;

/**
 * Reads a plain-text page dump (a crawler's "save page text": the {@code <title>} line,
 * then the page as a text browser renders it) into {@link PageContent}. There is no
 * markup, so layout is read from the text: menu items are recognised by their shape
 * (bullets, {@code |}-separated words, {@code [buttons]}), a wide run of spaces separates
 * side-by-side columns, and lines that a fixed-width renderer wrapped are joined back
 * into paragraphs.
 */
final class TextPageReader {

	/** This many spaces in a row separate columns laid out side by side. */
	private static final int COLUMN_GAP = 6;

	/** "Matt Vespa | December 22, 2023" is a byline, not a menu. */
	private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

	private TextPageReader() {
	}

	static PageContent read(String text, Deadline deadline) {
		List<String> raw = new ArrayList<>();
		// which raw lines follow a blank line: a renderer that wraps a paragraph never
		// puts one inside it
		BitSet afterBlank = new BitSet();
		boolean blank = false;
		String title = null;
		int start = 0;
		int n = text.length();
		int count = 0;
		while (start <= n) {
			if ((++count & 1023) == 0) {
				deadline.check();
			}
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = n;
			}
			String rawLine = text.substring(start, (end > start && text.charAt(end - 1) == '\r') ? end - 1 : end);
			start = end + 1;
			if (isBlank(rawLine)) {
				blank = true;
				continue;
			}
			if (title == null) {
				title = ChineseText.normalizeSpace(rawLine);
				blank = false;
				continue;
			}
			afterBlank.set(raw.size(), blank);
			blank = false;
			raw.add(rawLine);
		}
		List<List<String>> cells = new ArrayList<>(raw.size());
		for (String line : raw) {
			if ((cells.size() & 1023) == 1023) {
				deadline.check();
			}
			cells.add(columns(line));
		}
		int[] widths = new int[cells.size()];
		for (int i = 0; i < widths.length; i++) {
			List<String> row = cells.get(i);
			widths[i] = row.isEmpty() ? -1 : width(row.get(0));
		}
		int wrap = wrapWidth(widths);
		// in a double-spaced dump (a blank line after nearly every line) blank lines say
		// nothing about paragraphs
		boolean blankEndsParagraph = afterBlank.cardinality() * 10 < raw.size() * 8;
		List<PageLine> lines = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		List<String> sideCells = new ArrayList<>();
		for (int i = 0; i < widths.length; i++) {
			List<String> row = cells.get(i);
			if (row.isEmpty()) {
				continue;
			}
			if (blankEndsParagraph && afterBlank.get(i)) {
				emit(lines, paragraph, sideCells);
			}
			String first = row.get(0);
			join(paragraph, first);
			sideCells.addAll(row.subList(1, row.size()));
			if (wrap > 0 && widths[i] >= wrap - 2) {
				continue;
			}
			emit(lines, paragraph, sideCells);
		}
		emit(lines, paragraph, sideCells);
		return new PageContent(lines, PageMeta.titleOnly(title), raw);
	}

	private static void emit(List<PageLine> lines, StringBuilder paragraph, List<String> sideCells) {
		if (paragraph.length() > 0) {
			String line = paragraph.toString();
			lines.add(new PageLine(line, menuChars(line), null, false));
			paragraph.setLength(0);
		}
		for (String cell : sideCells) {
			lines.add(new PageLine(cell, menuChars(cell), null, true));
		}
		sideCells.clear();
	}

	private static void join(StringBuilder paragraph, String next) {
		if (paragraph.length() > 0) {
			char last = paragraph.charAt(paragraph.length() - 1);
			char first = next.charAt(0);
			if (!(ChineseText.isHan(last) || ChineseText.isHan(first) || last > 0x3000 || first > 0x3000)) {
				paragraph.append(' ');
			}
		}
		paragraph.append(next);
	}

	private static boolean isBlank(String line) {
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (!ChineseText.isSpace(c) && !ChineseText.isZeroWidth(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The cells of a line: text separated by wide runs of spaces (box-drawing borders
	 * count as spaces).
	 */
	static List<String> columns(String line) {
		if (isPlain(line)) {
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
			if (spaces >= COLUMN_GAP && cell.length() > 0) {
				add(cells, cell);
				cell.setLength(0);
			}
			spaces = 0;
			cell.append(c);
		}
		add(cells, cell);
		return cells;
	}

	/**
	 * Whether the line is one cell already normalized: no space at either end or next to
	 * another, no other whitespace, no zero-width or box-drawing character. Most lines
	 * are, and {@link #columns} returns them as they are.
	 */
	private static boolean isPlain(String line) {
		if (line.isEmpty() || !ChineseText.isNormalized(line)) {
			return false;
		}
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c >= '\u2500' && c <= '\u257f') {
				return false;
			}
		}
		return true;
	}

	private static void add(List<String> cells, StringBuilder cell) {
		String s = ChineseText.normalizeSpace(cell.toString(), true);
		if (!s.isEmpty()) {
			cells.add(s);
		}
	}

	/**
	 * The width at which a fixed-width renderer wrapped the text, or 0 when it did not:
	 * many long lines that end within two columns of the same width.
	 * @param widths the width of each line's first cell, -1 for a line without cells
	 */
	static int wrapWidth(int[] widths) {
		int[] counts = new int[400];
		int total = 0;
		for (int w : widths) {
			if (w < 0) {
				continue;
			}
			total++;
			if (w >= 50 && w < counts.length) {
				counts[w]++;
			}
		}
		int best = 0;
		int bestCount = 0;
		for (int w = 50; w < counts.length - 2; w++) {
			int c = counts[w] + counts[w + 1] + counts[w + 2];
			if (c >= bestCount) {
				bestCount = c;
				best = w + 2;
			}
		}
		return (bestCount >= 4 && bestCount * 25 >= total) ? best : 0;
	}

	/**
	 * Display width in a fixed-width rendering: two columns for wide (CJK) characters.
	 */
	static int width(String s) {
		int w = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= 0x1100 && (ChineseText.isHan(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)
					|| c == '“' || c == '”')) {
				w += 2;
			}
			else if (",;:!?()".indexOf(c) >= 0 && nextToHan(s, i)) {
				// the dumps are NFKC-folded: this was a full-width mark, two columns wide
				// when rendered
				w += 2;
			}
			else {
				w++;
			}
		}
		return w;
	}

	private static boolean nextToHan(String s, int i) {
		return (i > 0 && ChineseText.isHan(s.charAt(i - 1)))
				|| (i + 1 < s.length() && ChineseText.isHan(s.charAt(i + 1)));
	}

	/**
	 * Bullet items, lines of several |-separated items and [bracketed] buttons are menus:
	 * link text.
	 */
	static int menuChars(String line) {
		char first = line.charAt(0);
		if (first == '•' || first == '·' || first == '*' || first == '▪' || first == '◦') {
			return line.length();
		}
		int bars = 0;
		int bracketed = 0;
		boolean inBracket = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '|' || c == '｜') {
				bars++;
			}
			if (c == '[') {
				inBracket = true;
			}
			else if (c == ']') {
				inBracket = false;
				bracketed++;
			}
			else if (inBracket) {
				bracketed++;
			}
		}
		if (bars >= 2 || (bars == 1 && line.length() < 40 && !YEAR.matcher(line).find())) {
			return line.length();
		}
		return bracketed;
	}

}
