package io.newsroll.batch.rosters;

import javax.sql.DataSource;

import io.newsroll.batch.articles.PageRosterSink;
import io.newsroll.core.roster.Roster;
import io.newsroll.core.roster.RosterDigest;

import org.springframework.stereotype.Component;

/**
 * Stores the roster blocks found in article pages as roster snapshots (source kind PAGE),
 * in the transaction of the chunk that loads the page.
 */
@Component
class PageRosterSnapshots implements PageRosterSink {

	private final RosterStore store;

	PageRosterSnapshots(DataSource dataSource) {
		this.store = new RosterStore(dataSource);
	}

	@Override
	public void save(Roster roster, long runId) {
		this.store.save(roster, RosterDigest.Origin.PAGE, runId);
	}

}
