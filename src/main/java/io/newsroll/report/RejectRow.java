package io.newsroll.report;

import java.time.OffsetDateTime;
import java.util.Objects;

/** One rejected input record, as the rejects table holds it. */
public record RejectRow(OffsetDateTime createdAt, long runId, String reason, String file, String location,
		String message) {

	public RejectRow {
		Objects.requireNonNull(createdAt, "createdAt");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(message, "message");
	}

}
