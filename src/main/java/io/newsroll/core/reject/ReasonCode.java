package io.newsroll.core.reject;

/**
 * Why a file or a record was rejected. The names are newsroll's public interface
 * (docs/operations.md, reject codes): they appear in the database, in
 * {@code output/rejects/*.csv} and in {@code newsroll rejects}.
 */
public enum ReasonCode {

	/** I/O error, corrupt compression, undecodable bytes, binary content. */
	UNREADABLE,
	/** The page has no article body (an index page, navigation only). */
	NOT_AN_ARTICLE, MISSING_TITLE, MISSING_PUBLISHED,
	/** The publication date cannot be parsed, or lies in the future or before 1970. */
	BAD_DATE, BODY_TOO_SHORT,
	/** The same article (same id) was already loaded from another file in this run. */
	DUPLICATE,
	/** The file, its decompressed content or its markup is over a configured limit. */
	TOO_LARGE,
	/**
	 * A roster row that cannot be loaded (no name, wrong number of fields, broken
	 * quoting).
	 */
	BAD_ROSTER_ROW,
	/** A roster file whose header names none of the expected columns. */
	BAD_ROSTER_HEADER,
	/**
	 * Reading the file took longer than the time limit per file; the run goes on without
	 * it.
	 */
	TIME_LIMIT

}
