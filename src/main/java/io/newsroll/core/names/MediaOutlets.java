package io.newsroll.core.names;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The vocabulary of Chinese media outlets ({@code media-outlets.txt}): whole names (新华社,
 * 人民日报, 澎湃新闻), a portal followed by a channel (新浪科技, 网易财经), the endings an outlet's name
 * has (…日报, …晚报, …网, …社, …台, …新闻, 公众号, 客户端, 频道) and the words it calls itself by (本报,
 * 本台), and the words of an outlet's name in Latin letters (Press, Reuters, Redaktion).
 * Answers whether a credit names an outlet rather than a person.
 */
public final class MediaOutlets {

	private static final String RESOURCE = "media-outlets.txt";

	private static final Set<String> OUTLETS;

	private static final List<String> PORTALS;

	private static final Set<String> CHANNELS;

	private static final List<String> ENDINGS;

	private static final List<String> SHORT_ENDINGS;

	private static final List<String> HOUSE;

	private static final List<String> LATIN_WORDS;

	private static final Set<String> LATIN_WORDS_LOWER;

	static {
		Map<String, List<String>> file = VocabularyFile.read(RESOURCE);
		OUTLETS = Set.copyOf(VocabularyFile.section(file, "outlets", RESOURCE));
		PORTALS = VocabularyFile.section(file, "portals", RESOURCE);
		CHANNELS = Set.copyOf(VocabularyFile.section(file, "channels", RESOURCE));
		ENDINGS = VocabularyFile.section(file, "endings", RESOURCE);
		SHORT_ENDINGS = VocabularyFile.section(file, "short-endings", RESOURCE);
		HOUSE = VocabularyFile.section(file, "house", RESOURCE);
		LATIN_WORDS = VocabularyFile.section(file, "latin-words", RESOURCE);
		LATIN_WORDS_LOWER = LATIN_WORDS.stream()
			.map((w) -> w.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	private MediaOutlets() {
	}

	/**
	 * Whether the text (one credit, spaces allowed) names an outlet, an outlet's channel
	 * or account, or the outlet itself (本报): 新京报, 新浪科技, 澎湃新闻网, XX日报客户端, 本报记者部.
	 */
	public static boolean isOutlet(String text) {
		String s = compact(text);
		if (s.isEmpty()) {
			return false;
		}
		if (OUTLETS.contains(s) || isPortalChannel(s)) {
			return true;
		}
		for (String house : HOUSE) {
			if (s.startsWith(house)) {
				return true;
			}
		}
		for (String ending : ENDINGS) {
			if (s.endsWith(ending) && s.length() > ending.length()) {
				return true;
			}
		}
		for (String ending : SHORT_ENDINGS) {
			if (s.endsWith(ending) && s.length() >= ending.length() + 2) {
				return true;
			}
		}
		// a known outlet followed by a channel or a form of itself: 人民日报客户端 is caught
		// above, 新京报网 too; 澎湃新闻网 and the like by their ending
		return false;
	}

	/** Whether the text is exactly one of the whole names of the vocabulary. */
	public static boolean isKnownOutlet(String text) {
		return OUTLETS.contains(compact(text));
	}

	/**
	 * The words of an outlet's or a newsroom's name in Latin letters, as capitalised
	 * (Press, Times, Reuters, Staff, Redaktion): the one list both the classifier and the
	 * English byline rules read.
	 */
	public static List<String> latinWords() {
		return LATIN_WORDS;
	}

	/**
	 * Whether a credit in Latin letters has a word of an outlet's name, any case, a
	 * trailing stop or comma ignored: "Associated Press", "Acme Inc.", "Redaktion".
	 */
	public static boolean hasLatinWord(String credit) {
		if (credit == null) {
			return false;
		}
		for (String word : credit.toLowerCase(Locale.ROOT).split("\\s+")) {
			String w = word.replaceAll("[.,;:]+$", "");
			if (LATIN_WORDS_LOWER.contains(w)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPortalChannel(String s) {
		for (String portal : PORTALS) {
			if (s.length() > portal.length() && s.startsWith(portal)
					&& CHANNELS.contains(s.substring(portal.length()))) {
				return true;
			}
		}
		return false;
	}

	/** The text without whitespace (names of outlets have none that matters). */
	static String compact(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

}
