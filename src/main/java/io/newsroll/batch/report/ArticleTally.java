package io.newsroll.batch.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsroll.report.BodyLengthBuckets;
import io.newsroll.report.Count;
import io.newsroll.report.ReportPeriod;
import io.newsroll.report.Timeline;

/**
 * Counts the period's articles as one cursor hands them over: per day and hour, site,
 * channel, series, editor, source publication, author and body length. Memory grows with
 * the number of distinct values (sites, authors), never with the number of articles.
 *
 * <p>
 * Why one pass and not a GROUP BY per view: on the embedded HSQLDB every scan of a
 * million cached rows costs about five seconds whatever it computes, so seven GROUP BYs
 * cost seven scans; one pass costs one.
 */
final class ArticleTally {

	/**
	 * How ingest joins an article's authors into {@code article.authors} (see
	 * ArticleRepository).
	 */
	static final String AUTHOR_SEPARATOR = "、";

	private final Timeline timeline;

	private final Map<String, long[]> sites = new HashMap<>();

	private final Map<String, long[]> channels = new HashMap<>();

	private final Map<String, long[]> series = new HashMap<>();

	private final Map<String, long[]> editors = new HashMap<>();

	private final Map<String, long[]> sources = new HashMap<>();

	private final Map<String, long[]> authors = new HashMap<>();

	private final Map<Integer, Long> lengths = new HashMap<>();

	ArticleTally(ReportPeriod period) {
		this.timeline = new Timeline(period);
	}

	void add(LocalDateTime published, String site, String channel, String seriesName, String editor, String source,
			int bodyChars, String authorList) {
		this.timeline.add(published.toLocalDate(), published.getHour(), 1);
		increment(this.sites, site);
		increment(this.channels, channel);
		increment(this.series, seriesName);
		increment(this.editors, editor);
		increment(this.sources, source);
		this.lengths.merge(bodyChars, 1L, Long::sum);
		if (authorList != null && !authorList.isBlank()) {
			// an author named twice in one byline still wrote one article
			Set<String> names = new LinkedHashSet<>();
			for (String name : authorList.split(AUTHOR_SEPARATOR)) {
				if (!name.isBlank()) {
					names.add(name.strip());
				}
			}
			names.forEach((name) -> increment(this.authors, name));
		}
	}

	private static void increment(Map<String, long[]> counts, String key) {
		counts.computeIfAbsent((key != null) ? key : "", (k) -> new long[1])[0]++;
	}

	Timeline timeline() {
		return this.timeline;
	}

	BodyLengthBuckets lengths() {
		return new BodyLengthBuckets(this.lengths);
	}

	List<Count> sites() {
		return sorted(this.sites);
	}

	List<Count> channels() {
		return sorted(this.channels);
	}

	List<Count> series() {
		return sorted(this.series);
	}

	List<Count> editors() {
		return sorted(this.editors);
	}

	List<Count> sources() {
		return sorted(this.sources);
	}

	/**
	 * Authors have no "missing" row: an article without a byline has no author to count.
	 */
	List<Count> authors() {
		return sorted(this.authors);
	}

	/**
	 * Largest first; ties in label order, so that two reports of the same data read the
	 * same.
	 */
	static List<Count> sorted(Map<String, long[]> counts) {
		List<Count> list = new ArrayList<>(counts.size());
		counts.forEach((label, n) -> list.add(new Count(label, n[0])));
		list.sort(Comparator.comparingLong(Count::value).reversed().thenComparing(Count::label));
		return list;
	}

}
