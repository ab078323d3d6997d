package io.newsroll.core.article;

import java.util.Objects;

import io.newsroll.core.reject.Violation;
import io.newsroll.core.roster.Roster;

/**
 * What {@link PageExtractor} made of one page file: an article (with the page's roster
 * block, if it has one), or the reason it is not one.
 */
public sealed interface PageExtraction {

	/**
	 * The page's article and, when the page carries a roster block, that roster.
	 *
	 * @param article the extracted article, never null
	 * @param roster the roster block found among the page's lines, or null when there is
	 * none
	 */
	record Extracted(Article article, Roster roster) implements PageExtraction {

		public Extracted {
			Objects.requireNonNull(article, "article");
		}

	}

	/**
	 * The page could not be read or holds no article.
	 *
	 * @param violation why, naming the file
	 */
	record Rejected(Violation violation) implements PageExtraction {

		public Rejected {
			Objects.requireNonNull(violation, "violation");
		}

	}

}
