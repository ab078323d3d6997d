package io.newsroll.batch;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * newsroll's settings, bound from {@code newsroll.*} (application.properties in the
 * working directory, {@code -Dnewsroll...} system properties or {@code NEWSROLL_...}
 * environment variables). Paths are relative to the working directory. Every key is
 * documented in README.md.
 */
@ConfigurationProperties("newsroll")
public record NewsrollProperties(@DefaultValue("input") Path input, @DefaultValue("output") Path output,
		@DefaultValue("jobs") Path jobs, @DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue Ingest ingest) {

	/** Where articles are read from, below {@link #input()}. */
	public Path articlesDir() {
		return this.input.resolve("articles");
	}

	/** Where roster files are read from, below {@link #input()}. */
	public Path rostersDir() {
		return this.input.resolve("rosters");
	}

	/**
	 * Limits and tuning of the ingest jobs.
	 *
	 * @param chunkSize files per transaction
	 * @param partitions parallel partitions (threads) of the article step
	 * @param maxFileBytes larger files are rejected as TOO_LARGE without being read
	 * @param maxDecompressedBytes a .gz that inflates beyond this is rejected as
	 * TOO_LARGE
	 * @param maxDomDepth deeper HTML nesting is cut off while parsing
	 * @param minBodyChars shorter bodies are rejected as BODY_TOO_SHORT
	 * @param failAfterFiles test hook: fail the run after this many files (0: never)
	 * @param haltAfterFiles test hook: kill the JVM (no clean-up) after this many files
	 * (0: never)
	 */
	public record Ingest(@DefaultValue("50") int chunkSize, @DefaultValue("2") int partitions,
			@DefaultValue("33554432") long maxFileBytes, @DefaultValue("67108864") long maxDecompressedBytes,
			@DefaultValue("512") int maxDomDepth, @DefaultValue("50") int minBodyChars,
			@DefaultValue("0") int failAfterFiles, @DefaultValue("0") int haltAfterFiles) {

		public Ingest {
			if (chunkSize < 1 || partitions < 1 || maxFileBytes < 1 || maxDecompressedBytes < 1 || maxDomDepth < 16) {
				throw new IllegalArgumentException(
						"newsroll.ingest limits must be positive (max-dom-depth at least 16)");
			}
		}

	}

}
