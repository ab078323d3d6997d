package io.newsroll.report;

/**
 * The headline figures of a period. Distinct counts ignore missing values (an article
 * without a channel does not make an empty channel). Body lengths are in characters.
 */
public record Kpis(long articles, long sites, long channels, long series, long authors, long editors,
		double meanBodyChars, double medianBodyChars, long duplicates, long reprints, long rejects, long runs) {

	public Kpis {
		if (articles < 0 || sites < 0 || channels < 0 || series < 0 || authors < 0 || editors < 0 || duplicates < 0
				|| reprints < 0 || rejects < 0 || runs < 0) {
			throw new IllegalArgumentException("negative count in " + this);
		}
	}

}
