package io.newsroll.core.article;

/**
 * Weighs the body's run the line reading found ({@link BodyLocator}) against the lines of
 * the container the document's structure gives ({@link ContentContainers}), as
 * trafilatura weighs its result against its fallbacks: the line reading stays where it
 * finds a body; the container's best run is taken when it found none. (Measured on the
 * dev corpus: taking the container's run over a line-read run that lies outside it cost
 * short news items whose container of related stories holds more prose.)
 */
final class ContainerChoice {

	private ContainerChoice() {
	}

	/**
	 * The run to take instead of the line reading's, or null to keep it.
	 * @param region the line reading's run, or null
	 */
	static Region choose(LineSet lines, int titleIndex, Region region) {
		int first = -1;
		int last = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).inContainer()) {
				first = (first < 0) ? i : first;
				last = i;
			}
		}
		if (first < 0) {
			return null;
		}
		int from = (titleIndex >= 0 && titleIndex >= first && titleIndex < last) ? titleIndex + 1 : first;
		Region inside = BodyLocator.best(lines, from, last + 1);
		if (inside == null || inside.weight() < BodyLocator.MIN_BODY_WEIGHT) {
			return null;
		}
		return (region == null || region.weight() < BodyLocator.MIN_BODY_WEIGHT) ? inside : null;
	}

	/**
	 * The run grown over the lines next to it that the container holds and that read as
	 * more of the same text: linkless HTML blocks outside boilerplate. Before the run, up
	 * to the headline, sentences (a question before its answer, a greeting); after it, a
	 * list (items, a lead-in ending in a colon) or sentences. A line of another kind (a
	 * heading, a credit, a counter, a promotion) stops it.
	 */
	static Region extend(LineSet lines, int titleIndex, Region region) {
		int start = region.start();
		while (lines.get(region.start()).inContainer() && start - 1 > titleIndex && sameText(lines, start - 1)
				&& isSentence(lines.get(start - 1))) {
			start--;
		}
		int end = region.end();
		while (lines.get(region.end() - 1).inContainer() && end < lines.size() && sameText(lines, end)) {
			PageLine line = lines.get(end);
			boolean leadIn = line.text().endsWith(":") && end + 1 < lines.size() && sameText(lines, end + 1)
					&& isListItem(lines.get(end + 1));
			if (!isListItem(line) && !isSentence(line) && !leadIn) {
				break;
			}
			end++;
		}
		return (start == region.start() && end == region.end()) ? region : new Region(start, end, region.weight());
	}

	private static boolean sameText(LineSet lines, int i) {
		PageLine line = lines.get(i);
		return line.inContainer() && line.tag() != null && line.linkChars() == 0 && !line.noisy()
				&& lines.weight(i) > -30 && !LineWeight.isInlineClutter(line.text());
	}

	private static boolean isListItem(PageLine line) {
		String tag = line.tag();
		return line.units() >= 2 && ("li".equals(tag) || "dd".equals(tag) || "pre".equals(tag));
	}

	/**
	 * A line of a few words that ends as a sentence or a clause does, or a longer one
	 * with a comma inside; not a note in brackets.
	 */
	private static boolean isSentence(PageLine line) {
		String text = line.text();
		char first = text.charAt(0);
		if (line.units() < 3 || first == '(' || first == '（') {
			return false;
		}
		char last = text.charAt(text.length() - 1);
		return LineWeight.endsSentence(text) || last == ',' || last == '»' || last == '«'
				|| (line.units() >= 8 && (text.indexOf(", ") > 0 || text.indexOf('，') > 0));
	}

}
