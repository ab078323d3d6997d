package io.newsroll.core.text;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a careful reader makes before trusting a publication date, and the page's own
 * clock: a date is not after the time the page was crawled (a day of slack for zones),
 * not before 1990 (unless the caller allows it: an archive page that says so), and an
 * update time never replaces a publication time the page also gives.
 */
public final class DateSanity {

	/** The earliest publication date trusted without the page saying so. */
	public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	private static final Duration SLACK = Duration.ofDays(1);

	/**
	 * A timestamp a page's scripts carry under a publication key, in seconds or
	 * milliseconds since the epoch: {@code var ct = "1581517074"},
	 * {@code "publish_time":1581517074000}.
	 */
	private static final Pattern SCRIPT_EPOCH = Pattern.compile(
			"[\"']?\\b(ct|publish_?time|pub_?time|publish_?date|pub_?date|date_?published|create_?time|ptime)[\"']?"
					+ "\\s{0,3}[:=]\\s{0,3}[\"']?(\\d{13}|\\d{10})(?!\\d)",
			Pattern.CASE_INSENSITIVE);

	private DateSanity() {
	}

	/**
	 * Whether a date may be a publication date of a page crawled at {@code crawl}: not
	 * after it (with a day's slack), not before {@link #EARLIEST} unless
	 * {@code earlyAllowed}.
	 */
	public static boolean plausible(OffsetDateTime date, Instant crawl, boolean earlyAllowed) {
		if (date == null) {
			return false;
		}
		if (crawl != null && date.toInstant().isAfter(crawl.plus(SLACK))) {
			return false;
		}
		return earlyAllowed || !date.toLocalDate().isBefore(EARLIEST);
	}

	/**
	 * The publication time to keep: the publication date when it is plausible; an update
	 * time only when the page gives no publication date at all (never in place of one,
	 * not even an implausible one).
	 */
	public static Optional<OffsetDateTime> publication(OffsetDateTime published, OffsetDateTime updated,
			Instant crawl) {
		if (published != null) {
			return plausible(published, crawl, false) ? Optional.of(published) : Optional.empty();
		}
		return plausible(updated, crawl, false) ? Optional.of(updated) : Optional.empty();
	}

	/**
	 * The first publication timestamp in a page's script data (seconds or milliseconds
	 * since the epoch under a publication key), as a UTC instant; empty when there is
	 * none or it is not between 1990 and the crawl (with a day's slack).
	 */
	public static Optional<Instant> scriptTimestamp(CharSequence script, Instant crawl) {
		if (script == null) {
			return Optional.empty();
		}
		Matcher m = SCRIPT_EPOCH.matcher(script);
		while (m.find()) {
			long value = Long.parseLong(m.group(2));
			Instant at = (m.group(2).length() == 13) ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
			if (plausible(at.atOffset(ZoneOffset.UTC), crawl, false)) {
				return Optional.of(at);
			}
		}
		return Optional.empty();
	}

}
