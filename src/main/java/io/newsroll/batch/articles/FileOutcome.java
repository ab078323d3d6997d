package io.newsroll.batch.articles;

import java.util.List;

import io.newsroll.batch.files.InputFile;
import io.newsroll.core.article.Article;
import io.newsroll.core.article.BodyFingerprint;
import io.newsroll.core.reject.Violation;
import io.newsroll.core.roster.Roster;

/** What processing one article file gave, for the writer to store. */
sealed interface FileOutcome {

	InputFile file();

	/** An article (and maybe a roster block) to load. */
	record Loaded(InputFile file, String sha256, Article article, BodyFingerprint fingerprint,
			Roster roster) implements FileOutcome {
	}

	/** The file is rejected, for one or more reasons. */
	record Rejected(InputFile file, String sha256, List<Violation> violations) implements FileOutcome {

		public Rejected {
			violations = List.copyOf(violations);
		}

	}

	/**
	 * Same content as already recorded, only the modification time moved: re-stamp the
	 * ledger.
	 */
	record Touched(InputFile file) implements FileOutcome {
	}

}
