package io.newsroll.core.roster;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One person on a roster.
 *
 * @param name the normalized name (typesetting padding removed from Chinese names)
 * @param rawName the name as written
 * @param titlesRaw the title text as written
 * @param titles the titles, in order
 * @param attributes other columns of a roster file (organization, department, extra
 * columns)
 */
public record RosterMember(String name, String rawName, String titlesRaw, List<Title> titles,
		Map<String, String> attributes) {

	public RosterMember {
		Objects.requireNonNull(name, "name");
		if (name.isBlank()) {
			throw new IllegalArgumentException("name must not be blank");
		}
		titles = List.copyOf(titles);
		attributes = Map.copyOf(attributes);
	}

}
