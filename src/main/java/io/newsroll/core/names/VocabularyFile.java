package io.newsroll.core.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A vocabulary kept as a text file beside the classes that read it: one entry a line,
 * {@code #} starts a comment line, {@code [name]} starts a section. Entries are trimmed;
 * blank lines are skipped. The one reader of every word file of the core (the names'
 * vocabularies here, the article rules' word files through {@code WordList}).
 */
public final class VocabularyFile {

	/** Entries before any section heading. */
	static final String NO_SECTION = "";

	private VocabularyFile() {
	}

	/**
	 * The entries of a resource next to this class, by section, in file order.
	 * @throws IllegalStateException when the resource is missing (a packaging error)
	 */
	static Map<String, List<String>> read(String resource) {
		return read(VocabularyFile.class, resource);
	}

	/**
	 * The entries of a resource next to {@code anchor}, by section, in file order.
	 * @throws IllegalStateException when the resource is missing (a packaging error)
	 */
	public static Map<String, List<String>> read(Class<?> anchor, String resource) {
		Map<String, List<String>> sections = new LinkedHashMap<>();
		String section = NO_SECTION;
		try (InputStream in = anchor.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("vocabulary " + resource + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String entry = line.strip();
				if (entry.isEmpty() || entry.startsWith("#")) {
					continue;
				}
				if (entry.startsWith("[") && entry.endsWith("]")) {
					section = entry.substring(1, entry.length() - 1);
					sections.computeIfAbsent(section, (k) -> new ArrayList<>());
					continue;
				}
				sections.computeIfAbsent(section, (k) -> new ArrayList<>()).add(entry);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read vocabulary " + resource, ex);
		}
		sections.replaceAll((k, v) -> List.copyOf(v));
		return sections;
	}

	/** One section's entries; an error when the file has no such section. */
	public static List<String> section(Map<String, List<String>> sections, String name, String resource) {
		List<String> entries = sections.get(name);
		if (entries == null || entries.isEmpty()) {
			throw new IllegalStateException("vocabulary " + resource + " has no entries in [" + name + "]");
		}
		return entries;
	}

}
