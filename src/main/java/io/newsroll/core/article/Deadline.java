package io.newsroll.core.article;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;

/**
 * The time one input file may take to read: a page to extract, a roster file to read.
 * Reading is cooperative: {@link PageExtractor} and its readers look at the deadline
 * between stages and every so many lines or nodes, and regular expressions over very long
 * lines read their text through {@link #guard(CharSequence)}, so a page that has run out
 * of time stops within a few thousand lines or characters; roster readers look at
 * {@link #passed()} every so many rows or cells. Either way the file becomes a
 * {@code TIME_LIMIT} reject ({@link #exceeded(String)}). The clock is a nanosecond
 * counter given by the caller ({@code System::nanoTime}, or a test's own), so tests can
 * decide exactly when time runs out. One deadline serves one file in one thread.
 */
public final class Deadline {

	/**
	 * Texts at least this long are read through a guard by the regular expressions that
	 * scan whole lines: an ordinary line is never wrapped (no cost), a line of megabytes
	 * is.
	 */
	static final int GUARDED_LENGTH = 1 << 14;

	/** How many characters a guarded text hands out between two looks at the clock. */
	private static final int CHARS_PER_LOOK = 1 << 16;

	private static final Deadline NONE = new Deadline(Duration.ZERO, () -> 0L);

	private final Duration limit;

	private final LongSupplier nanoClock;

	private final long start;

	private final long limitNanos;

	private Deadline(Duration limit, LongSupplier nanoClock) {
		this.limit = limit;
		this.nanoClock = nanoClock;
		this.start = nanoClock.getAsLong();
		this.limitNanos = limit.toNanos();
	}

	/** A deadline that never passes. */
	public static Deadline none() {
		return NONE;
	}

	/**
	 * A deadline {@code limit} after now.
	 * @param limit how long the page may take; zero means no limit
	 * @param nanoClock a monotonic nanosecond counter, {@code System::nanoTime} outside
	 * tests
	 */
	public static Deadline after(Duration limit, LongSupplier nanoClock) {
		Objects.requireNonNull(limit, "limit");
		Objects.requireNonNull(nanoClock, "nanoClock");
		if (limit.isNegative()) {
			throw new IllegalArgumentException("limit must not be negative: " + limit);
		}
		return limit.isZero() ? NONE : new Deadline(limit, nanoClock);
	}

	/** The time allowed; zero for {@link #none()}. */
	public Duration limit() {
		return this.limit;
	}

	/** Whether the time allowed has run out. */
	public boolean passed() {
		// a difference of nanoTime values, never a comparison of two of them (overflow)
		return this != NONE && this.nanoClock.getAsLong() - this.start > this.limitNanos;
	}

	/**
	 * Why a file that ran out of this deadline's time is rejected: a
	 * {@link ReasonCode#TIME_LIMIT} violation whose message names the file and the limit.
	 * @param file the file as it is recorded
	 */
	public Violation exceeded(String file) {
		return Violation.of(file, ReasonCode.TIME_LIMIT, file + ": " + message(this.limit));
	}

	private static String message(Duration limit) {
		return "took longer than the time limit of " + limit.toMillis() + " ms per file";
	}

	/** Stops the extraction (up to {@link PageExtractor#extract}) once time is out. */
	void check() {
		if (passed()) {
			throw new Exceeded(this.limit);
		}
	}

	/**
	 * The text as a regular expression should read it: long texts come back wrapped so
	 * that matching them stops once time is out (also against a pattern that backtracks
	 * badly); short ones, and any text when there is no limit, come back as they are.
	 */
	CharSequence guard(CharSequence text) {
		return (this == NONE || text.length() < GUARDED_LENGTH) ? text : new Guarded(text, this);
	}

	/**
	 * The page's markup as a parser should read it: a reader that stops the parse once
	 * time is out (it looks at the clock once per buffer the parser fills).
	 */
	Reader reader(String text) {
		StringReader reader = new StringReader(text);
		return (this == NONE) ? reader : new FilterReader(reader) {

			@Override
			public int read(char[] buffer, int offset, int length) throws IOException {
				check();
				return super.read(buffer, offset, length);
			}

		};
	}

	/** Time ran out; carried to {@link PageExtractor#extract}, never further. */
	static final class Exceeded extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Exceeded(Duration limit) {
			super(message(limit), null, false, false);
		}

	}

	/**
	 * A text that looks at the deadline every {@link #CHARS_PER_LOOK} characters read.
	 */
	private static final class Guarded implements CharSequence {

		private final CharSequence text;

		private final Deadline deadline;

		private int reads;

		Guarded(CharSequence text, Deadline deadline) {
			this.text = text;
			this.deadline = deadline;
		}

		@Override
		public char charAt(int index) {
			if (++this.reads == CHARS_PER_LOOK) {
				this.reads = 0;
				this.deadline.check();
			}
			return this.text.charAt(index);
		}

		@Override
		public int length() {
			return this.text.length();
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return this.deadline.guard(this.text.subSequence(start, end));
		}

		@Override
		public String toString() {
			return this.text.toString();
		}

	}

}
