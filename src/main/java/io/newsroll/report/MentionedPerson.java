package io.newsroll.report;

import java.util.Objects;

/**
 * A roster person the period's articles mention: in how many articles, how many times in
 * all.
 */
public record MentionedPerson(String name, long articles, long mentions) {

	public MentionedPerson {
		Objects.requireNonNull(name, "name");
	}

}
