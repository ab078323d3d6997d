package io.newsroll.core.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of a roster: who held which titles as of one date, from one source (a roster
 * file, or a roster block such as 全总领导 inside a page, dated by the page's publication
 * date).
 */
public record Roster(String heading, LocalDate asOf, String file, List<RosterMember> members) {

	public Roster {
		Objects.requireNonNull(heading, "heading");
		Objects.requireNonNull(file, "file");
		members = List.copyOf(members);
	}

}
