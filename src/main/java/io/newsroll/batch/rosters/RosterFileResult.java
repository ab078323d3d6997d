package io.newsroll.batch.rosters;

import java.util.List;

import io.newsroll.core.reject.Violation;
import io.newsroll.core.roster.Roster;

/**
 * What reading one roster file gave: its rosters (one per CSV file, one per recognized
 * worksheet) and the rows or the whole file it rejected. A file rejected whole has no
 * rosters and one violation; a table with no member left (no rows, or every row rejected)
 * gives no roster, since an empty snapshot would read as everyone having left.
 */
public record RosterFileResult(List<Roster> rosters, List<Violation> violations) {

	public RosterFileResult {
		rosters = List.copyOf(rosters);
		violations = List.copyOf(violations);
	}

	static RosterFileResult rejected(Violation violation) {
		return new RosterFileResult(List.of(), List.of(violation));
	}

	public int memberCount() {
		return this.rosters.stream().mapToInt((roster) -> roster.members().size()).sum();
	}

}
