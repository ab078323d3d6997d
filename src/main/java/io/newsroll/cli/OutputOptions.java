package io.newsroll.cli;

import picocli.CommandLine.Option;

/**
 * How a run reports to its caller: a box and a progress bar on a terminal; dated lines
 * when the output goes to a file or a pipe (cron); with {@code --quiet}, only failures,
 * rejects and warnings.
 */
public class OutputOptions {

	/** The three ways a run speaks. */
	enum Style {

		/** A terminal: progress bar, then the summary box. */
		BOX,
		/** A file or pipe: dated progress lines, then a dated one-line summary. */
		LINE,
		/** Only failures, new rejects and warnings, each a dated line. */
		QUIET

	}

	@Option(names = { "-q", "--quiet" },
			description = "Print only failures, new rejects and warnings (one dated line each), for cron.")
	boolean quiet;

	Style style() {
		if (this.quiet) {
			return Style.QUIET;
		}
		return (System.console() != null) ? Style.BOX : Style.LINE;
	}

}
