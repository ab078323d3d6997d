package io.newsroll.core.article;

import io.newsroll.core.reject.ReasonCode;

/**
 * Why reading a page stopped, carried from deep inside decoding or parsing up to
 * {@link PageExtractor#extract}, which turns it into a {@link PageExtraction.Rejected}.
 * Never leaves the package.
 */
final class PageProblem extends Exception {

	private static final long serialVersionUID = 1L;

	private final ReasonCode reason;

	PageProblem(ReasonCode reason, String message) {
		super(message, null, false, false);
		this.reason = reason;
	}

	ReasonCode reason() {
		return this.reason;
	}

}
