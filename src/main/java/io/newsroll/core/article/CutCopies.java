package io.newsroll.core.article;

/**
 * Whether one copy of a story is what a broken download left of another: a crawler whose
 * transfer broke off writes the page's first kilobytes (headline, date, the first
 * paragraphs, no footer). Two copies with the same headline are one story when the
 * shorter body, but for its torn end, reads the same as a part of the longer one; the
 * longer body is the one to keep, whichever copy was read first.
 */
public final class CutCopies {

	/**
	 * The share of the shorter body, from its start, that must appear in the longer one:
	 * the cut's last paragraph is torn, and a page without its end may be read with a
	 * line more or less at the cut.
	 */
	static final double HEAD_SHARE = 0.8;

	/**
	 * Below this many letters a body says too little to tell a copy from a coincidence.
	 */
	static final int MIN_HEAD_LETTERS = 40;

	private CutCopies() {
	}

	/**
	 * Whether {@code shorter} is a cut copy of {@code longer}: both carry the same
	 * headline, {@code longer} has more letters, and the first {@link #HEAD_SHARE} of
	 * {@code shorter}'s letters appear in it as they stand (white space ignored).
	 */
	public static boolean isCutOf(String shorterTitle, String shorter, String longerTitle, String longer) {
		if (shorterTitle == null || !shorterTitle.equals(longerTitle) || shorter == null || longer == null) {
			return false;
		}
		String s = letters(shorter);
		String l = letters(longer);
		if (s.length() >= l.length()) {
			return false;
		}
		int head = (int) (s.length() * HEAD_SHARE);
		return head >= MIN_HEAD_LETTERS && l.contains(s.substring(0, head));
	}

	private static String letters(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints()
			.filter((c) -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
			.forEach(out::appendCodePoint);
		return out.toString();
	}

}
