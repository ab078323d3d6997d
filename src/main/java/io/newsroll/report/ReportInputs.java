package io.newsroll.report;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Where a report's numbers come from, printed on its title page so that a reader can tell
 * two reports apart: the database (URL without credentials), the publication time zone,
 * the schema version, how many articles the whole database holds, and which optional
 * tables were there to read.
 */
public record ReportInputs(String database, ZoneId zone, int schemaVersion, long articlesInDatabase,
		boolean mentionsAvailable, boolean runsAvailable) {

	public ReportInputs {
		Objects.requireNonNull(database, "database");
		Objects.requireNonNull(zone, "zone");
	}

}
