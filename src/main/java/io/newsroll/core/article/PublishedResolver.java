package io.newsroll.core.article;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

import io.newsroll.core.text.DateLabels;
import io.newsroll.core.text.DateSanity;
import io.newsroll.core.text.DateTimes;
import io.newsroll.core.text.LatinLanguage;
import io.newsroll.core.text.PartialDates;

/**
 * Resolves an article's publication time in the order a careful reader trusts the page's
 * signs: for pages in other languages than Chinese the page's explicit publication data
 * first (JSON-LD datePublished, article:published_time; their visible dates are often
 * "updated" times); otherwise a government document's date, the date printed nearest the
 * headline (between it and the body; a date labelled as an update only when no other is
 * there), a date printed without a year or relative to the day (10-08 12:00, 昨天) dated
 * from the page's own data or the crawl clock, then a labelled date (发布时间, Published)
 * anywhere after the headline, then the meta data (weak signs too: a generic date tag, a
 * {@code <time>}, a script timestamp, the URL), then the first date after the headline,
 * then any date at all. Every candidate must pass {@link DateSanity}: not after the
 * crawl, not before 1990 unless the page's data says so.
 */
final class PublishedResolver {

	/**
	 * A label of a publication time: {@link DateWords#DATE_LABELS}, or "on" as a word.
	 */
	private static final Pattern DATE_LABEL = Pattern.compile(
			DateWords.DATE_LABELS.alternation() + "|\\b" + DateWords.DATE_WORDS.alternation() + "\\b",
			Pattern.CASE_INSENSITIVE);

	private final ZoneId zone;

	private final Clock crawlClock;

	/**
	 * @param zone the zone of times that pages give without an offset
	 * @param crawlClock the clock of the crawl (pages are read when they are crawled), or
	 * null when it is unknown: then only the page's own data dates what it prints without
	 * a year, and no date is refused for being in the future
	 */
	PublishedResolver(ZoneId zone, Clock crawlClock) {
		this.zone = zone;
		this.crawlClock = crawlClock;
	}

	/**
	 * The publication time, or null when the page gives none.
	 * @param titleIndex the headline's line, or -1
	 * @param region the body's run
	 */
	OffsetDateTime resolve(LineSet lines, Margins margins, int titleIndex, Region region, PageMeta meta,
			boolean chinese, Deadline deadline) {
		Instant crawl = (this.crawlClock != null) ? this.crawlClock.instant() : null;
		OffsetDateTime sane = resolve(lines, margins, titleIndex, region, meta, chinese, deadline, crawl,
				new Check(crawl, meta, false));
		if (sane != null) {
			return sane;
		}
		// no plausible date: the first the page gives, so that validation names it
		// (BAD_DATE) instead of calling the page undated
		return resolve(lines, margins, titleIndex, region, meta, chinese, deadline, crawl, new Check(null, meta, true));
	}

