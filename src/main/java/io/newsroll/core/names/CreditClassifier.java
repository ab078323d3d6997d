package io.newsroll.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.newsroll.core.text.ChineseText;

/**
 * Tells what one credit of a byline names: a person (王五, 欧阳修, 买买提·艾力, Jane Doe), an
 * organisation (新京报, 新浪科技, 省发改委, 本报), or only a compiler's word (整合, 整理, 编译); and takes a
 * compiler's word off a name ("陈智 整合" is 陈智). Knowledge, not page fitting: the family
 * names ({@link ChineseSurnames}), the outlets ({@link MediaOutlets}) and the words of
 * {@code credit-words.txt}.
 */
public final class CreditClassifier {

	/** What a credit names. */
	public enum Kind {

		/** A person's name. */
		PERSON,
		/** An outlet, a channel or account, an office or a company. */
		ORGANISATION,
		/** A word for what was done to the text (整合, 编译), no name. */
		COMPILER_WORD,
		/** Nothing the knowledge decides: a pen name, a phrase. */
		UNKNOWN

	}

	private static final String RESOURCE = "credit-words.txt";

	private static final Set<String> COMPILER;

	/** The compiler's words, for {@link CreditFields}. */
	static final Set<String> COMPILER_WORDS;

	/** Compiler's words of two characters or more, longest first, to cut off a name. */
	private static final List<String> LONG_COMPILER;

	private static final List<String> ORGANISATION_ENDINGS;

	/** Han characters and the middle dots of transliterated names. */
	private static final Pattern HAN_NAME = Pattern.compile("[\\p{IsHan}]+(?:[·•・][\\p{IsHan}]+)*");

	/**
	 * A name in Latin letters: one to four words, each capitalised or all lower-case (a
	 * handle: kingname), with initials, hyphens and apostrophes.
	 */
	private static final Pattern LATIN_NAME = Pattern
		.compile("\\p{IsLatin}[\\p{IsLatin}'’.-]*(?:\\s(?:\\p{IsLatin}[\\p{IsLatin}'’.-]*)){0,3}");

	static {
		Map<String, List<String>> file = VocabularyFile.read(RESOURCE);
		List<String> compiler = VocabularyFile.section(file, "compiler", RESOURCE);
		COMPILER = Set.copyOf(compiler);
		COMPILER_WORDS = COMPILER;
		LONG_COMPILER = compiler.stream()
			.filter((w) -> w.length() >= 2)
			.sorted((a, b) -> Integer.compare(b.length(), a.length()))
			.toList();
		ORGANISATION_ENDINGS = VocabularyFile.section(file, "organisation-endings", RESOURCE);
	}

	private CreditClassifier() {
	}

	/** What the credit names; blank or null is {@link Kind#UNKNOWN}. */
	public static Kind classify(String credit) {
		String s = clean(credit);
		if (s.isEmpty()) {
			return Kind.UNKNOWN;
		}
		if (COMPILER.contains(s)) {
			return Kind.COMPILER_WORD;
		}
		if (MediaOutlets.isOutlet(s) || hasOrganisationEnding(s)) {
			return Kind.ORGANISATION;
		}
		if (isChineseNameShape(s)) {
			return Kind.PERSON;
		}
		if (LATIN_NAME.matcher(s).matches()) {
			return MediaOutlets.hasLatinWord(s) ? Kind.ORGANISATION : Kind.PERSON;
		}
		return Kind.UNKNOWN;
	}

	/**
	 * The person a credit names, with a compiler's word taken off ("陈智 整合", "陈智整理" → 陈智),
	 * padding removed ("陈 刚" → 陈刚); empty when the credit names no person.
	 */
	public static Optional<String> personName(String credit) {
		String s = withoutCompilerWord(credit);
		return (classify(s) == Kind.PERSON) ? Optional.of(s) : Optional.empty();
	}

	/**
	 * The credit without a compiler's word at its end: one written apart ("陈智 整合", "张三
	 * 译") or a two-character one glued to a name ("陈智整理"); the credit as it is otherwise.
	 */
	public static String withoutCompilerWord(String credit) {
		String s = (credit != null) ? ChineseText.normalizeSpace(ChineseText.foldWidth(credit)) : "";
		int space = s.lastIndexOf(' ');
		if (space > 0 && COMPILER.contains(s.substring(space + 1))) {
			return clean(s.substring(0, space));
		}
		String c = clean(s);
		for (String word : LONG_COMPILER) {
			if (c.length() > word.length() && c.endsWith(word)) {
				String rest = c.substring(0, c.length() - word.length());
				if (isChineseNameShape(rest)) {
					return rest;
				}
			}
		}
		return c;
	}

	/**
	 * Whether the text has the shape of a Chinese person's name: a family name and one or
	 * two more characters (王五, 王小五, 欧阳修, 欧阳小明), or a transliterated name with middle dots
	 * (买买提·艾力).
	 */
	public static boolean isChineseNameShape(String text) {
		if (text == null || !HAN_NAME.matcher(text).matches()) {
			return false;
		}
		int length = text.codePointCount(0, text.length());
		if (text.indexOf('·') >= 0 || text.indexOf('•') >= 0 || text.indexOf('・') >= 0) {
			return length >= 3 && length <= 20;
		}
		int surname = ChineseSurnames.prefixLength(text);
		if (surname == 0) {
			return false;
		}
		int given = length - surname;
		return given >= 1 && given <= 2;
	}

	/**
	 * Names written together without a separator (刘玺东易赛楠, as a text dump loses the space
	 * between them) split where every part has a name's shape, three-character names
	 * preferred; the run itself when it is one name or cannot be split so.
	 */
	public static List<String> splitGluedNames(String run) {
		String s = clean(run);
		if (isChineseNameShape(s) && s.length() <= 3) {
			return List.of(s);
		}
		List<String> parts = new ArrayList<>();
		if (split(s, parts)) {
			return List.copyOf(parts);
		}
		return List.of(s);
	}

	private static boolean split(String s, List<String> parts) {
		if (s.isEmpty()) {
			return !parts.isEmpty();
		}
		for (int length : new int[] { 3, 2, 4 }) {
			if (s.length() >= length && isChineseNameShape(s.substring(0, length))) {
				parts.add(s.substring(0, length));
				if (split(s.substring(length), parts)) {
					return true;
				}
				parts.remove(parts.size() - 1);
			}
		}
		return false;
	}

	private static boolean hasOrganisationEnding(String s) {
		for (String ending : ORGANISATION_ENDINGS) {
			int min = (ending.length() == 1) ? 3 : ending.length() + 1;
			if (s.length() >= min && s.endsWith(ending) && !isChineseNameShape(s)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Width folded, whitespace normalised, and the padding between Han characters removed
	 * ("陈 刚" → 陈刚); Latin words keep their spaces.
	 */
	static String clean(String credit) {
		String s = ChineseText.field(credit);
		if (s == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == ' ' && i > 0 && i + 1 < s.length()
					&& (ChineseText.isHan(s.charAt(i - 1)) || ChineseText.isHan(s.charAt(i + 1)))) {
				continue;
			}
			out.append(c);
		}
		return out.toString();
	}

}
