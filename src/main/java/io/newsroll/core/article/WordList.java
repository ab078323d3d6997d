package io.newsroll.core.article;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.newsroll.core.names.VocabularyFile;

/**
 * A named list of words that a rule looks for, kept as data: the rule's pattern and its
 * prefilter (the characters its words start or end with) are both built from the list, so
 * adding a word is a one-line change that keeps them in step. The words are literal text,
 * in the order the pattern tries them; one convention: a word written with the full-width
 * colon {@code ：} at its end takes either colon ({@code 标签：} matches "标签:" and "标签：").
 * {@code VocabularyTest} checks every list.
 */
final class WordList {

	private static final String REGEX_MARKS = "\\.[]{}()*+?^$|";

	private final String name;

	private final List<String> words;

	private WordList(String name, List<String> words) {
		if (words.isEmpty()) {
			throw new IllegalArgumentException("word list " + name + " is empty");
		}
		for (String word : words) {
			if (word.isBlank()) {
				throw new IllegalArgumentException("word list " + name + " has a blank word");
			}
		}
		this.name = name;
		this.words = List.copyOf(words);
	}

	static WordList of(String name, String... words) {
		return new WordList(name, List.of(words));
	}

	/** A word list made of a vocabulary table's entries (core/names). */
	static WordList of(String name, List<String> words) {
		return new WordList(name, words);
	}

	/**
	 * The words of one section of a word file beside this class: one word a line,
	 * {@code #} starts a comment line, {@code [name]} starts a section.
	 * @throws IllegalStateException when the file or the section is missing or empty (a
	 * packaging error)
	 */
	static WordList fromResource(String resource, String section) {
		Map<String, List<String>> file = VocabularyFile.read(WordList.class, resource);
		return new WordList(section + " (" + resource + ")", VocabularyFile.section(file, section, resource));
	}

	String name() {
		return this.name;
	}

	List<String> words() {
		return this.words;
	}

	/** The words as a regular expression group, {@code (?:w1|w2|…)}, in order. */
	String alternation() {
		StringBuilder out = new StringBuilder("(?:");
		for (int i = 0; i < this.words.size(); i++) {
			out.append((i > 0) ? "|" : "").append(regex(this.words.get(i)));
		}
		return out.append(')').toString();
	}

	/** One word as a regular expression: literal, a final ： taking either colon. */
	static String regex(String word) {
		StringBuilder out = new StringBuilder(word.length() + 4);
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c == '：' && i == word.length() - 1) {
				out.append("[:：]");
			}
			else {
				out.append((REGEX_MARKS.indexOf(c) >= 0) ? "\\" : "").append(c);
			}
		}
		return out.toString();
	}

	/** The first character of each word, each once, in order. */
	String firstChars() {
		return distinct(false, false);
	}

	/** The first character of each word in lower case, each once, in order. */
	String lowerFirstChars() {
		return distinct(false, true);
	}

	/** The last character of each word, each once, in order. */
	String lastChars() {
		return distinct(true, false);
	}

	/** The characters of the first word that every word has, each once, in order. */
	String sharedChars() {
		StringBuilder chars = new StringBuilder();
		for (char c : this.words.get(0).toCharArray()) {
			if (chars.indexOf(String.valueOf(c)) < 0 && this.words.stream().allMatch((w) -> w.indexOf(c) >= 0)) {
				chars.append(c);
			}
		}
		return chars.toString();
	}

	/** The words in lower case, for a look-up by word. */
	Set<String> lowerCaseSet() {
		Set<String> set = new LinkedHashSet<>();
		for (String word : this.words) {
			set.add(word.toLowerCase(Locale.ROOT));
		}
		return Set.copyOf(set);
	}

	/**
	 * The last (or first) word of each word, in lower case, each once, in order: "Getty
	 * Images" gives "images".
	 */
	String[] lowerCaseWords(boolean last) {
		Set<String> out = new LinkedHashSet<>();
		for (String word : this.words) {
			String w = word.toLowerCase(Locale.ROOT);
			out.add(last ? w.substring(w.lastIndexOf(' ') + 1) : w.split(" ", 2)[0]);
		}
		return out.toArray(new String[0]);
	}

	private String distinct(boolean last, boolean lower) {
		StringBuilder chars = new StringBuilder();
		for (String word : this.words) {
			char c = word.charAt(last ? word.length() - 1 : 0);
			c = lower ? Character.toLowerCase(c) : c;
			if (chars.indexOf(String.valueOf(c)) < 0) {
				chars.append(c);
			}
		}
		return chars.toString();
	}

	/** Several lists' first characters (lower case), each once, in order. */
	static String lowerFirstChars(WordList... lists) {
		StringBuilder chars = new StringBuilder();
		for (WordList list : lists) {
			for (char c : list.lowerFirstChars().toCharArray()) {
				if (chars.indexOf(String.valueOf(c)) < 0) {
					chars.append(c);
				}
			}
		}
		return chars.toString();
	}

	@Override
	public String toString() {
		return this.name + this.words;
	}

}
