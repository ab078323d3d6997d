package io.newsroll.core.article;

import java.util.List;
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
	 * @param notices what the user should hear about how the page was read although it
	 * loads (each names the file, e.g. a page that mixes encodings); the article's
	 * warning codes say the same in short
	 */
	record Extracted(Article article, Roster roster, List<String> notices) implements PageExtraction {

		public Extracted {
			Objects.requireNonNull(article, "article");
			notices = List.copyOf(notices);
		}

		/** An article read without anything to tell. */
		public Extracted(Article article, Roster roster) {
			this(article, roster, List.of());
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
