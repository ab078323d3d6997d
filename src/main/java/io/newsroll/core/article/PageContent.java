package io.newsroll.core.article;

import java.util.List;

/**
 * A page reduced to what extraction works on, whatever its form: its visible text lines
 * in reading order and what it says about itself.
 *
 * @param lines visible text lines, in order
 * @param meta the page's self-description
 * @param rawLines the lines as written, padding kept (roster blocks record raw names),
 * one per non-blank line
 */
record PageContent(List<PageLine> lines, PageMeta meta, List<String> rawLines) {

	PageContent {
		lines = List.copyOf(lines);
		rawLines = List.copyOf(rawLines);
	}

	/** A page whose lines are only known normalized (HTML). */
	PageContent(List<PageLine> lines, PageMeta meta) {
		this(lines, meta, lines.stream().map(PageLine::text).toList());
	}

}
