package io.newsroll.core.article;

import io.newsroll.core.reject.ReasonCode;

/**
 * Finds the run of lines that is the article's body: the run after the headline with the
 * most dense, sentence-like, link-free text (a maximum subarray over line weights), or,
 * on a page without prose, its largest block of plain lines.
 */
final class BodyLocator {

	/** A run weaker than this is not an article body (index pages, navigation only). */
	static final double MIN_BODY_WEIGHT = 25;

	/** How many lines after the headline the body may start. */
	static final int ANCHOR_WINDOW = 30;

	/** The fewest lines, and units, of a block of plain lines taken for a page's text. */
	private static final int PLAIN_BLOCK_LINES = 10;

	private static final int PLAIN_BLOCK_UNITS = 150;

	/**
	 * The body's run, and whether it is a listing: a page without prose (a journal's
	 * table of contents, a programme) whose main text is the list itself.
	 *
	 * @param region the run the line reading found: the margins (byline, credits) are
	 * read around it
	 * @param text the run the body's paragraphs are cleaned from: the region, grown over
	 * the lines next to it that the text container holds ({@link ContainerChoice#extend})
	 */
	record Located(Region region, boolean listing, int standfirst, Region text) {

		Located(Region region, boolean listing) {
			this(region, listing, -1, region);
		}

	}

	private BodyLocator() {
	}

	/** The densest run of the whole page, or null when every line weighs against. */
	static Region densest(LineSet lines) {
		return best(lines, 0, lines.size());
	}

	/**
	 * The body's run: after the headline when there is one ({@code titleIndex >= 0}),
	 * else the densest run of the page, else a block of plain lines.
	 * @throws PageProblem NOT_AN_ARTICLE when the page has none of them
	 */
	static Located locate(LineSet lines, int titleIndex, Region global) throws PageProblem {
		int n = lines.size();
		Region region = global;
		if (titleIndex >= 0) {
			// a section heading ("相关阅读") after a real body ends the search: the teasers
			// below it
			// can outweigh a short article, yet belong to other articles
			int end = sectionEnd(lines, titleIndex + 1, n);
			Region after = best(lines, titleIndex + 1, end);
			Region anchored = anchored(lines, titleIndex + 1, end);
			// The body starts soon after the headline; a longer run further down is
			// another story,
			// unless the text near the headline is only a teaser next to it.
			if (anchored != null && anchored.weight() >= MIN_BODY_WEIGHT
					&& (after == null || anchored.weight() * 4 >= after.weight())) {
				region = anchored;
			}
			else if (after != null && after.weight() >= MIN_BODY_WEIGHT && (end < n || global == null
					|| titleIndex >= global.start() || after.weight() * 2 >= global.weight())) {
				region = after;
			}
		}
		Region chosen = ContainerChoice.choose(lines, titleIndex, region);
		if (chosen != null) {
			return new Located(chosen, false);
		}
		if (region != null && region.weight() >= MIN_BODY_WEIGHT) {
			return new Located(region, false, Standfirst.find(lines, titleIndex, region),
					ContainerChoice.extend(lines, titleIndex, region));
		}
		Region plain = plainBlock(lines);
		if (plain == null) {
			throw new PageProblem(ReasonCode.NOT_AN_ARTICLE, "no article body: no run of paragraphs on the page (" + n
					+ " lines, the densest run weighs " + Math.round((region == null) ? 0 : region.weight()) + ")");
		}
		// a page without prose (a journal's table of contents, a programme): its
		// main text is the list itself
		return new Located(plain, true);
	}

	/**
	 * The first section break after {@code from} that follows a body-sized run, or
	 * {@code n}.
	 */
	private static int sectionEnd(LineSet lines, int from, int n) {
		for (int i = from; i < n; i++) {
			if (lines.weight(i) == LineWeight.SECTION_BREAK_WEIGHT) {
				Region before = best(lines, from, i);
				if (before != null && before.weight() >= MIN_BODY_WEIGHT) {
					return i;
				}
			}
		}
		return n;
	}

	/**
	 * The run that starts at the first paragraph within {@value #ANCHOR_WINDOW} lines of
	 * {@code from} and goes on as long as what weighs against it stays small next to what
	 * it has gathered.
	 */
	private static Region anchored(LineSet lines, int from, int to) {
		int anchor = -1;
		for (int i = from; i < Math.min(to, from + ANCHOR_WINDOW); i++) {
			if (lines.weight(i) > 0) {
				anchor = i;
				break;
			}
		}
		if (anchor < 0) {
			return null;
		}
		double sum = 0;
		double bestSum = 0;
		int bestEnd = anchor;
		for (int i = anchor; i < to; i++) {
			sum += lines.weight(i);
			if (sum > bestSum) {
				bestSum = sum;
				bestEnd = i + 1;
			}
			if (sum < bestSum - (50 + 0.5 * bestSum)) {
				break;
			}
		}
		return new Region(anchor, bestEnd, bestSum);
	}

	/** Maximum-weight run of lines in [from, to); null when every line weighs against. */
	static Region best(LineSet lines, int from, int to) {
		double bestSum = 0;
		int bestStart = -1;
		int bestEnd = -1;
		double sum = 0;
		int start = from;
		for (int i = from; i < to; i++) {
			if (sum <= 0) {
				sum = 0;
				start = i;
			}
			sum += lines.weight(i);
			if (sum > bestSum) {
				bestSum = sum;
				bestStart = start;
				bestEnd = i + 1;
			}
		}
		return (bestStart < 0) ? null : new Region(bestStart, bestEnd, bestSum);
	}

	/**
	 * The largest block of consecutive plain lines (no links, no list bullets, no
	 * furniture), for a page that has no run of paragraphs: a table of contents or a
	 * programme is made of short lines, and is still the page's text. Menus fall apart
	 * into bullets and links; a block of one- or two-word lines is no text either.
	 */
	private static Region plainBlock(LineSet lines) {
		Region bestBlock = null;
		int start = 0;
		int units = 0;
		for (int i = 0; i <= lines.size(); i++) {
			if (i < lines.size() && isPlainLine(lines.get(i), lines.weight(i))) {
				units += lines.units(i);
				continue;
			}
			int count = i - start;
			if (count >= PLAIN_BLOCK_LINES && units >= PLAIN_BLOCK_UNITS && units >= count * 5
					&& (bestBlock == null || units > bestBlock.weight())) {
				bestBlock = new Region(start, i, units);
			}
			start = i + 1;
			units = 0;
		}
		return bestBlock;
	}

	private static boolean isPlainLine(PageLine line, double weight) {
		String text = line.text();
		if (text.isEmpty() || line.linkRatio() >= 0.5 || line.noisy() || weight <= -30 || "li".equals(line.tag())) {
			return false;
		}
		char first = text.charAt(0);
		if (first == '•' || first == '·' || first == '*' || first == '-' || first == '–') {
			return false;
		}
		// a breadcrumb trail: 首页 > 期刊要览 > …
		int arrows = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			arrows += (c == '>' || c == '›' || c == '»') ? 1 : 0;
		}
		return arrows < 2;
	}

}
