package io.newsroll.report.xlsx;

/**
 * Text from the input as a spreadsheet must hold it: never a formula. A cell value
 * beginning with {@code = + - @}, a tab or a carriage return is what spreadsheet programs
 * (and CSV/DDE injection) take for a formula; such text is written as a string cell with
 * Excel's quote prefix, so that it stays text even when a user edits the cell.
 */
final class CellText {

	/** Excel's limit on the characters in one cell. */
	static final int MAX_LENGTH = 32_767;

	private CellText() {
	}

	static boolean looksLikeFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char c = text.charAt(0);
		return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
	}

	/** The text cut to what a cell can hold. */
	static String fit(String text) {
		return (text.length() <= MAX_LENGTH) ? text : text.substring(0, MAX_LENGTH - 1) + "…";
	}

	/** Display width in character units: CJK and full-width characters take two. */
	static int displayWidth(String text) {
		int width = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			width += (cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
					|| (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
					|| (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000)) ? 2 : 1;
			i += Character.charCount(cp);
		}
		return width;
	}

}
