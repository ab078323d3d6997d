package io.newsroll.core.article;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

import io.newsroll.core.text.DateTimes;

/**
 * Resolves an article's publication time: for English pages the page's meta data first
 * (their visible dates are often "updated" times); otherwise a government document's
 * date, the date nearest the headline (between it and the body), then a labelled date
 * (发布时间, Published) anywhere after the headline, then meta data, then the first date
 * after the headline, then any date at all.
 */
final class PublishedResolver {

	/**
	 * A label of a publication time: {@link DateWords#DATE_LABELS}, or "on" as a word.
	 */
	private static final Pattern DATE_LABEL = Pattern.compile(
			DateWords.DATE_LABELS.alternation() + "|\\b" + DateWords.DATE_WORDS.alternation() + "\\b",
			Pattern.CASE_INSENSITIVE);

	private final ZoneId zone;

	/**
	 * @param zone the zone of times that pages give without an offset
	 */
	PublishedResolver(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * The publication time, or null when the page gives none.
	 * @param titleIndex the headline's line, or -1
	 * @param region the body's run
	 */
	OffsetDateTime resolve(LineSet lines, Margins margins, int titleIndex, Region region, PageMeta meta,
			boolean chinese, Deadline deadline) {
		boolean dayFirst = chinese;
		Optional<DateTimes.Found> metaDate = (meta.published() != null) ? DateTimes.find(meta.published(), false)
				: Optional.empty();
		if (!chinese && metaDate.isPresent() && !meta.publishedIsUpdate()) {
			// (a last-changed time alone comes after the page's visible dates)
			return metaDate.get().at(this.zone);
		}
		if (chinese) {
			// a government document's table gives its 成文日期 (the date it is signed and
			// dated with) beside the 发布日期 the website posted it on: the document's own
			// date is the first
			Optional<DateTimes.Found> written = GovernmentDocument.writtenOn(lines, region.end());
			if (written.isPresent()) {
				return written.get().at(this.zone);
			}
		}
		DateTimes.Found near = null;
		for (String line : margins.byline()) {
			Optional<DateTimes.Found> found = DateTimes.find(deadline.guard(line), dayFirst);
			if (found.isPresent()) {
				if (found.get().hasTime()) {
					near = found.get();
					break;
				}
				if (near == null) {
					near = found.get();
				}
			}
		}
		// some pages print the date (and the section) just above the headline
		for (int k = 0; near == null && k < margins.above().size(); k++) {
			near = DateTimes.find(margins.above().get(k), dayFirst).orElse(null);
		}
		if (near == null && region.start() < lines.size()) {
			near = DateTimes.find(deadline.guard(lines.text(region.start())), dayFirst).orElse(null);
		}
		if (near != null) {
			if (!near.hasTime() && metaDate.isPresent() && metaDate.get().hasTime()
					&& metaDate.get().dateTime().toLocalDate().equals(near.dateTime().toLocalDate())) {
				return metaDate.get().at(this.zone);
			}
			return near.at(this.zone);
		}
		int from = Math.max(0, titleIndex);
		for (int i = from; i < lines.size(); i++) {
			String text = lines.text(i);
			if (text.length() < 100) {
				// the date first: it answers at once for a line without a year, the label
				// pattern does not
				Optional<DateTimes.Found> found = DateTimes.find(text, dayFirst);
				if (found.isPresent() && hasDateLabel(text)) {
					return found.get().at(this.zone);
				}
			}
		}
		if (metaDate.isPresent()) {
			return metaDate.get().at(this.zone);
		}
		int belowBody = Math.min(lines.size(), region.end() + 15);
		for (int pass = 0; pass < 2; pass++) {
			// first after the headline and down to just below the body, then anywhere
			// (with no headline found, the body may be a wrong guess above the date)
			int start = (pass == 0) ? from : 0;
			int end = (pass == 0) ? belowBody : lines.size();
			for (int i = start; i < end; i++) {
				String text = lines.text(i);
				if (text.length() < 200) {
					Optional<DateTimes.Found> found = DateTimes.find(text, dayFirst);
					if (found.isPresent()) {
						return found.get().at(this.zone);
					}
				}
			}
		}
		return null;
	}

	/** Whether the text labels a date: 发布时间, "Published", "on". */
	static boolean hasDateLabel(String text) {
		return DATE_LABEL.matcher(text).find();
	}

}
