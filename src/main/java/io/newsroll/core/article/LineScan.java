package io.newsroll.core.article;

import io.newsroll.core.text.ChineseText;

/**
 * What one pass over a line of a text dump tells the reader: where its text starts after
 * the indent, whether the rest is one cell already normalized, its display width and the
 * counts its {@link PageLine} is weighed by. Text dumps are read a few characters per
 * nanosecond or not at all, so these are counted together instead of in a pass each
 * ({@link TextPageReader#width}, {@link TextPageReader#columns},
 * {@link PageLine#unitsOf}, the spaces of {@link PageLine}): they give the same answers,
 * which {@code LineScanTest} checks on every line of the test pages.
 */
final class LineScan {

	/** Index of the first character after the indent (spaces and box-drawing borders). */
	final int start;

	/**
	 * Whether the line from {@link #start} is a single cell already normalized (what
	 * {@link TextPageReader#columns} would return as it is): no space at either end or
	 * next to another, no other whitespace, nothing zero-width, no box-drawing character.
	 */
	final boolean plain;

	/** Display width of the text from {@link #start} ({@link TextPageReader#width}). */
	final int width;

	/** Han characters from U+3400 on, as {@link PageLine#unitsOf} counts them. */
	final int han;

	/** Other letters and digits, as {@link PageLine#unitsOf} counts them. */
	final int other;

	/** Plain spaces (U+0020) from {@link #start} on. */
	final int spaces;

	private LineScan(int start, boolean plain, int width, int han, int other, int spaces) {
		this.start = start;
		this.plain = plain;
		this.width = width;
		this.han = han;
		this.other = other;
		this.spaces = spaces;
	}

	/** Scans a line after its indent. */
	static LineScan of(String line) {
		return of(line.toCharArray(), 0, line.length());
	}

	/**
	 * Scans the line {@code chars[from..to)} after its indent; {@link #start} is an index
	 * into {@code chars}. Reading a page's lines from one array spares every character
	 * the bounds and coder checks of {@link String#charAt}.
	 */
	static LineScan of(char[] chars, int from, int to) {
		int start = from;
		while (start < to && isCellSpace(chars[start])) {
			start++;
		}
		boolean plain = start < to;
		int width = 0;
		int han = 0;
		int other = 0;
		int spaces = 0;
		boolean prevHan = false;
		char prev = 0;
		for (int i = start; i < to; i++) {
			char c = chars[i];
			if (c < 0x80) {
				if (c == ' ') {
					spaces++;
					if (i == start || i == to - 1 || prev == ' ') {
						plain = false;
					}
					width++;
				}
				else if (c < ' ') {
					plain = false;
					width++;
				}
				else {
					if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
						other++;
						width++;
					}
					else if (isWideNextToHan(c) && (prevHan || (i + 1 < to && ChineseText.isHan(chars[i + 1])))) {
						// the dumps are NFKC-folded: this was a full-width mark, two
						// columns wide when rendered
						width += 2;
					}
					else {
						width++;
					}
				}
				prevHan = false;
			}
			else if (c >= '\u4e00' && c <= '\u9fff') {
				// a unified ideograph, nearly every character of a Chinese line: Han, two
				// columns wide, neither space nor border
				han++;
				width += 2;
				prevHan = true;
			}
			else {
				boolean isHan = ChineseText.isHan(c);
				if (ChineseText.isSpace(c) || ChineseText.isZeroWidth(c) || isBox(c)) {
					plain = false;
				}
				if (c >= '\u3400' && isHan) {
					han++;
				}
				else if (Character.isLetterOrDigit(c)) {
					other++;
				}
				if (c >= 0x1100 && (isHan || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c == '“'
						|| c == '”')) {
					width += 2;
				}
				else {
					width++;
				}
				prevHan = isHan;
			}
			prev = c;
		}
		return new LineScan(start, plain, width, han, other, spaces);
	}

	/** Length in units, as {@link PageLine#unitsOf}. */
	static int units(int han, int other) {
		return han + (other + 3) / 4;
	}

	/** What separates cells: whitespace and box-drawing borders. */
	static boolean isCellSpace(char c) {
		return ChineseText.isSpace(c) || isBox(c);
	}

	static boolean isBox(char c) {
		return c >= '\u2500' && c <= '\u257f';
	}

	private static boolean isWideNextToHan(char c) {
		return c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')';
	}

}
