package io.newsroll.core.roster;

import java.util.Objects;

/**
 * One title a person holds, as one segment of a roster's title text.
 *
 * @param title the segment as written, without the 兼 / 候选人 marks
 * @param concurrent held concurrently (兼)
 * @param candidate a candidate for the title (候选人)
 * @param organization written in the segment, inherited from the previous segment or from
 * a roster column; null when unknown
 * @param role the title without the organization
 */
public record Title(String title, boolean concurrent, boolean candidate, String organization, String role) {

	public Title {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(role, "role");
	}

}
