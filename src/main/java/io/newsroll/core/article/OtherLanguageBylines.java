package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What bylines in German, French, Spanish, Dutch, Polish, Italian and the Nordic
 * languages put before a name in place of "By" ("Von Felix Eisenreich", "Artikel von:
 * hausinfo", "Par Jean Dupont", "Por Ana Gómez", "Door Jan de Vries", "Przez Jan
 * Kowalski"), the labels with a colon ("Autor: …", "Auteur : …", "Text: …"), the verbs
 * before "by" ("Geschrieben von", "Publié par"), and the picture words a text dump glues
 * to a name ("AvatarAvatarNicole Collignon"). All are word lists; the patterns are built
 * from them.
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

	/** The writer's label before a colon, in the languages above: "Autor: Jan Koch". */
	static final WordList COLON_LABELS = WordList.of("byline labels with a colon, other languages", "Text & Fotos",
			"Text und Fotos", "Texte et photos", "Texto y fotos", "Autorinnen", "Autorin", "Autoren", "Autores",
			"Autore", "Autori", "Autor", "Auteure", "Auteurs", "Auteur", "Verfasserin", "Verfasser", "Texte", "Texto",
			"Testo", "Tekst", "Text", "Words", "Von", "Par", "Por", "Door");

	/** Verbs of writing and publishing before "by": "Geschrieben von", "Publié par". */
	static final WordList BY_VERBS = WordList.of("verbs before 'by', other languages", "Geschrieben", "Verfasst",
			"Erstellt", "Veröffentlicht", "Eingestellt", "Gepostet", "Écrit", "Rédigé", "Publié", "Escrito",
			"Redactado", "Publicado", "Scritto", "Pubblicato", "Geschreven", "Geplaatst", "Napisane", "Opublikowane",
			"Skrevet", "Skriven", "Publicerad");

	/** "and" between two names: "Lars Fischer und Alina Schadwinkel". */
	static final WordList AND_WORDS = WordList.of("'and' between names", "and", "und", "et", "en", "e", "y", "i", "og",
			"och", "oraz");

	/**
	 * Words after the names that start what the byline says next: the day ("von Fabian am
	 * Dienstag"), the section ("von Fatima in Gefühle").
	 */
	static final WordList AFTER_NAMES = WordList.of("words after the names", "am", "um", "im", "in", "le", "el", "il",
			"op", "w", "on", "at", "sagt", "says");

	/**
	 * A by-word where a byline starts: the line's start, after a date, or after a noun or
	 * verb of writing.
	 */
	private static final Pattern BYLINE_BY = Pattern
		.compile("(?:^[\\s•□▪*·>–-]*|(?<=\\d)\\s*|\\b(?:" + BY_NOUNS.alternation() + "|" + BY_VERBS.alternation()
				+ ")\\s)(?i:" + BY_WORDS.alternation() + "|da)" + "\\s?:?\\s+(?=\\p{Lu})");

	/**
	 * A label and its colon at the line's start: "Autor: ", "• Author: " is English's.
	 */
	private static final Pattern LABEL_COLON = Pattern
		.compile("^[\\s•□▪*·>–-]*" + COLON_LABELS.alternation() + "\\s?:\\s*(?=\\p{Lu})");

	/** Where the names end: a wide gap, a separator, a digit, a word after the names. */
	private static final Pattern NAMES_END = Pattern.compile("\\s{3,}.*$|\\s?[|•·/]+.*$|\\s[–—-]\\s.*$"
			+ "|(?<=\\p{Ll})(?=\\d{1,4}[./-]\\d).*$|\\s\\(?\\d.*$|\\s" + AFTER_NAMES.alternation() + "\\b.*$");

	private static final Pattern NAME_SEPARATOR = Pattern
		.compile("\\s*(?:[,;&]|\\s" + AND_WORDS.alternation() + "\\s)\\s*");

	/**
	 * A person's name or a handle: capitalised words ("Gàbor Muniér", "Marianne1", "Boris
	 * T. Kaiser").
	 */
	private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}\\d'’.-]*(?:\\s(?:"
			+ BylineWords.NAME_PARTICLES.alternation() + "|\\p{Lu}[\\p{L}'’.-]*)){0,3}");

	private static final Pattern ROLE = Pattern.compile("(?i)\\b" + BylineWords.ROLE_WORDS.alternation() + "\\b");

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

	/**
	 * The names of a byline in one of these languages: "Von Volkmar Kabisch, Jan Lukas
	 * Strozyk und Benedikt Strunz, NDR", "Autor: Gàbor Muniér, Datum: 03.Mär.19", "22.
	 * Dezember 2019 von Peter Addor", "Geschrieben von Cooper am 25.08.2015". Empty when
	 * the line is no such byline.
	 */
	static List<String> byline(String line) {
		if (line.length() > 200) {
			return List.of();
		}
		String text = GLUED_PICTURES.matcher(line).replaceFirst("");
		Matcher label = LABEL_COLON.matcher(text);
		int start;
		if (label.lookingAt()) {
			start = label.end();
		}
		else {
			Matcher by = BYLINE_BY.matcher(text);
			if (!by.find()) {
				return List.of();
			}
			start = by.end();
		}
		String span = NAMES_END.matcher(text.substring(start)).replaceFirst("").strip();
		List<String> names = new ArrayList<>();
		String[] parts = NAME_SEPARATOR.split(span, -1);
		for (String part : parts) {
			String name = part.strip();
			if (!NAME.matcher(name).matches() || ROLE.matcher(name).find()) {
				// "Datum: 03.Mär.19" after the names ends them
				break;
			}
			if (name.indexOf(' ') < 0 && parts.length > 1) {
				// one word beside others is an outlet or a place ("…, NDR", "…, IFZ,
				// Oktober") or no byline at all ("Von Menschen und Mäusen"): a name
				// of one word (a first name, a handle) stands alone
				break;
			}
			if (!names.contains(name)) {
				names.add(name);
			}
		}
		return names;
	}

}