	private OffsetDateTime resolve(LineSet lines, Margins margins, int titleIndex, Region region, PageMeta meta,
			boolean chinese, Deadline deadline, Instant crawl, Check check) {
		boolean dayFirst = chinese || dayFirst((meta.lang() != null) ? meta.lang() : textLanguage(lines, region));
		Optional<DateTimes.Found> metaDate = (meta.published() != null)
				? DateTimes.find(meta.published(), false).filter((f) -> check.ok(f) != null) : Optional.empty();
		if (!chinese && metaDate.isPresent() && !meta.publishedIsUpdate() && !meta.publishedWeak()) {
			// (a last-changed time alone comes after the page's visible dates)
			return metaDate.get().at(this.zone);
		}
		if (chinese) {
			// a government document's table gives its 成文日期 (the date it is signed and
			// dated with) beside the 发布日期 the website posted it on: the document's own
			// date is the first
			OffsetDateTime written = GovernmentDocument.writtenOn(lines, region.end()).map(check::ok).orElse(null);
			if (written != null) {
				return written;
			}
		}
		DateTimes.Found near = null;
		DateTimes.Found updatedNear = null;
		for (String line : margins.byline()) {
			CharSequence text = deadline.guard(line);
			DateTimes.Found found = publication(text, dayFirst, check);
			if (found == null) {
				if (updatedNear == null) {
					updatedNear = DateTimes.find(text, dayFirst).filter((f) -> check.ok(f) != null).orElse(null);
				}
				continue;
			}
			if (found.hasTime()) {
				near = found;
				break;
			}
			if (near == null) {
				near = found;
			}
		}
		// some pages print the date (and the section) just above the headline
		for (int k = 0; near == null && k < margins.above().size(); k++) {
			near = publication(margins.above().get(k), dayFirst, check);
		}
		if (near == null && region.start() < lines.size()) {
			near = publication(deadline.guard(lines.text(region.start())), dayFirst, check);
		}
		if (near != null) {
			if (!near.hasTime() && metaDate.isPresent() && metaDate.get().hasTime()
					&& metaDate.get().dateTime().toLocalDate().equals(near.dateTime().toLocalDate())) {
				return metaDate.get().at(this.zone);
			}
			return near.at(this.zone);
		}
		OffsetDateTime partial = partial(margins, metaDate.orElse(null), crawl, check);
		if (partial != null) {
			return partial;
		}
		int from = Math.max(0, titleIndex);
		for (int i = from; i < lines.size(); i++) {
			String text = lines.text(i);
			if (text.length() < 100) {
				// the date first: it answers at once for a line without a year, the label
				// pattern does not
				DateTimes.Found found = publication(text, dayFirst, check);
				if (found != null && hasDateLabel(text)) {
					return found.at(this.zone);
				}
			}
		}
		if (metaDate.isPresent()) {
			return metaDate.get().at(this.zone);
		}
		if (updatedNear != null) {
			// an update time only when the page gives no publication time at all
			return updatedNear.at(this.zone);
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
					OffsetDateTime found = DateTimes.find(text, dayFirst).map(check::ok).orElse(null);
					if (found != null) {
						return found;
					}
				}
			}
		}
		return null;
	}

	/**
	 * A date printed by the headline without a year (10-08 12:00: the year of the page's
	 * own data, else of the crawl) or relative to the day it was shown (昨天 12:30: only
	 * against the crawl clock, and only when the page carries no date data of its own).
	 */
	private OffsetDateTime partial(Margins margins, DateTimes.Found metaDate, Instant crawl, Check check) {
		LocalDateTime crawlTime = (crawl != null) ? LocalDateTime.ofInstant(crawl, this.zone) : null;
		LocalDateTime reference = (metaDate != null) ? metaDate.dateTime() : crawlTime;
		for (String line : margins.byline()) {
			if (line.length() > 120) {
				continue;
			}
			Optional<DateTimes.Found> found = PartialDates.monthDayTime(line, reference);
			if (found.isEmpty() && metaDate == null) {
				found = PartialDates.relative(line, crawlTime);
			}
			OffsetDateTime at = found.map(check::ok).orElse(null);
			if (at != null) {
				return at;
			}
		}
		return null;
	}

	/**
	 * The first plausible date in the text that no update label (更新时间, Updated,
	 * Aktualisiert) marks, or null.
	 */
	private static DateTimes.Found publication(CharSequence text, boolean dayFirst, Check check) {
		int offset = 0;
		for (int guard = 0; guard < 4 && offset < text.length(); guard++) {
			Optional<DateTimes.Found> found = DateTimes.find(text.subSequence(offset, text.length()), dayFirst);
			if (found.isEmpty()) {
				return null;
			}
			DateTimes.Found f = found.get();
			if (DateLabels.before(text, offset + f.start()) != DateLabels.Kind.UPDATE && check.ok(f) != null) {
				return f;
			}
			offset += f.end();
		}
		return null;
	}

	/**
	 * Whether pages in this language (the html lang attribute) write an ambiguous slashed
	 * date day first (03/05/2022 is 3 May): every language but English, and English
	 * outside the United States (en-GB, en-AU, en-IE, en-NZ, en-IN, en-ZA). Unknown: no.
	 */
	static boolean dayFirst(String lang) {
		if (lang == null || lang.isBlank()) {
			return false;
		}
		String[] parts = lang.trim().toLowerCase(java.util.Locale.ROOT).split("[-_]");
		if (!parts[0].matches("[a-z]{2,3}")) {
			return false;
		}
		if (!parts[0].equals("en")) {
			return true;
		}
		return parts.length > 1 && DAY_FIRST_ENGLISH.contains(parts[1]);
	}

	/**
	 * The language of the body's text, for a page that does not say it (a text dump):
	 * {@link LatinLanguage}, or null.
	 */
	private static String textLanguage(LineSet lines, Region region) {
		StringBuilder text = new StringBuilder();
		for (int i = region.start(); i < region.end() && text.length() < 4000; i++) {
			text.append(lines.text(i)).append('\n');
		}
		return LatinLanguage.guess(text);
	}

	/** Regions whose English writes day first. */
	private static final java.util.Set<String> DAY_FIRST_ENGLISH = java.util.Set.of("gb", "uk", "au", "ie", "nz", "in",
			"za");

	/** Whether the text labels a date: 发布时间, "Published", "on". */
	static boolean hasDateLabel(String text) {
		return DATE_LABEL.matcher(text).find();
	}

	/**
	 * The sanity check of one page: a date after the crawl is refused, one before 1990
	 * only when the page's own data does not date it so early.
	 */
	private final class Check {

		private final Instant crawl;

		private final boolean earlyAllowed;

		Check(Instant crawl, PageMeta meta, boolean anyDate) {
			this.crawl = crawl;
			Optional<DateTimes.Found> metaDate = (meta.published() != null) ? DateTimes.find(meta.published(), false)
					: Optional.empty();
			this.earlyAllowed = anyDate
					|| (metaDate.isPresent() && metaDate.get().dateTime().toLocalDate().isBefore(DateSanity.EARLIEST));
		}

		/** The date in the page's zone when it is plausible, else null. */
		OffsetDateTime ok(DateTimes.Found found) {
			OffsetDateTime at = found.at(PublishedResolver.this.zone);
			return DateSanity.plausible(at, this.crawl, this.earlyAllowed) ? at : null;
		}

	}

}
