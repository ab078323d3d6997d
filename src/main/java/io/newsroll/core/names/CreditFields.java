package io.newsroll.core.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.newsroll.core.text.ChineseText;

/**
 * Cleans the values of the labelled fields printed between a Chinese headline and its
 * body, once a rule has found where a value starts: a source without the link text
 * printed after it ("新京报 举报" → 新京报), the editors of a line without staff codes and other
 * roles ("刘晓阳 校对 李铭" → 刘晓阳, "姚立伟_NT6056" → 姚立伟), the people of an author credit without
 * outlets and compiler's words. Words from {@code credit-words.txt}.
 */
public final class CreditFields {

	private static final String RESOURCE = "credit-words.txt";

	private static final List<String> TRAILING_ACTIONS;

	private static final Pattern ROLE_WORD;

	/** A staff code glued to a name: 姚立伟_NT6056, 杨倩 NF4425. */
	private static final Pattern STAFF_CODE = Pattern.compile("[\\s_＿-]*[A-Za-z]{1,5}\\d{2,}\\b.*$");

	private static final Pattern NAME_SEPARATOR = Pattern.compile("[\\s、，,;；/|｜丨和与及&]+");

	static {
		Map<String, List<String>> file = VocabularyFile.read(RESOURCE);
		TRAILING_ACTIONS = VocabularyFile.section(file, "trailing-actions", RESOURCE);
		StringBuilder roles = new StringBuilder("(?:");
		List<String> words = VocabularyFile.section(file, "role-words", RESOURCE);
		for (int i = 0; i < words.size(); i++) {
			roles.append((i > 0) ? "|" : "").append(Pattern.quote(words.get(i)));
		}
		ROLE_WORD = Pattern.compile(roles.append(')').toString());
	}

	private CreditFields() {
	}

	/**
	 * A source without the link and button text a page prints after it (举报, 分享, 收藏),
	 * written apart or glued on; null when nothing is left.
	 */
	public static String source(String raw) {
		String s = ChineseText.field(raw);
		if (s == null) {
			return null;
		}
		boolean cut = true;
		while (cut) {
			cut = false;
			for (String action : TRAILING_ACTIONS) {
				if (s.endsWith(action) && s.length() > action.length()) {
					s = s.substring(0, s.length() - action.length()).strip();
					cut = true;
				}
			}
		}
		return s.isEmpty() ? null : s;
	}

	/**
	 * The editors named in the text after an editor label: up to the next role word,
	 * staff codes dropped, every name kept, only names of a person's shape.
	 */
	public static List<String> editors(String afterLabel) {
		return people(upToRole(afterLabel));
	}

	/**
	 * The people an author credit names, up to the next role word: outlets, organisations
	 * and compiler's words dropped ("陈智 整合" → 陈智, "新京报" → none), glued names split
	 * (刘玺东易赛楠).
	 */
	public static List<String> authors(String afterLabel) {
		return people(upToRole(afterLabel));
	}

	private static String upToRole(String text) {
		String s = ChineseText.field(text);
		if (s == null) {
			return "";
		}
		var m = ROLE_WORD.matcher(s);
		// a role word at the very start is the label itself, look past it
		int from = 0;
		while (m.find(from)) {
			if (m.start() == 0) {
				from = m.end();
				if (from >= s.length()) {
					return "";
				}
				continue;
			}
			return withoutLeadingMarks(s.substring(from, m.start()));
		}
		return withoutLeadingMarks(s.substring(Math.min(from, s.length())));
	}

	private static String withoutLeadingMarks(String s) {
		int i = 0;
		while (i < s.length() && (s.charAt(i) == ':' || s.charAt(i) == '：' || s.charAt(i) == ' ')) {
			i++;
		}
		return s.substring(i).strip();
	}

	private static List<String> people(String text) {
		Set<String> names = new LinkedHashSet<>();
		String s = STAFF_CODE.matcher(text).replaceFirst("");
		List<String> parts = new ArrayList<>();
		for (String part : NAME_SEPARATOR.split(s)) {
			if (!part.isEmpty()) {
				parts.add(part);
			}
		}
		for (int i = 0; i < parts.size(); i++) {
			String part = STAFF_CODE.matcher(parts.get(i)).replaceFirst("");
			if (part.isEmpty()) {
				continue;
			}
			// a padded two-character name: 陈 刚
			if (part.length() == 1 && i + 1 < parts.size() && parts.get(i + 1).length() == 1
					&& ChineseSurnames.isSurname(part)) {
				part = part + parts.get(++i);
			}
			if (CreditClassifier.COMPILER_WORDS.contains(part)) {
				continue;
			}
			String name = CreditClassifier.withoutCompilerWord(part);
			if (CreditClassifier.classify(name) == CreditClassifier.Kind.PERSON) {
				names.add(name);
			}
			else if (name.length() > 3 && ChineseText.isAllHan(name)) {
				for (String glued : CreditClassifier.splitGluedNames(name)) {
					if (CreditClassifier.classify(glued) == CreditClassifier.Kind.PERSON) {
						names.add(glued);
					}
				}
			}
		}
		return List.copyOf(names);
	}

}
