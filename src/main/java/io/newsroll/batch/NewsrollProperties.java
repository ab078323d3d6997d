package io.newsroll.batch;

import java.nio.file.Path;
import java.time.Duration;
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
	 * @param maxFileMillis an article file whose extraction, or a roster file whose
	 * reading, takes longer is rejected as TIME_LIMIT (0: no limit)
	 * @param failAfterFiles test hook: fail the run after this many files (0: never)
	 * @param haltAfterFiles test hook: kill the JVM (no clean-up) after this many files
	 * (0: never)
	 * @param haltAt test hook: kill the JVM (no clean-up) at a kill point inside a step,
	 * {@code STEP:N} halts when the step named STEP has done N items in this process
	 * (empty: never)
	 * @param maxArticleChars an article whose text (body, lead and subheadings) is longer
	 * is rejected as TOO_LARGE: the database must hold two copies of the largest article
	 * in its row cache (HSQLDB's, 10,000 KB by default) while one replaces the other
	 */
	public record Ingest(@DefaultValue("50") int chunkSize, @DefaultValue("2") int partitions,
			@DefaultValue("33554432") long maxFileBytes, @DefaultValue("67108864") long maxDecompressedBytes,
			@DefaultValue("512") int maxDomDepth, @DefaultValue("50") int minBodyChars,
			@DefaultValue("30000") long maxFileMillis, @DefaultValue("0") int failAfterFiles,
			@DefaultValue("0") int haltAfterFiles, @DefaultValue("") String haltAt,
			@DefaultValue("1000000") int maxArticleChars) {

		public Ingest {
			atLeast("chunk-size", chunkSize, 1);
			atLeast("partitions", partitions, 1);
			atLeast("max-file-bytes", maxFileBytes, 1);
			atLeast("max-decompressed-bytes", maxDecompressedBytes, 1);
			atLeast("max-dom-depth", maxDomDepth, 16);
			atLeast("max-file-millis", maxFileMillis, 0);
			atLeast("max-article-chars", maxArticleChars, 1);
			haltAt = (haltAt != null) ? haltAt : "";
		}

		private static void atLeast(String name, long value, long min) {
			if (value < min) {
				throw new IllegalArgumentException(
						"newsroll.ingest." + name + " must be at least " + min + ", not " + value);
			}
		}

		/** The time one article file may take to extract, or one roster file to read. */
		public Duration maxFileTime() {
			return Duration.ofMillis(this.maxFileMillis);
		}

	}

}
