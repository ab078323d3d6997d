package io.newsroll.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of a text written in Latin letters from its commonest short words
 * ({@code function-words.txt}): a text dump carries no {@code lang} attribute, yet its
 * language decides how it writes dates (03/05/2022 is 3 May in Spanish, March 5 in
 * American English).
 */
public final class LatinLanguage {

	private static final String RESOURCE = "function-words.txt";

	/** Each word and the languages it belongs to. */
	private static final Map<String, Set<String>> WORDS = load();

	/** The fewest function words a text needs before its language is told. */
	private static final int MIN_HITS = 8;

	/** How many words of the text are read at most. */
	private static final int MAX_WORDS = 600;

	private LatinLanguage() {
	}

	/**
	 * The language code (en, de, fr, es, it, pt, nl, pl) whose function words the text
	 * uses most, or null when it uses too few of any (a short or a Chinese text) or two
	 * languages tie.
	 */
	public static String guess(CharSequence text) {
		Map<String, Integer> hits = new HashMap<>();
		int words = 0;
		int i = 0;
		int n = text.length();
		while (i < n && words < MAX_WORDS) {
			while (i < n && !Character.isLetter(text.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < n && Character.isLetter(text.charAt(i))) {
				i++;
			}
			if (i > start) {
				words++;
				Set<String> languages = WORDS.get(text.subSequence(start, i).toString().toLowerCase(Locale.ROOT));
				if (languages != null) {
					for (String language : languages) {
						hits.merge(language, 1, Integer::sum);
					}
				}
			}
		}
		String best = null;
		int bestHits = 0;
		boolean tie = false;
		for (Map.Entry<String, Integer> entry : hits.entrySet()) {
			if (entry.getValue() > bestHits) {
				best = entry.getKey();
				bestHits = entry.getValue();
				tie = false;
			}
			else if (entry.getValue() == bestHits) {
				tie = true;
			}
		}
		return (bestHits >= MIN_HITS && !tie) ? best : null;
	}

	/** Every language and its words, for the table's test. */
	static Map<String, Set<String>> languages() {
		Map<String, Set<String>> out = new LinkedHashMap<>();
		WORDS.forEach((word, languages) -> languages
			.forEach((language) -> out.computeIfAbsent(language, (k) -> new HashSet<>()).add(word)));
		return out;
	}

	private static Map<String, Set<String>> load() {
		Map<String, Set<String>> words = new HashMap<>();
		try (InputStream in = LatinLanguage.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("vocabulary " + RESOURCE + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String language = null;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String entry = line.strip();
				if (entry.isEmpty() || entry.startsWith("#")) {
					continue;
				}
				if (entry.startsWith("[") && entry.endsWith("]")) {
					language = entry.substring(1, entry.length() - 1);
					continue;
				}
				if (language == null) {
					throw new IllegalStateException(RESOURCE + ": word " + entry + " before any [language]");
				}
				words.computeIfAbsent(entry, (k) -> new HashSet<>()).add(language);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
		words.replaceAll((k, v) -> Set.copyOf(v));
		return Collections.unmodifiableMap(words);
	}

}
