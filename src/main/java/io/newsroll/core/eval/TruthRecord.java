package io.newsroll.core.eval;

import java.util.List;
import java.util.Objects;

/**
 * One page's ground truth, as a team labels it for {@code newsroll evaluate} (a line of
 * {@code truth.jsonl}, keyed by {@link #id()}). A null field is not annotated and not
 * scored; an empty string counts as null, as in score.py.
 *
 * @param id the page's id (its folder name in the corpus), never null
 * @param set the data set it comes from, for grouping; may be null
 * @param lang its language code, for grouping and for choosing body units; may be null
 * @param title the headline
 * @param author the byline, names separated by , ; / &amp; 、 "and", or spaces between
 * Chinese names
 * @param published ISO 8601 at any precision (a date alone means "score the day only")
 * @param source the source publication line
 * @param editor the editor
 * @param body the full main text
 * @param bodyWith snippets that must appear in the predicted body
 * @param bodyWithout snippets that must not appear in the predicted body
 */
public record TruthRecord(String id, String set, String lang, String title, String author, String published,
		String source, String editor, String body, List<String> bodyWith, List<String> bodyWithout) {

	public TruthRecord {
		Objects.requireNonNull(id, "id");
		bodyWith = (bodyWith != null) ? List.copyOf(bodyWith) : List.of();
		bodyWithout = (bodyWithout != null) ? List.copyOf(bodyWithout) : List.of();
	}

	/**
	 * The field a grouping groups by, as score.py names the group ({@code str(None)} is
	 * "None").
	 */
	String groupKey(Grouping by) {
		String value = switch (by) {
			case SET -> this.set;
			case LANG -> this.lang;
			case NONE -> null;
		};
		return (value != null) ? value : "None";
	}

}
