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

}
