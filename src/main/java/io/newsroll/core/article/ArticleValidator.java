package io.newsroll.core.article;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;

/**
 * Checks an extracted article against the rules of docs/operations.md (reject codes)
 * before it is loaded: a title, a publication time that is neither before 1970 nor in the
 * future (beyond a day of clock and zone skew), and a body of at least the configured
 * length. Each failure is one {@link Violation} naming the file.
 */
public final class ArticleValidator {

	/**
	 * Pages dated a little ahead of the clock are zone or clock skew, not future
	 * articles.
	 */
	private static final Duration SKEW = Duration.ofDays(1);

	private static final OffsetDateTime EPOCH = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	private final Clock clock;

	private final int minBodyChars;

	public ArticleValidator(Clock clock, int minBodyChars) {
		this.clock = Objects.requireNonNull(clock, "clock");
		if (minBodyChars < 0) {
			throw new IllegalArgumentException("minBodyChars must not be negative: " + minBodyChars);
		}
		this.minBodyChars = minBodyChars;
	}

	/**
	 * The article's violations, in the order title, publication time, body; empty when it
	 * is valid.
	 */
	public List<Violation> validate(Article article) {
		List<Violation> violations = new ArrayList<>();
		String file = article.file();
		if (article.title() == null || article.title().isBlank()) {
			violations.add(Violation.of(file, ReasonCode.MISSING_TITLE, file + ": no headline found"));
		}
		OffsetDateTime published = article.published();
		if (published == null) {
			violations.add(Violation.of(file, ReasonCode.MISSING_PUBLISHED, file + ": no publication date found"));
		}
		else if (published.isBefore(EPOCH)) {
			violations.add(Violation.of(file, ReasonCode.BAD_DATE,
					file + ": publication date " + published + " is before 1970"));
		}
		else if (published.toInstant().isAfter(this.clock.instant().plus(SKEW))) {
			violations.add(Violation.of(file, ReasonCode.BAD_DATE,
					file + ": publication date " + published + " is in the future (now " + this.clock.instant() + ")"));
		}
		if (article.bodyChars() < this.minBodyChars) {
			violations.add(Violation.of(file, ReasonCode.BODY_TOO_SHORT,
					file + ": body has " + article.bodyChars() + " characters, fewer than " + this.minBodyChars));
		}
		return violations;
	}

}
