package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroll.core.names.MediaOutlets;

/**
 * Reads English bylines: "By A and B", "Written by X", "Author: X", a byline's label
 * alone over the name ("COMMENTARY BY"), a name alone near the headline, a job under the
 * name. Credits for pictures and productions ("Photograph by …", "Presented by …"),
 * outlets after the names ("By Jane Doe, Associated Press") and furniture of a name's
 * shape ("Breaking News") are told apart. The words come from {@link BylineWords}.
 */
final class EnglishBylines {

	private static final Pattern ENGLISH_BY = Pattern.compile("(?:^|\\s|\\d)((?:"
			+ BylineWords.BY_PREFIXES.alternation() + " )?(?:By|BY|by))\\s?[:\\s]\\s*(\\p{Lu}.{1,120})$");

	/** {@link BylineWords#CREDIT_BEFORE_BY}, to look up the word before a "by". */
	private static final Set<String> CREDIT_BEFORE_BY = BylineWords.CREDIT_BEFORE_BY.lowerCaseSet();

	/** "Story and photos by …": the story's byline, though a credit word comes last. */
	private static final Pattern STORY_AND_CREDIT = Pattern
		.compile("(?i)\\b(?:story|text|words|article)\\s(?:and|&)\\s\\w+\\s?$");

	/** {@link BylineWords#BYLINE_BEFORE_BY}, to look up the word before a "by". */
	private static final Set<String> BYLINE_BEFORE_BY = BylineWords.BYLINE_BEFORE_BY.lowerCaseSet();

	/**
	 * A label alone on its line, the name on the next: "By", "COMMENTARY BY", "Written
	 * by:", "Author".
	 */
	private static final Pattern LABEL_ALONE = Pattern
		.compile("(?:(\\p{L}+)\\s)?(?:By|BY|by)\\s?:?|(?i:" + BylineWords.LABELS_ALONE.alternation() + "):?");

