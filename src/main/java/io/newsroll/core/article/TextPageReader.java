package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

	/**
	 * A bullet item at least this long may be prose; menu entries and teasers are
	 * shorter.
	 */
	private static final int PROSE_ITEM_UNITS = 20;

	/** "Matt Vespa | December 22, 2023" is a byline, not a menu. */
	private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

	private TextPageReader() {
	}

	static PageContent read(String text, Deadline deadline) {
		List<String> raw = new ArrayList<>();
		// where each raw line starts in the text
		int[] offsets = new int[64];
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
			int lineStart = start;
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
			if (raw.size() == offsets.length) {
				offsets = Arrays.copyOf(offsets, offsets.length * 2);
			}
			offsets[raw.size()] = lineStart;
			raw.add(rawLine);
		}
		Cells cells = new Cells(raw.size());
		char[] chars = text.toCharArray();
		for (int i = 0; i < raw.size(); i++) {
			if ((i & 1023) == 1023) {
				deadline.check();
			}
			cells.add(i, raw.get(i), chars, offsets[i]);
		}
		int wrap = wrapWidth(cells.widths);
		// in a double-spaced dump (a blank line after nearly every line) blank lines say
		// nothing about paragraphs
		boolean blankEndsParagraph = afterBlank.cardinality() * 10 < raw.size() * 8;
		Paragraph paragraph = new Paragraph();
		List<String> sideCells = new ArrayList<>();
		for (int i = 0; i < cells.widths.length; i++) {
			String first = cells.first[i];
			if (first == null) {
				continue;
			}
			if (blankEndsParagraph && afterBlank.get(i)) {
				paragraph.emit(sideCells);
			}
			paragraph.join(first, cells.han[i], cells.other[i], cells.spaces[i]);
			List<String> side = cells.side.get(i);
			if (side != null) {
				sideCells.addAll(side);
			}
			if (wrap > 0 && cells.widths[i] >= wrap - 2 && cells.widths[i] <= wrap + 2) {
				continue;
			}
			paragraph.emit(sideCells);
		}
		paragraph.emit(sideCells);
		return new PageContent(paragraph.lines, PageMeta.titleOnly(title), raw);
	}

	/**
	 * The cells of each raw line, and what the reader needs of its first cell, from one
	 * pass over the line where it is a single normalized cell after its indent (most
	 * lines are).
	 */
	private static final class Cells {

		/** The first cell of each line, or null for a line without cells. */
		final String[] first;

		/** The other cells of lines that have more than one (few do), by line. */
		final Map<Integer, List<String>> side = new HashMap<>();

		/** Display width of each line's first cell, -1 for a line without cells. */
		final int[] widths;

		final int[] han;

		final int[] other;

		final int[] spaces;

		Cells(int n) {
			this.first = new String[n];
			this.widths = new int[n];
			this.han = new int[n];
			this.other = new int[n];
			this.spaces = new int[n];
		}

		/** Adds a line, found at {@code offset} in the page's characters. */
		void add(int i, String line, char[] chars, int offset) {
			LineScan scan = LineScan.of(chars, offset, offset + line.length());
			if (!scan.plain) {
				List<String> row = splitColumns(line);
				if (row.isEmpty()) {
					this.widths[i] = -1;
					return;
				}
				if (row.size() > 1) {
					this.side.put(i, row.subList(1, row.size()));
				}
				line = row.get(0);
				scan = LineScan.of(line);
			}
			else if (scan.start > offset) {
				line = line.substring(scan.start - offset);
			}
			this.first[i] = line;
			this.widths[i] = scan.width;
			this.han[i] = scan.han;
			this.other[i] = scan.other;
			this.spaces[i] = scan.spaces;
		}

	}

	/**
	 * Lines being joined into a paragraph, with the counts of what is joined so far: a
	 * joined paragraph's units and visible characters are the sums of its lines'.
	 */
	private static final class Paragraph {

		final List<PageLine> lines = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private int han;

		private int other;

		private int spaces;

		void join(String next, int han, int other, int spaces) {
			if (this.text.length() > 0) {
				char last = this.text.charAt(this.text.length() - 1);
				char first = next.charAt(0);
				if (!(ChineseText.isHan(last) || ChineseText.isHan(first) || last > 0x3000 || first > 0x3000)) {
					this.text.append(' ');
					this.spaces++;
				}
			}
			this.text.append(next);
			this.han += han;
			this.other += other;
			this.spaces += spaces;
		}

		void emit(List<String> sideCells) {
			if (this.text.length() > 0) {
				String line = this.text.toString();
				this.lines.add(new PageLine(line, menuChars(line), null, false, LineScan.units(this.han, this.other),
						line.length() - this.spaces, false));
				this.text.setLength(0);
				this.han = 0;
				this.other = 0;
				this.spaces = 0;
			}
			for (String cell : sideCells) {
				this.lines.add(new PageLine(cell, menuChars(cell), null, true));
			}
			sideCells.clear();
		}

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
	 * count as spaces), each normalized with its wide gaps kept
	 * ({@link ChineseText#normalizeSpace(String, boolean)}).
	 */
	static List<String> columns(String line) {
		LineScan scan = LineScan.of(line);
		return scan.plain ? List.of(line.substring(scan.start)) : splitColumns(line);
	}

	/**
	 * {@link #columns} for a line that is not one plain cell: splits and normalizes in
	 * one pass. A cell ends where a character follows {@value #COLUMN_GAP} or more
	 * columns of spaces; within a cell, spaces at either end go, a run of three or more
	 * becomes three spaces and a shorter one a single space, and zero-width characters go
	 * (without ending a run of spaces, though they do end a gap between cells).
	 */
	private static List<String> splitColumns(String line) {
		List<String> cells = new ArrayList<>(2);
		StringBuilder cell = new StringBuilder();
		int gap = 0;
		int pending = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (LineScan.isCellSpace(c)) {
				gap += (c == '\u3000') ? 2 : 1;
				if (cell.length() > 0) {
					pending++;
				}
				continue;
			}
			if (gap >= COLUMN_GAP) {
				add(cells, cell);
				pending = 0;
			}
			gap = 0;
			if (ChineseText.isZeroWidth(c)) {
				continue;
			}
			if (pending > 0) {
				cell.append((pending >= 3) ? "   " : " ");
				pending = 0;
			}
			cell.append(c);
		}
		add(cells, cell);
		return cells;
	}

	private static void add(List<String> cells, StringBuilder cell) {
		if (cell.length() > 0) {
			cells.add(cell.toString());
			cell.setLength(0);
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
		// a renderer that wraps at a width prints few lines wider than it (an unbreakable
		// word, a misjudged character width): many wider lines mean the lines that end
		// near this width do so by chance
		int wider = 0;
		for (int w : widths) {
			if (w > best + 2) {
				wider++;
			}
		}
		return (bestCount >= 4 && bestCount * 25 >= total && wider * 2 < bestCount) ? best : 0;
	}

	/**
	 * A bullet item that reads as a sentence (an article's own list), not a menu entry or
	 * a teaser headline: {@value #PROSE_ITEM_UNITS} words (Chinese characters) or more
	 * with a clause mark inside or a sentence end.
	 */
	private static boolean proseItem(String line) {
		int units = PageLine.unitsOf(line);
		if (units < PROSE_ITEM_UNITS) {
			return false;
		}
		char last = line.charAt(line.length() - 1);
		// not a question mark: teasers ask ("…是什么?")
		if (last == '.' || last == '。' || last == '!' || last == '！' || last == '”' || last == '"') {
			return true;
		}
		for (int i = 1; i < line.length() - 1; i++) {
			char c = line.charAt(i);
			// "34,000" and "10:15" are not clause marks
			if (((c == ',' || c == ':' || c == ';') && line.charAt(i + 1) == ' ') || c == '，' || c == '：' || c == '；') {
				return true;
			}
		}
		return false;
	}

	/**
	 * Bullet items, lines of several |-separated items and [bracketed] buttons are menus:
	 * link text (a row of the article's fields is not: "文|张三", "By X | date").
	 */
	static int menuChars(String line) {
		char first = line.charAt(0);
		if (first == '•' || first == '·' || first == '*' || first == '▪' || first == '◦') {
			return proseItem(line) ? 0 : line.length();
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
		if ((bars >= 2 || (bars == 1 && line.length() < 40 && !YEAR.matcher(line).find()))
				&& !Bylines.isFieldRow(line)) {
			return line.length();
		}
		return bracketed;
	}

}
