package io.newsroll.core.article;

import java.util.regex.Pattern;

/**
 * What bylines in German, French, Spanish, Dutch, Polish, Italian and the Nordic
 * languages put before a name in place of "By" ("Von Felix Eisenreich", "Artikel von:
 * hausinfo", "Par Jean Dupont", "Por Ana Gómez", "Door Jan de Vries", "Przez Jan
 * Kowalski"), and the picture words a text dump glues to a name ("AvatarAvatarNicole
 * Collignon"). Both are word lists; the patterns are built from them.
 */
final class OtherLanguageBylines {

	/** "By" in other languages, any case, at a byline's start. */
	static final WordList BY_WORDS = WordList.of("'by' in other languages", "von", "vom", "par", "por", "door", "przez",
			"di", "av", "af");

	/** Nouns that may stand before those words: "Artikel von", "Ein Beitrag von". */
	static final WordList BY_NOUNS = WordList.of("nouns before 'by'", "Artikel", "Beitrag", "Text", "Ein Beitrag",
			"Un article", "Artículo", "Artykuł");

	/** Picture words a text dump glues to the name after them. */
	static final WordList GLUED_PICTURE_WORDS = WordList.of("picture words glued to a name", "Avatar", "Profilbild",
			"Autorenbild", "Foto", "Photo", "Bild", "Image");

	private static final Pattern BY_START = Pattern.compile("^\\s*(?:" + BY_NOUNS.alternation() + "\\s)?(?i:"
			+ BY_WORDS.alternation() + ")(?:\\s?:\\s*(?=\\p{L})|\\s+(?=\\p{Lu}|\\p{Ll}+\\p{Lu}))");

	private static final Pattern GLUED_PICTURES = Pattern
		.compile("^\\s*(?:" + GLUED_PICTURE_WORDS.alternation() + ")+(?=\\p{Lu}\\p{Ll})");

	private OtherLanguageBylines() {
	}

	/**
	 * The byline without a leading "by" of another language and without picture words
	 * glued to the name: "Von Felix Eisenreich" is "Felix Eisenreich".
	 */
	static String withoutBy(String line) {
		String s = GLUED_PICTURES.matcher(line).replaceFirst("");
		return BY_START.matcher(s).replaceFirst("");
	}

}
