package io.newsroll.core.reject;

/**
 * What an extracted article lacks or how it was read, though it was loaded. The names are
 * newsroll's public interface like {@link ReasonCode}'s: they appear in an article's
 * {@code warnings}, in the database and in {@code newsroll extract}'s output.
 */
public enum WarningCode {

	/** The headline was longer than the longest title kept, and was cut. */
	TITLE_TRUNCATED,
	/**
	 * Nobody but the editor is credited (Chinese pages): the editor is taken as author.
	 */
	AUTHOR_FROM_EDITOR,
	/** No author was found. */
	NO_AUTHOR,
	/** No source (来源) was found. */
	NO_SOURCE,
	/** No publication time was found. */
	NO_PUBLISHED,
	/**
	 * No line of the page shows the headline: the title comes from the page's meta data.
	 */
	TITLE_FROM_META,
	/** The page mixes encodings (GB18030 byte runs in UTF-8 text). */
	MIXED_ENCODING

}
