package io.newsroll.core.article;

import java.util.List;

/**
 * A page's lines with the weight of each, as every stage of the assembly reads them: a
 * line weighs its length when it reads as prose and against the body when it is a link, a
 * menu item or boilerplate (see {@link LineWeight}).
 *
 * @param lines the page's lines, in reading order
 * @param weights the weight of each line, same index
 */
record LineSet(List<PageLine> lines, double[] weights) {

	/**
	 * Weighs the page's lines. When nearly all the page, or nearly all the container of
	 * its text ({@link ContentContainers}), sits in a container named like boilerplate,
	 * the name says nothing, and is not trusted.
	 */
	static LineSet weigh(List<PageLine> lines, Deadline deadline) {
		int n = lines.size();
		double[] weights = new double[n];
		int noisyUnits = 0;
		int allUnits = 0;
		int containerNoisyUnits = 0;
		int containerUnits = 0;
		for (PageLine line : lines) {
			allUnits += line.units();
			noisyUnits += line.noisy() ? line.units() : 0;
			containerUnits += line.inContainer() ? line.units() : 0;
			containerNoisyUnits += (line.inContainer() && line.noisy()) ? line.units() : 0;
		}
		boolean trustNoise = noisyUnits * 10 < allUnits * 8;
		// the same inside the container of the article's text: when nearly all of it is
		// "noisy", the noise is a name around it (a share area), not its own
		boolean trustContainerNoise = trustNoise && containerNoisyUnits * 10 < containerUnits * 8;
		for (int i = 0; i < n; i++) {
			if ((i & 255) == 255) {
				deadline.check();
			}
			PageLine line = lines.get(i);
			weights[i] = LineWeight.weight(line, line.units(), line.inContainer() ? trustContainerNoise : trustNoise);
		}
		return new LineSet(lines, weights);
	}

	int size() {
		return this.lines.size();
	}

	PageLine get(int i) {
		return this.lines.get(i);
	}

	String text(int i) {
		return this.lines.get(i).text();
	}

	int units(int i) {
		return this.lines.get(i).units();
	}

	double weight(int i) {
		return this.weights[i];
	}

}
