package io.newsroll.core.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a roster block among a page's text lines: a short heading such as 全总领导, 领导班子, 主席团
 * or 常委会成员, followed (blank lines aside) by at least {@value #MIN_MEMBERS} lines of "name
 * titles", where the name is two to four Chinese characters, possibly padded ("陈 刚",
 * "马&nbsp;&nbsp; 璐"), and the titles contain a role word (主席, 书记, 部长 …). Article
 * paragraphs, bylines and navigation do not have that shape, so they do not start or
 * continue a block.
 */
public final class PageRosters {

	/** Fewer member lines than this is a coincidence, not a roster. */
	public static final int MIN_MEMBERS = 3;

	private static final int MAX_HEADING_CHARS = 16;

	private static final int MAX_TITLES_CHARS = 160;

	/** Padding spreads names of two or three characters, never longer ones. */
	private static final int MAX_PADDED_NAME_CHARS = 3;

	private static final String HEADING_WORDS = "领导|领导班子|领导成员|领导名单|领导人|领导之窗|领导介绍|领导信息|领导分工|班子成员|主席团|主席团成员|常委会成员|委员会成员|党组成员|成员名单|委员名单|名单";

	private static final Pattern HEADING = Pattern.compile("^\\p{IsHan}{0,12}(" + HEADING_WORDS + ")$");

	/** The last character of each heading word. */
	private static final String HEADING_LAST_CHARS = lastChars(HEADING_WORDS);

	private PageRosters() {
	}

	/**
	 * Returns the first roster block of the page.
	 * @param file the page's file as given, recorded in the roster
	 * @param lines the page's text lines
	 * @param asOf the page's publication date, the roster's as-of date (may be null when
	 * unknown)
	 * @return the roster, or empty when the page has none
	 */
	public static Optional<Roster> find(String file, List<String> lines, LocalDate asOf) {
		for (int i = 0; i < lines.size(); i++) {
			if (!mayBeHeading(lines.get(i))) {
				continue;
			}
			String heading = RosterText.clean(lines.get(i));
			if (!isHeading(heading)) {
				continue;
			}
			List<RosterMember> members = new ArrayList<>();
			int j = i + 1;
			while (j < lines.size()) {
				String line = lines.get(j);
				if (RosterText.strip(line).isEmpty()) {
					j++;
					continue;
				}
				Optional<RosterMember> member = member(line);
				if (member.isEmpty()) {
					break;
				}
				members.add(member.get());
				j++;
			}
			if (members.size() >= MIN_MEMBERS) {
				return Optional.of(new Roster(heading, asOf, file, members));
			}
		}
		return Optional.empty();
	}

	/**
	 * A cheap test every line passes before {@link #isHeading}: a heading ends in the
	 * last character of one of its words. Cleaning the line first would cost more than
	 * all the rest on a page without a roster.
	 */
	private static boolean mayBeHeading(String raw) {
		for (int i = raw.length() - 1; i >= 0; i--) {
			char c = raw.charAt(i);
			if (!RosterText.isSpace(c) && !RosterText.isZeroWidth(c)) {
				return HEADING_LAST_CHARS.indexOf(c) >= 0;
			}
		}
		return false;
	}

	private static String lastChars(String words) {
		StringBuilder chars = new StringBuilder();
		for (String word : words.split("\\|")) {
			char last = word.charAt(word.length() - 1);
			if (chars.indexOf(String.valueOf(last)) < 0) {
				chars.append(last);
			}
		}
		return chars.toString();
	}

	static boolean isHeading(String line) {
		return !line.isEmpty() && line.length() <= MAX_HEADING_CHARS && HEADING.matcher(line).matches();
	}

	/**
	 * Reads one "name titles" line. The name is the first whitespace-separated token when
	 * it has two to four Chinese characters; a one-character token is a padded name and
	 * is joined with the following one-character tokens ("陈 刚", "马 璐"), up to three
	 * characters. The titles must start with a word of two characters or more and their
	 * first segment must end in a role word.
	 */
	static Optional<RosterMember> member(String line) {
		String text = RosterText.strip(line);
		List<int[]> tokens = tokens(text);
		if (tokens.size() < 2) {
			return Optional.empty();
		}
		int nameChars = 0;
		int last = -1;
		for (int k = 0; k < tokens.size() - 1; k++) {
			String token = text.substring(tokens.get(k)[0], tokens.get(k)[1]);
			boolean padded = k > 0 || token.length() == 1;
			if (!RosterText.isHan(token) || (k > 0 && token.length() != 1)
					|| nameChars + token.length() > (padded ? MAX_PADDED_NAME_CHARS : 4)) {
				break;
			}
			nameChars += token.length();
			last = k;
			if (token.length() > 1 || nameChars >= 2 && !isSingleHan(text, tokens, k + 1)) {
				break;
			}
		}
		if (last < 0 || nameChars < 2) {
			return Optional.empty();
		}
		String rawName = text.substring(0, tokens.get(last)[1]);
		String titlesRaw = RosterText.strip(text.substring(tokens.get(last)[1]));
		int[] firstTitleToken = tokens.get(last + 1);
		if (titlesRaw.length() > MAX_TITLES_CHARS || titlesRaw.endsWith("。")
				|| firstTitleToken[1] - firstTitleToken[0] < 2 || !RosterText.isHan(titlesRaw.charAt(0))) {
			return Optional.empty();
		}
		List<Title> titles = TitleParser.parse(titlesRaw, null);
		// the first title must end in a role word: "主席指出…" or "记者 主任 报道" are prose, not
		// titles
		if (titles.isEmpty() || RoleWords.longestRoleSuffix(titles.get(0).title()) == null) {
			return Optional.empty();
		}
		return Optional.of(new RosterMember(PersonNames.normalize(rawName), rawName, titlesRaw, titles, Map.of()));
	}

	private static boolean isSingleHan(String text, List<int[]> tokens, int k) {
		if (k >= tokens.size() - 1) {
			return false;
		}
		int[] t = tokens.get(k);
		return t[1] - t[0] == 1 && RosterText.isHan(text.charAt(t[0]));
	}

	/** Start and end offsets of whitespace-separated tokens (any kind of whitespace). */
	private static List<int[]> tokens(String text) {
		List<int[]> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			while (i < text.length() && RosterText.isSpace(text.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < text.length() && !RosterText.isSpace(text.charAt(i))) {
				i++;
			}
			if (i > start) {
				tokens.add(new int[] { start, i });
			}
		}
		return tokens;
	}

}
