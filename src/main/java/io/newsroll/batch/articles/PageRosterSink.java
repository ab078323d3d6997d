package io.newsroll.batch.articles;

import io.newsroll.core.roster.Roster;

/**
 * Where the roster blocks found in pages go: the roster store saves each as a dated
 * snapshot.
 */
public interface PageRosterSink {

	/**
	 * Saves a roster block found in a page, idempotently, in the caller's transaction.
	 */
	void save(Roster roster, long runId);

}
