package io.newsroll.report;

import java.util.Objects;

/**
 * An author or editor of the period's articles who is also on a roster, with the titles
 * of their most recent roster entry.
 */
public record RosterContributor(String name, Role role, long articles, String titles) {

	/** How the person took part in the articles. */
	public enum Role {

		AUTHOR, EDITOR

	}

	public RosterContributor {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(role, "role");
	}

}
