package io.newsroll.core.roster;

/**
 * Normalizes people's names as rosters and bylines write them. Typesetters pad
 * two-character Chinese names to the width of three-character ones ("陈 刚", "马&nbsp;&nbsp;
 * 璐"), so whitespace next to a Chinese character is padding and goes; between Latin
 * letters it separates words and stays, folded to one space. Full-width letters and
 * digits are folded to ASCII.
 */
public final class PersonNames {

	private PersonNames() {
	}

	/**
	 * Returns the name without padding, zero-width characters or full-width letters; an
	 * empty string for a blank name, never null.
	 * @param raw the name as written, may be null
	 * @return the normalized name
	 */
	public static String normalize(String raw) {
		if (raw == null) {
			return "";
		}
		String folded = RosterText.fold(raw);
		StringBuilder out = new StringBuilder(folded.length());
		int i = 0;
		int n = folded.length();
		while (i < n) {
			char c = folded.charAt(i);
			if (c == ' ') {
				int j = i;
				while (j < n && folded.charAt(j) == ' ') {
					j++;
				}
				boolean edge = out.length() == 0 || j == n;
				boolean chineseNeighbour = !edge
						&& (RosterText.isHan(out.charAt(out.length() - 1)) || RosterText.isHan(folded.charAt(j)));
				if (!edge && !chineseNeighbour) {
					out.append(' ');
				}
				i = j;
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

}
