package io.newsroll.core.names;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The common Chinese family names ({@code surnames.txt}): single characters (王, 欧) and
 * the two-character ones (欧阳, 司马), for judging whether a run of Han characters has the
 * shape of a person's name.
 */
public final class ChineseSurnames {

	private static final String RESOURCE = "surnames.txt";

	private static final Set<Integer> SINGLE;

	private static final Set<String> COMPOUND;

	static {
		Map<String, List<String>> file = VocabularyFile.read(RESOURCE);
		Set<Integer> single = new HashSet<>();
		Set<String> compound = new HashSet<>();
		for (String line : VocabularyFile.section(file, VocabularyFile.NO_SECTION, RESOURCE)) {
			if (line.codePointCount(0, line.length()) == 2) {
				compound.add(line);
			}
			else {
				line.codePoints().forEach(single::add);
			}
		}
		SINGLE = Set.copyOf(single);
		COMPOUND = Set.copyOf(compound);
	}

	private ChineseSurnames() {
	}

	/**
	 * How many characters of the family name the text starts with: 2 for a two-character
	 * name (欧阳修), 1 for a single one (王五), 0 when it starts with none.
	 */
	public static int prefixLength(CharSequence text) {
		if (text.length() >= 2 && COMPOUND.contains(text.subSequence(0, 2).toString())) {
			return 2;
		}
		if (text.length() >= 1 && SINGLE.contains(Character.codePointAt(text, 0))) {
			return Character.charCount(Character.codePointAt(text, 0));
		}
		return 0;
	}

	/** Whether the text is exactly a family name (王, 欧阳). */
	public static boolean isSurname(String text) {
		return COMPOUND.contains(text)
				|| (text.codePointCount(0, text.length()) == 1 && SINGLE.contains(text.codePointAt(0)));
	}

	/** How many single and compound names the table holds, for its test. */
	static int[] sizes() {
		return new int[] { SINGLE.size(), COMPOUND.size() };
	}

}
