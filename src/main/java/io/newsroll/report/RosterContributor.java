package io.newsroll.report;

import java.util.Objects;

/**
 * An author or editor of the period's articles who shares a roster person's name, with
 * the titles of their most recent roster entry, how sure it is that they are that person,
 * and the organisations of the roster entries with that name.
 */
public record RosterContributor(String name, Role role, long articles, String titles, Match match,
		String organisations) {

	/** How sure a match of an author or editor to a roster person is. */
	public enum Match {

		/** Same name, and their articles name the person's organisation or site. */
		SURE(Label.MATCH_SURE),
		/** Same name only; the name is on the rosters of one organisation. */
		NAME_ONLY(Label.MATCH_NAME_ONLY),
		/** Same name only; the name is on the rosters of several organisations. */
		NAME_AMBIGUOUS(Label.MATCH_NAME_AMBIGUOUS);

		private final Label label;

		Match(Label label) {
			this.label = label;
		}

		public Label label() {
			return this.label;
		}

	}

	/** How the person took part in the articles. */
	public enum Role {

		AUTHOR, EDITOR

	}

	public RosterContributor {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(match, "match");
		organisations = (organisations != null) ? organisations : "";
	}

}
