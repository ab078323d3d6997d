package io.newsroll.report;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Where a report's numbers come from, printed on its title page so that a reader can tell
 * two reports apart: the database (URL without credentials), the publication time zone,
 * the schema version, how many articles the whole database holds, and which optional
 * tables were there to read, and when the newest article of the database was published
 * (null when it holds none), so an empty report can say where the data is.
 */
public record ReportInputs(String database, ZoneId zone, int schemaVersion, long articlesInDatabase,
		boolean mentionsAvailable, boolean runsAvailable, LocalDateTime newestArticle) {

	public ReportInputs {
		Objects.requireNonNull(database, "database");
		Objects.requireNonNull(zone, "zone");
	}

}