	private static final Pattern ENGLISH_NAME = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]*(?:\\s(?:"
			+ BylineWords.NAME_PARTICLES.alternation() + "|[\\p{Lu}][\\p{L}'’.-]*|Jr\\.?|Ph\\.D\\.?)){0,4}$");

	private static final Pattern ENGLISH_END = Pattern.compile("\\s?/.*$|\\s(?:[|•·—–-]|"
			+ DateWords.PUBLISHING_VERBS.alternation() + "|on\\b|" + DateWords.MONTHS.alternation()
			+ "[a-z]*\\.?\\s?\\d|\\d|@)\\s?.*$|\\s+(?:News|Staff|Senior|Contributing)?\\s?(?:Reporter|Writer|Editor|Correspondent)\\b.*$");

	/**
	 * A date or a job title glued to the name by a page dump that lost the markup between
	 * them ("By Kent GermanDec 22, 2023", "By Deborah NetburnStaff Writer"): a capital
	 * right after a lower-case letter starts the tail.
	 */
	private static final Pattern GLUED_TAIL = Pattern.compile("(?<=\\p{Ll})(?:" + DateWords.MONTHS.alternation()
			+ "[a-z]*\\.?\\s?\\d" + "|Staff|Senior|Contributing|Contributor|Correspondent|Reporter|Editor|Writer|"
			+ DateWords.PUBLISHING_VERBS.alternation() + "|Photo).*$");

	private EnglishBylines() {
	}

	/**
	 * "By Chris E. Hayner and Tom Caswell" → two names; also "Dec 19, 2023 by News
	 * Staff", "Written by X".
	 */
	static List<String> englishByline(String line) {
		Matcher labelled = AUTHOR_COLON.matcher(line);
		if (labelled.lookingAt()) {
			// "Author: John Smith" reads as "By John Smith"
			line = "By " + line.substring(labelled.end());
		}
		if (line.length() > 160 || !(line.contains("By") || line.contains("by") || line.contains("BY"))) {
			// every form of ENGLISH_BY has one of these
			return List.of();
		}
		String text = GLUED.matcher(line).replaceAll("$1 $2");
		Matcher m = ENGLISH_BY.matcher(text);
		int from = 0;
		while (true) {
			if (!m.find(from)) {
				return List.of();
			}
			if (isBylineBy(wordBefore(text, m.start(1)), text.charAt(m.end(1) - 2) == 'b')
					|| STORY_AND_CREDIT.matcher(text).region(0, m.start(1)).find()) {
				break;
			}
			// a credit's or a sentence's "by": look further along the line
			from = m.end(1);
		}
		String span = ENGLISH_END.matcher(GLUED_TAIL.matcher(m.group(2)).replaceFirst("")).replaceFirst("");
		int semicolon = span.indexOf(';');
		if (semicolon >= 0) {
			// "Reporting by John Smith; Editing by Mary Jones": the next credit
			span = span.substring(0, semicolon);
		}
		List<String> names = new ArrayList<>();
		Matcher separator = NAME_SEPARATOR.matcher(span);
		int partStart = 0;
		boolean afterComma = false;
		while (partStart <= span.length()) {
			boolean found = separator.find();
			String part = span.substring(partStart, found ? separator.start() : span.length());
			boolean commaBefore = afterComma;
			afterComma = found && separator.group().contains(",");
			partStart = found ? separator.end() : span.length() + 1;
			// "Janelle Ash FOXBusiness": the outlet, glued on as one word, is no name
			String name = OUTLET_WORD.matcher(part).replaceFirst("").trim();
			if (commaBefore && !names.isEmpty() && isOutletAfterComma(name)) {
				// "By Jane Doe, Associated Press", "By Jane Doe and John Roe, CNN"
				break;
			}
			if (!names.isEmpty() && NAME_SUFFIX_AFTER_COMMA.matcher(name).matches()) {
				// "Robert E. Moffit, Ph.D.": a degree or a generation, not a second name
				names.set(names.size() - 1, names.get(names.size() - 1) + ", " + name);
				continue;
			}
			if (WEB_ADDRESS.matcher(name).find()) {
				// "Bob Yirka , Phys.org": the outlet after the names
				break;
			}
			if (!name.isEmpty() && ENGLISH_NAME.matcher(name).matches() && !ENGLISH_ROLE.matcher(name).find()) {
				names.add(name);
			}
			else if (!name.isEmpty()) {
				break;
			}
		}
		return names;
	}

	/**
	 * Whether a "by" after {@code before} (the word in front of it, or {@code null} after
	 * a digit, a mark or the line's start) begins a byline.
	 */
	private static boolean isBylineBy(String before, boolean lowerCaseBy) {
		if (before == null) {
			return true;
		}
		String word = before.toLowerCase(Locale.ROOT);
		if (CREDIT_BEFORE_BY.contains(word)) {
			return false;
		}
		return !lowerCaseBy || !Character.isLowerCase(before.charAt(0)) || BYLINE_BEFORE_BY.contains(word);
	}

	/**
	 * The word that ends at {@code at} or one space before it; {@code null} when a digit
	 * or a mark is there.
	 */
	private static String wordBefore(String text, int at) {
		int end = (at > 0 && Character.isWhitespace(text.charAt(at - 1))) ? at - 1 : at;
		int start = end;
		while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
			start--;
		}
		return (start == end) ? null : text.substring(start, end);
	}

	/**
	 * Whether the line is a byline's label alone, its name on the next line: "By",
	 * "COMMENTARY BY", "Written by:", "Author" (not "Photo by", "Sponsored by").
	 */
	static boolean isBylineLabel(String line) {
		if (line.length() > 30) {
			return false;
		}
		Matcher m = LABEL_ALONE.matcher(line.strip());
		if (!m.matches()) {
			return false;
		}
		return m.group(1) == null || !CREDIT_BEFORE_BY.contains(m.group(1).toLowerCase(Locale.ROOT));
	}

	/**
	 * "Author: John Smith", "Authors: …", "Reporter: …": a label with a colon, English.
	 */
	private static final Pattern AUTHOR_COLON = Pattern
		.compile("\\s*(?i:" + BylineWords.COLON_LABELS.alternation() + ")\\s?:\\s*(?=\\p{Lu})");

	private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");

	/** Words of an outlet's name ({@link MediaOutlets#latinWords()}), or "The" first. */
	static final WordList OUTLET_WORDS = WordList.of("outlet words", MediaOutlets.latinWords());

	private static final Pattern OUTLET_NAME = Pattern.compile("^The\\s|\\b" + OUTLET_WORDS.alternation() + "\\b");

	/**
	 * Whether what follows a name and a comma is the outlet it writes for, not a second
	 * name: one word ("Reuters", "CNN") or words of an outlet ("Associated Press", "The
	 * Washington Post").
	 */
	private static boolean isOutletAfterComma(String part) {
		return !part.isEmpty() && (part.indexOf(' ') < 0 || OUTLET_NAME.matcher(part).find())
				&& !NAME_SUFFIX_AFTER_COMMA.matcher(part).matches();
	}

	/** What follows a name after a comma without being a name: "Ph.D.", "Jr.", "III". */
	private static final Pattern NAME_SUFFIX_AFTER_COMMA = Pattern
		.compile("Ph\\.? ?D\\.?|PhD|M\\.D\\.|MD|Jr\\.?|Sr\\.?|II|III|IV|Esq\\.?|MBA|RN|DDS|CFA|CFP");

	/** A word like an outlet's name: capitals then a capitalised word, "FOXBusiness". */
	private static final Pattern OUTLET_WORD = Pattern.compile("\\s\\p{Lu}{2,}\\p{Lu}\\p{Ll}+\\b.*$");

	/** "Phys.org", "news.example.com": a site's address. */
	private static final Pattern WEB_ADDRESS = Pattern.compile("\\.(?:com|org|net|co|io|gov|edu)\\b");

	/**
	 * Words a page glues to a name: "Courtney CarrPublished:", "Kent GermanDec 22",
	 * "NetburnStaff Writer".
	 */
	private static final Pattern GLUED = Pattern.compile("(\\p{Ll})(By|" + DateWords.PUBLISHING_VERBS.alternation()
			+ "|Staff|Contributing|Senior|Correspondent|Reporter|" + DateWords.MONTHS.alternation() + ")");

	private static final Pattern ENGLISH_ROLE = Pattern
		.compile("(?i)\\b" + BylineWords.ROLE_WORDS.alternation() + "\\b");

	/** A job alone on a line under an author's name: "Forbes Staff", "Deputy Editor". */
	private static final Pattern JOB_TITLE = Pattern
		.compile("(?:\\p{Lu}[\\p{L}&-]*\\s){0,3}" + BylineWords.JOB_TITLES.alternation());

	/** Whether the line is only a job: "Forbes Staff", "Senior Shopping Reporter". */
	static boolean isJobTitle(String line) {
		return line.length() <= 50 && JOB_TITLE.matcher(line.strip()).matches();
	}

	/** {@link BylineWords#SECTION_WORDS}, to look up a word. */
	private static final Set<String> SECTION_WORDS = BylineWords.SECTION_WORDS.lowerCaseSet();

	private static boolean hasSectionWord(String[] words) {
		for (String word : words) {
			if (SECTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	private static final Pattern BARE_NAME_TAIL = Pattern.compile("\\s[•|·]\\s.*$");

	private static final Pattern WIDE_GAP_TAIL = Pattern.compile("\\s{3,}.*$");

	private static final Pattern ENGLISH_LINE_NOISE = Pattern
		.compile("(?i)\\b(?:" + DateWords.PUBLISHING_VERBS.alternation()
				+ "|staff writer|contributing writer|senior writer|correspondent|reporter|editor)\\b.*$");

	/**
	 * A line near the headline that is only a person's name (maybe with a date): "Matt
	 * Vespa", "Liz Hoggard 19 December 2023 • 3:54pm". Two to four capitalised words.
	 */
	static List<String> englishBareName(String line, String withoutDate) {
		if (line.length() > 80) {
			return List.of();
		}
		String rest = ENGLISH_LINE_NOISE.matcher(withoutDate).replaceFirst("");
		// "John Garcia Jr. • Rivals.com": the name, then the outlet or a date;
		// "Kaitlyn McCormick Cherry Hill Courier-Post": the outlet after a wide gap
		rest = BARE_NAME_TAIL.matcher(rest).replaceFirst("");
		rest = WIDE_GAP_TAIL.matcher(rest.strip()).replaceFirst("");
		rest = rest.replaceAll("[|•·,;/–—-]+\\s*$", "").replaceAll("^\\s*[|•·–—-]+", "").trim();
		String[] words = rest.split("\\s+");
		if (words.length < 2 || words.length > 4 || !ENGLISH_NAME.matcher(rest).matches()
				|| ENGLISH_ROLE.matcher(rest).find() || isBylineLabel(rest) || hasSectionWord(words)) {
			// "Author Photo", "National Recruiting Analyst", "COMMENTARY BY", "Breaking
			// News" have a name's shape
			return List.of();
		}
		return List.of(rest);
	}

	private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s+[|•·]\\s+|\\s+[–—-]\\s+");

	private static final Pattern DIGIT = Pattern.compile("\\d");

	/**
	 * A row of fields split by bars or dots, where every field but one is a date or a
	 * time and that one is a name: "04.02.2022 | 13:10 Uhr | Jana Beispiel". A second
	 * field of words (a section, "7 comments" aside) makes it no byline.
	 */
	static List<String> nameAmongDates(String line) {
		if (line.length() > 100) {
			return List.of();
		}
		String[] fields = FIELD_SEPARATOR.split(line.strip());
		if (fields.length < 2) {
			return List.of();
		}
		List<String> name = List.of();
		int dated = 0;
		int at = -1;
		for (int i = 0; i < fields.length; i++) {
			String f = fields[i].strip();
			if (f.isEmpty() || DIGIT.matcher(f).find()) {
				dated++;
				continue;
			}
			List<String> names = englishBareName(f, f);
			if (names.isEmpty() || !name.isEmpty()) {
				return List.of();
			}
			name = names;
			at = i;
		}
		// the name first ("Jana Beispiel · 3 March 2021") or after a date and a time: one
		// date before a name-shaped field is as often a section ("04.02.2022 | Aktuelle
		// Meldungen")
		return (at == 0 || dated >= 2) ? name : List.of();
	}

}
