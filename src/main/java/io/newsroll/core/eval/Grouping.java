package io.newsroll.core.eval;

/** How an evaluation breaks its numbers down, besides the overall line ({@code --by}). */
public enum Grouping {

	/** No breakdown. */
	NONE,
	/** By the truth's data set ({@code set}). */
	SET,
	/** By the truth's language ({@code lang}). */
	LANG

}
