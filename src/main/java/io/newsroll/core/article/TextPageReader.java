package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.List;

import io.newsroll.core.text.ChineseText;

/**
 * Reads a plain-text page dump (a crawler's "save page text": the {@code <title>} line, then the page as
 * a text browser renders it) into {@link PageContent}. There is no markup, so menu items are recognised
 * by their shape: bullet items and lines of {@code |}-separated words count as link text.
 */
final class TextPageReader {

	private TextPageReader() {
	}

	static PageContent read(String text) {
		List<PageLine> lines = new ArrayList<>();
		List<String> raw = new ArrayList<>();
		String title = null;
		int start = 0;
		int n = text.length();
		while (start <= n) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = n;
			}
			String rawLine = text.substring(start, (end > start && text.charAt(end - 1) == '\r') ? end - 1 : end);
			String line = ChineseText.normalizeSpace(rawLine);
			start = end + 1;
			if (line.isEmpty()) {
				continue;
			}
			if (title == null) {
				title = line;
				continue;
			}
			lines.add(new PageLine(line, menuChars(line), null, false));
			raw.add(rawLine);
		}
		return new PageContent(lines, PageMeta.titleOnly(title), raw);
	}

	/** Bullet items and lines of several short |-separated items are menus: all link text. */
	static int menuChars(String line) {
		char first = line.charAt(0);
		if (first == '•' || first == '·' || first == '*' || first == '▪' || first == '◦') {
			return line.length();
		}
		int bars = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '|' || c == '｜') {
				bars++;
			}
		}
		if (bars >= 2 || (bars == 1 && line.length() < 40)) {
			return line.length();
		}
		return 0;
	}

}
