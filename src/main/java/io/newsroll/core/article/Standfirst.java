package io.newsroll.core.article;

/**
 * The standfirst (dek, teaser, 导语): the sentence or two a page prints between the
 * headline and the byline, above the body's run. It is the article's first paragraph, but
 * the byline, date and picture lines between it and the run weigh it off the run the line
 * reading finds. A prose line there, with only short lines (byline, date, caption,
 * picture credit) between it and the run, starts the body.
 */
final class Standfirst {

	/** The fewest units (about words; Han characters) of a standfirst. */
	private static final int MIN_UNITS = 10;

	/** Lines between the standfirst and the body's run may be no longer than this. */
	private static final int MARGIN_LINE_UNITS = 20;

	/** At most this many lines between the standfirst and the body's run. */
	private static final int MAX_MARGIN_LINES = 8;

	private Standfirst() {
	}

	/**
	 * The standfirst's line between the headline and the body's run, or -1.
	 */
	static int find(LineSet lines, int titleIndex, Region region) {
		if (titleIndex < 0 || region.start() <= titleIndex + 1) {
			return -1;
		}
		int from = Math.max(titleIndex + 1, region.start() - MAX_MARGIN_LINES - 1);
		for (int k = from; k < region.start(); k++) {
			if (isStandfirst(lines, k) && onlyMarginsBetween(lines, k + 1, region.start())) {
				return k;
			}
		}
		return -1;
	}

	private static boolean isStandfirst(LineSet lines, int k) {
		PageLine line = lines.get(k);
		if (lines.weight(k) <= 0 || line.units() < MIN_UNITS || line.linkRatio() > 0.4 || line.isHeading()) {
			return false;
		}
		String text = line.text();
		char last = text.charAt(text.length() - 1);
		return last == '.' || last == '!' || last == '?' || last == '。' || last == '！' || last == '？' || last == '…'
				|| last == '»' || last == '"' || last == '”';
	}

	private static boolean onlyMarginsBetween(LineSet lines, int from, int to) {
		for (int i = from; i < to; i++) {
			if (lines.units(i) > MARGIN_LINE_UNITS) {
				return false;
			}
		}
		return true;
	}

}
