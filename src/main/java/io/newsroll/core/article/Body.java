package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An article's body: its paragraphs (normalized) and the page lines they come from.
 *
 * @param paragraphs the paragraphs, in order, never empty
 * @param lines the line of each paragraph, same index
 */
record Body(List<String> paragraphs, List<PageLine> lines) {

	/** How many paragraphs at the end of the body may be the author's card. */
	private static final int AUTHOR_CARD_PARAGRAPHS = 4;

	/** What follows an author's name in a bio: "Matt Wales is a writer…". */
	private static final Pattern BIO_VERB = Pattern.compile(BylineWords.BIO_VERBS.alternation() + "\\b");

	Body {
		paragraphs = List.copyOf(paragraphs);
		lines = List.copyOf(lines);
	}

	/**
	 * The body without the author's card at its end: the author's name on its own, or a
	 * paragraph that starts with the author's name or first name and a bio verb ("Deborah
	 * Netburn covers faith…", "Laura is a science news writer…").
	 */
	Body withoutAuthorCard(List<String> authors) {
		int cut = -1;
		for (int i = Math.max(1, this.paragraphs.size() - AUTHOR_CARD_PARAGRAPHS); i < this.paragraphs.size()
				&& cut < 0; i++) {
			String p = this.paragraphs.get(i);
			for (String author : authors) {
				int space = author.indexOf(' ');
				if (space < 0 || !Character.isUpperCase(author.charAt(0))) {
					// Latin names of two words or more: a Chinese author's card reads
					// differently
					continue;
				}
				String first = author.substring(0, space);
				if (p.equals(author) || bioOf(p, author) || bioOf(p, first)) {
					cut = i;
					break;
				}
			}
		}
		return (cut > 0) ? new Body(this.paragraphs.subList(0, cut), this.lines.subList(0, cut)) : this;
	}

	private static boolean bioOf(String paragraph, String name) {
		int n = name.length();
		return paragraph.length() > n + 1 && paragraph.startsWith(name) && paragraph.charAt(n) == ' '
				&& BIO_VERB.matcher(paragraph).region(n + 1, paragraph.length()).lookingAt();
	}

	/**
	 * Short paragraphs inside the body that read as headings: no closing punctuation, a
	 * longer paragraph after.
	 */
	List<String> subheadings() {
		List<String> subheadings = new ArrayList<>();
		for (int i = 1; i < this.paragraphs.size() - 1; i++) {
			String p = this.paragraphs.get(i);
			PageLine line = this.lines.get(i);
			int u = line.units();
			char last = p.charAt(p.length() - 1);
			boolean closed = last == '。' || last == '！' || last == '？' || last == '.' || last == '!' || last == '?'
					|| last == '；' || last == ';' || last == '：' || last == ':' || last == '…' || last == '）'
					|| last == ')';
			boolean heading = line.isHeading() && !"h1".equals(line.tag());
			if (heading || (u >= 4 && u <= 50 && !closed && this.lines.get(i + 1).units() > u)) {
				subheadings.add(p);
			}
		}
		return subheadings;
	}

}
