package io.newsroll.core.reject;

import java.util.Objects;

/**
 * One reason to reject a file or a record: what was wrong, and where. Core code returns
 * violations instead of throwing for bad data; the batch layer stores each one as a
 * reject record.
 *
 * @param file the file as given (relative path or name), never null
 * @param location line number, "sheet!row", or null when the whole file is concerned
 * @param reason the public reason code
 * @param message a human-readable, specific explanation
 */
public record Violation(String file, String location, ReasonCode reason, String message) {

	public Violation {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(message, "message");
	}

	public static Violation of(String file, ReasonCode reason, String message) {
		return new Violation(file, null, reason, message);
	}

	public static Violation atLine(String file, long line, ReasonCode reason, String message) {
		return new Violation(file, Long.toString(line), reason, message);
	}

}
