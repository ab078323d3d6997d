package io.newsroll.spark;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import io.newsroll.core.article.ExtractionSettings;

/**
 * What the executors need to process and store pages: {@code newsroll ingest}'s limits
 * (the same defaults as its {@code newsroll.ingest.*} settings), the zone, the clock, the
 * database and the run. Serializable: Spark ships it to every executor.
 *
 * @param zone the zone of pages that give no offset, and of {@code published_local}
 * @param maxFileBytes larger files are rejected as TOO_LARGE unread
 * @param maxDecompressedBytes a page that inflates beyond this is TOO_LARGE
 * @param maxDomDepth deeper HTML nesting is cut off
 * @param minBodyChars shorter bodies are BODY_TOO_SHORT
 * @param maxFileMillis a page whose extraction takes longer is TIME_LIMIT (0: no limit)
 * @param clock the clock of validation (future dates) and of the rows' time stamps
 * @param database where to write
 * @param runId the run's id in the rows it writes
 * @param batchFiles files per database transaction
 * @param haltAfterFiles test hook: halt the JVM after this many files are committed (0:
 * never)
 */
record IngestSettings(ZoneId zone, long maxFileBytes, long maxDecompressedBytes, int maxDomDepth, int minBodyChars,
		long maxFileMillis, Clock clock, Database database, long runId, int batchFiles,
		int haltAfterFiles) implements Serializable {

	/** {@code newsroll.ingest.max-file-bytes}'s default: 32 MiB. */
	static final long MAX_FILE_BYTES = 33_554_432;

	/** {@code newsroll.ingest.max-decompressed-bytes}'s default: 64 MiB. */
	static final long MAX_DECOMPRESSED_BYTES = 67_108_864;

	/** {@code newsroll.ingest.max-dom-depth}'s default. */
	static final int MAX_DOM_DEPTH = 512;

	/** {@code newsroll.ingest.min-body-chars}'s default. */
	static final int MIN_BODY_CHARS = 50;

	/** {@code newsroll.ingest.max-article-chars}'s default. */
	static final long MAX_ARTICLE_CHARS = 1_000_000;

	/** {@code newsroll.ingest.max-file-millis}'s default. */
	static final long MAX_FILE_MILLIS = 30_000;

	/** The extractor's settings, as the application builds them from its own. */
	ExtractionSettings extraction() {
		return new ExtractionSettings(this.zone, this.maxDecompressedBytes, this.maxDomDepth,
				ExtractionSettings.defaults().maxTitleChars());
	}

	Duration maxFileTime() {
		return Duration.ofMillis(this.maxFileMillis);
	}

	IngestSettings withRun(long run) {
		return new IngestSettings(this.zone, this.maxFileBytes, this.maxDecompressedBytes, this.maxDomDepth,
				this.minBodyChars, this.maxFileMillis, this.clock, this.database, run, this.batchFiles,
				this.haltAfterFiles);
	}

}
