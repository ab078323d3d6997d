package io.newsroll.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The month names of German, French, Spanish, Italian, Portuguese, Dutch and Polish dates
 * ({@code month-names.txt}, one month a line), for {@link DateTimes}: "21. Dezember
 * 2023", "21 décembre 2023", "21 de diciembre de 2023", "21 grudnia 2023".
 */
public final class MonthNames {

	private static final String RESOURCE = "month-names.txt";

	private static final Map<String, Integer> MONTHS = load();

	private MonthNames() {
	}

	/** The month (1-12) a word names, any case, a final stop allowed; 0 for no month. */
	public static int month(String word) {
		if (word == null) {
			return 0;
		}
		String w = word.toLowerCase(Locale.ROOT);
		if (w.endsWith(".")) {
			w = w.substring(0, w.length() - 1);
		}
		return MONTHS.getOrDefault(w, 0);
	}

	/** Every word and its month, for the table's test. */
	static Map<String, Integer> all() {
		return MONTHS;
	}

	private static Map<String, Integer> load() {
		Map<String, Integer> months = new LinkedHashMap<>();
		try (InputStream in = MonthNames.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("vocabulary " + RESOURCE + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				String entry = line.strip();
				if (entry.isEmpty() || entry.startsWith("#") || entry.startsWith("[")) {
					continue;
				}
				String[] words = entry.split("\\s+");
				int month = Integer.parseInt(words[0]);
				if (month < 1 || month > 12 || words.length < 2) {
					throw new IllegalStateException(RESOURCE + ":" + number + ": expected a month 1-12 and its names");
				}
				for (int i = 1; i < words.length; i++) {
					Integer before = months.putIfAbsent(words[i], month);
					if (before != null) {
						throw new IllegalStateException(
								RESOURCE + ":" + number + ": " + words[i] + " is month " + before + " already");
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
		return Collections.unmodifiableMap(months);
	}

}
