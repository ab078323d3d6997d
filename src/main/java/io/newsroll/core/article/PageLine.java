package io.newsroll.core.article;

import io.newsroll.core.text.ChineseText;

/**
 * One line of a page's visible text: a block of HTML (paragraph, heading, list item,
 * cell) or a line of a text dump, with what the extractor weighs it by: how much of it is
 * link text, which block it came from and whether it sits in a container marked as
 * navigation, footer, share bar and the like.
 *
 * @param text the line, whitespace normalized, never blank
 * @param linkChars characters of the line inside links (text dumps: the whole line when
 * it is a menu item)
 * @param tag the HTML block it came from (h1, p, li...), or null for a text dump line
 * @param noisy whether it sits in a container whose role, class or id says boilerplate
 * @param units length in "units": one per Han character, one per four other letters or
 * digits (about a word)
 * @param visibleChars characters other than spaces
 * @param inContainer whether it sits in the container the document's structure gives for
 * the article's text ({@link ContentContainers}; text dumps: never)
 */
record PageLine(String text, int linkChars, String tag, boolean noisy, int units, int visibleChars,
		boolean inContainer) {

	/**
	 * A line, its length in units and visible characters counted once here: the extractor
	 * weighs every line by them, several times.
	 */
	PageLine(String text, int linkChars, String tag, boolean noisy) {
		this(text, linkChars, tag, noisy, false);
	}

	/** A line, maybe in the page's text container. */
	PageLine(String text, int linkChars, String tag, boolean noisy, boolean inContainer) {
		this(text, linkChars, tag, noisy, unitsOf(text), text.length() - spaces(text), inContainer);
	}

	/**
	 * Length of a text in units: one per Han character, one per four other letters or
	 * digits.
	 */
	static int unitsOf(String t) {
		int han = 0;
		int other = 0;
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			if (c >= '\u3400' && ChineseText.isHan(c)) {
				han++;
			}
			else if (c < 0x80) {
				if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
					other++;
				}
			}
			else if (Character.isLetterOrDigit(c)) {
				other++;
			}
		}
		return han + (other + 3) / 4;
	}

	private static int spaces(String t) {
		int n = 0;
		int at = t.indexOf(' ');
		while (at >= 0) {
			n++;
			at = t.indexOf(' ', at + 1);
		}
		return n;
	}

	double linkRatio() {
		int visible = this.visibleChars;
		return (visible == 0) ? 0 : Math.min(1.0, (double) this.linkChars / visible);
	}

	boolean isHeading() {
		return this.tag != null && this.tag.length() == 2 && this.tag.charAt(0) == 'h' && this.tag.charAt(1) >= '1'
				&& this.tag.charAt(1) <= '6';
	}

}
