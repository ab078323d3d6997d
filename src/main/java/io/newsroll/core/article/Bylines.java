package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroll.core.names.ChineseSurnames;
import io.newsroll.core.names.CreditFields;
import io.newsroll.core.roster.PersonNames;
import io.newsroll.core.text.ChineseText;

/**
 * Reads the lines around a news article that say who wrote it, who edited it and where it
 * comes from, as Chinese pages write them: 作者：, 记者, 本报讯（记者 A 通讯员 B）, 文/, 来源：, 编辑/责任编辑：,
 * (作者为…), and rows of fields ("By A | 来源：B"). Roles (记者, 通讯员, 实习生) are kept apart from
 * names, and padded names ("陈 刚") are joined. English bylines are
 * {@link EnglishBylines}'; the words of both are {@link BylineWords}.
 */
final class Bylines {

	/** Role words that precede names in Chinese bylines: {@link BylineWords#ROLES}. */
	private static final String ROLES = BylineWords.ROLES.alternation();

	private static final Pattern AUTHOR_LABEL = Pattern
		.compile("(?:^|[\\s（(【\\[|｜丨/，,;；:：])[^\\s（(【\\[|｜丨/，,;；:：]{0,6}?(" + ROLES
				+ ")\\s{0,3}[:：丨｜|/]?\\s{0,3}|(?:^|[\\s（(【\\[])(?:" + BylineWords.WRITER_MARKS.alternation()
				+ "|文\\s?图)\\s{0,2}[:：丨｜|/]\\s{0,2}");

	/**
	 * Where the names after a label end: another label, a date, a closing bracket, a
	 * sentence mark.
	 */
	private static final Pattern NAMES_END = Pattern.compile("\\s{3}|" + BylineWords.NAME_ENDERS.alternation() + "|\\s"
			+ BylineWords.PHOTO_ROLES.alternation() + "|\\d{4}|\\d{1,2}月|[）)】\\]。；;:：!！?？|｜丨]");

	private static final Pattern ROLE_SPLIT = Pattern.compile("[^\\s、，,:：/|｜丨（(]{0,6}?(?:" + ROLES + ")");

	private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s、，,;；/和与及&]+");

	private static final Pattern NAME_SUFFIX = Pattern
		.compile("(?:" + BylineWords.NAME_SUFFIXES.alternation() + "|发自\\S*)$");

	private static final Pattern DATELINE = Pattern.compile("^(?:" + BylineWords.DATELINE_OPENERS.alternation()
			+ "|[^（(]{0,24}?" + BylineWords.DATELINE_MARKS.alternation() + ")\\s?[（(]([^）)]{2,40})[）)]");

	private static final Pattern TRAILING_CREDIT = Pattern
		.compile("[（(]\\s?(\\p{IsHan}{0,6}?(?:" + ROLES + ")[^）)]{2,30})[）)]\\s?$");

	/**
	 * A writer's mark closing the last paragraph, the names after it: (文/图 刘玺东 易赛楠),
	 * (文/张三), glued in a text dump (文/图刘玺东易赛楠). A picture's credit alone (图/…) is none.
	 */
	private static final Pattern TRAILING_WRITER = Pattern
		.compile("[（(]\\s?(?:(?:文\\s?[/／]\\s?图|图\\s?[/／]\\s?文)\\s?[/／:：]?|(?:" + BylineWords.WRITER_MARKS.alternation()
				+ ")\\s?[/／:：])\\s?([^）)/／]{2,30})[）)]\\s?$");

	/**
	 * A credit in brackets that is only a name, or a name and where it was reported:
	 * （袁源）, (姚峰 上海报道).
	 */
	private static final Pattern CREDIT = Pattern.compile("[（(]\\s?(\\p{IsHan}{2,6}?)(?:\\s(\\p{IsHan}{2,4}))?("
			+ BylineWords.CREDIT_MARKS.alternation() + ")?\\s?[）)]");

	private static final Pattern EDITOR = Pattern
		.compile("(?:^|[\\s（(【\\[|｜丨])" + BylineWords.EDITOR_LABELS.alternation()
				+ "\\s{0,2}[:：丨｜|]?\\s{0,2}([\\p{IsHan}·•][\\p{IsHan}·•\\s]{0,12})");

	private static final Pattern SOURCE = Pattern.compile(
			"(?:^|[\\s（(【\\[|｜丨\\d:：])" + BylineWords.SOURCE_LABELS.alternation() + "\\s{0,2}[:：]\\s{0,2}(\\S.{0,60})");

	/**
	 * A source label glued to the text before it, as a text dump joins the cells of a
	 * field row ("版权声明来源:当代商报时间:…"); not a picture's or a video's (图片来源, 视频来源).
	 */
	private static final Pattern GLUED_SOURCE = Pattern
		.compile("(?<![图片频])" + BylineWords.SOURCE_LABELS.alternation() + "\\s{0,2}[:：]\\s{0,2}(\\S.{0,60})");

	/** A field's label and its colon: 时间：, 作者：, 浏览次数：. */
	private static final Pattern FIELD_LABEL = Pattern
		.compile(BylineWords.FIELD_LABELS.alternation() + "\\s{0,2}[:：]|\\d{4}[-年/.]\\d{1,2}");

	private static final Pattern SOURCE_END = Pattern
		.compile("\\s{2,}|\\s?[|｜丨]|\\s(?=" + BylineWords.SOURCE_ENDERS.alternation() + "|\\d{4})|(?="
				+ BylineWords.GLUED_SOURCE_ENDERS.alternation() + "|\\d{4}[-年/.]\\d)|[）)】]$");

	private static final Pattern PUBLICATION = Pattern.compile("《([^》]{1,30})》");

	private static final Pattern AUTHOR_NOTE = Pattern
		.compile("^[（(]\\s?(" + BylineWords.AUTHOR_NOTES.alternation() + "[^）)]{2,120})[）)]$");

	private Bylines() {
	}

	private static final Pattern LABEL_BEFORE_BAR = Pattern
		.compile("^(?:" + BylineWords.WRITER_MARKS.alternation() + "|" + ROLES + ")\\s{0,2}[|｜丨]\\s{0,2}\\S");

	/**
	 * A cell of a bar-separated line that is a field of the article, not a menu entry: a
	 * byline ("By John Smith") or a Chinese label with its colon ("来源：工人日报").
	 */
	private static final Pattern FIELD_CELL = Pattern
		.compile("\\s*(?:(?:By|BY|by)\\s\\p{Lu}" + "|" + BylineWords.FIELD_LABELS.alternation() + "\\s{0,2}[:：])");

	/**
	 * Whether a line with bars is a row of the article's fields ("By John Smith | Dec 21,
	 * 2023 | 5 min read", "发布时间：… | 来源：工人日报 | 作者：王五", "文|张三 李四") rather than a menu: one
	 * of its cells is a byline or a labelled field, or it starts with an author label and
	 * a bar.
	 */
	static boolean isFieldRow(String line) {
		if (LABEL_BEFORE_BAR.matcher(line).lookingAt()) {
			return true;
		}
		Matcher m = FIELD_CELL.matcher(line);
		int start = 0;
		for (int i = 0; i <= line.length(); i++) {
			if (i == line.length() || line.charAt(i) == '|' || line.charAt(i) == '｜') {
				if (m.region(start, i).lookingAt()) {
					return true;
				}
				start = i + 1;
			}
		}
		return false;
	}

	/** Names after an explicit author label in the line (作者：, 记者, 文/, 本报记者). */
	static List<String> labelledAuthors(String line) {
		if (!hasAnyOf(line, LABEL_MARKS)) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		Matcher m = AUTHOR_LABEL.matcher(line);
		int from = 0;
		while (from < line.length() && m.find(from)) {
			if (m.group(1) != null && BylineWords.PHOTO_ROLES.words().contains(m.group(1))) {
				// 摄影：张三 credits the pictures, not the text
				from = m.end();
				continue;
			}
			String rest = line.substring(m.end());
			Matcher end = NAMES_END.matcher(rest);
			boolean ended = end.find();
			String span = ended ? rest.substring(0, end.start()) : rest;
			if (ended && isColon(rest.charAt(end.start()))) {
				// "作者：张三 单位：某大学": the word before a colon is the next label
				int space = span.stripTrailing().lastIndexOf(' ');
				span = (space > 0) ? span.substring(0, space) : "";
			}
			for (String name : names(span)) {
				if (!names.contains(name)) {
					names.add(name);
				}
			}
			from = Math.max(m.end(), from + 1);
			if (!names.isEmpty() && span.length() > 0) {
				from = m.end() + span.length();
			}
		}
		return names;
	}

	private static boolean isColon(char c) {
		return c == ':' || c == '：';
	}

	/**
	 * One of these characters is in every author label: the character every writer mark
	 * has (文 of 文/, 图文) and the last characters of the {@link BylineWords#ROLES}. A line
	 * without any has no label, and answers without the pattern. All are Han.
	 */
	private static final String LABEL_MARKS = BylineWords.WRITER_MARKS.sharedChars() + BylineWords.ROLES.lastChars();

	/**
	 * The character every editor label has (编 of 编辑, 责编): most lines answer without the
	 * pattern.
	 */
	private static final String EDITOR_MARK = BylineWords.EDITOR_LABELS.sharedChars();

	/** The last characters of the source labels (源 of 来源, 处 of 出处). */
	private static final String SOURCE_MARKS = BylineWords.SOURCE_LABELS.lastChars();

	private static boolean hasAnyOf(String line, String hanChars) {
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c >= '\u2e80' && hanChars.indexOf(c) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** Names in a dateline's brackets: 本报讯（记者 叶婉）, 新华社北京5月9日电（记者邹伟 通讯员 王五）. */
	static List<String> datelineAuthors(String line) {
		Matcher m = DATELINE.matcher(line);
		if (!m.find()) {
			return List.of();
		}
		String inner = m.group(1);
		if (!ROLE_SPLIT.matcher(inner).find()) {
			return List.of();
		}
		return names(inner);
	}

	/** A credit closing the last paragraph: （记者 张三）, (文/图 张三 李四). */
	static List<String> trailingCredit(String line) {
		Matcher m = TRAILING_CREDIT.matcher(line);
		if (m.find()) {
			return names(m.group(1));
		}
		Matcher w = TRAILING_WRITER.matcher(line);
		return w.find() ? names(w.group(1)) : List.of();
	}

	/** A line after the body that is only a bracketed credit: （袁源）, (姚峰上海报道). */
	static List<String> creditLine(String line) {
		Matcher m = CREDIT.matcher(line);
		if (!m.find() || m.start() > 2) {
			return List.of();
		}
		String name = m.group(1);
		if (m.group(2) == null && m.group(3) != null && name.length() >= 4) {
			// (姚峰上海报道): a name of two or three characters, then the place
			name = name.substring(0, (name.length() >= 5) ? 3 : 2);
		}
		else if (m.group(2) == null && m.group(3) == null && name.length() > 4) {
			return List.of();
		}
		return hasSurname(name) ? names(name) : List.of();
	}

	/** A credit closing the last paragraph: ...的过程吗?”(姚峰上海报道). */
	static List<String> closingCredit(String paragraph) {
		Matcher m = CREDIT.matcher(paragraph);
		List<String> found = List.of();
		while (m.find()) {
			if (paragraph.length() - m.end() <= 4) {
				found = creditLine(paragraph.substring(m.start()));
			}
		}
		return found;
	}

	/** A line that is only names (and maybe a date): "李明", "陈 刚 李四 2019-05-21". */
	static List<String> bareNames(String line) {
		if (line.length() > 24) {
			return List.of();
		}
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (!ChineseText.isHan(c) && c != ' ' && c != '、' && c != '·') {
				return List.of();
			}
		}
		List<String> names = names(line);
		for (String name : names) {
			if (!hasSurname(name)) {
				return List.of();
			}
		}
		int hanInNames = 0;
		for (String n : names) {
			hanInNames += n.length();
		}
		return (hanInNames == ChineseText.hanCount(line)) ? names : List.of();
	}

	/**
	 * Splits a span of a byline into names: role words and separators go, single
	 * characters next to each other are one padded name, tokens must be two to four Han
	 * characters (or a Latin name).
	 */
	static List<String> names(String span) {
		String text = ROLE_SPLIT.matcher(ChineseText.foldWidth(span)).replaceAll(" ");
		String[] tokens = NAME_SEPARATORS.split(text.trim());
		List<String> names = new ArrayList<>();
		StringBuilder padded = new StringBuilder();
		for (String token : tokens) {
			if (token.isEmpty()) {
				continue;
			}
			if (token.length() == 1 && ChineseText.isHan(token.charAt(0))) {
				padded.append(token);
				if (padded.length() == 3) {
					addName(names, padded.toString());
					padded.setLength(0);
				}
				continue;
			}
			if (padded.length() > 0) {
				addName(names, padded.toString());
				padded.setLength(0);
			}
			String t = NAME_SUFFIX.matcher(token).replaceFirst("");
			if (t.length() >= 2 && t.length() <= 4 && ChineseText.isAllHan(t)) {
				addName(names, t);
			}
			else if (t.length() >= 5 && t.length() <= 9 && ChineseText.isAllHan(t) && splitRun(t) != null) {
				for (String name : splitRun(t)) {
					addName(names, name);
				}
			}
			else if (t.length() >= 2 && t.length() <= 6 && t.indexOf('·') > 0) {
				addName(names, t);
			}
			else {
				return names.isEmpty() ? List.of() : names;
			}
		}
		if (padded.length() > 0) {
			addName(names, padded.toString());
		}
		return names;
	}

	/**
	 * Cuts a run of two or three names written without separators into names of two or
	 * three characters that each start with a family name: the one way with the fewest
	 * names (three-character names are the common ones), none when two ways tie.
	 */
	static List<String> splitRun(String run) {
		List<List<String>> ways = new ArrayList<>();
		cut(run, new ArrayList<>(), ways);
		int fewest = ways.stream().mapToInt(List::size).min().orElse(0);
		List<List<String>> best = ways.stream().filter((w) -> w.size() == fewest).toList();
		return (best.size() == 1) ? best.get(0) : null;
	}

	private static void cut(String rest, List<String> sofar, List<List<String>> ways) {
		if (rest.isEmpty()) {
			if (sofar.size() >= 2) {
				ways.add(new ArrayList<>(sofar));
			}
			return;
		}
		if (ChineseSurnames.prefixLength(rest) == 0) {
			return;
		}
		for (int len = 2; len <= 3 && len <= rest.length(); len++) {
			sofar.add(rest.substring(0, len));
			cut(rest.substring(len), sofar, ways);
			sofar.remove(sofar.size() - 1);
		}
	}

	static boolean hasSurname(String name) {
		return ChineseSurnames.prefixLength(name) > 0;
	}

	private static void addName(List<String> names, String raw) {
		String name = PersonNames.normalize(raw);
		if (name.length() >= 2 && !names.contains(name)) {
			names.add(name);
		}
	}

	static String editor(String line) {
		if (!hasAnyOf(line, EDITOR_MARK)) {
			return null;
		}
		Matcher m = EDITOR.matcher(line);
		if (!m.find()) {
			return null;
		}
		// up to the next role, without staff codes: "编辑刘晓阳校对李铭" is 刘晓阳
		List<String> people = CreditFields.editors(line.substring(m.start(1)));
		if (!people.isEmpty()) {
			return people.get(0);
		}
		List<String> names = names(m.group(1));
		return names.isEmpty() ? null : names.get(0);
	}

	static String source(String line) {
		if (!hasAnyOf(line, SOURCE_MARKS)) {
			return null;
		}
		Matcher m = SOURCE.matcher(line);
		if (!m.find()) {
			m = GLUED_SOURCE.matcher(line);
			if (!isFieldLine(line) || !m.find()) {
				return null;
			}
		}
		String rest = m.group(1);
		Matcher end = SOURCE_END.matcher(rest);
		if (end.find()) {
			rest = rest.substring(0, end.start());
		}
		rest = rest.trim();
		return (rest.isEmpty() || rest.startsWith("http")) ? null : rest;
	}

	/**
	 * Whether the line holds two labelled fields, or one and a date: a row of the
	 * article's fields, where a source label may be glued to the cell before it.
	 */
	private static boolean isFieldLine(String line) {
		Matcher m = FIELD_LABEL.matcher(line);
		int found = 0;
		while (m.find() && found < 2) {
			found++;
		}
		return found >= 2;
	}

	/**
	 * The source of a row of fields or of a credit line, not of a credit in brackets
	 * after a text: "时间：… 来源：新京报" and "（来源：新华社）" name the article's source,
	 * "…被电信停机（来源：梨视频）" a video's.
	 */
	static String fieldSource(String line) {
		String source = source(line);
		if (source == null) {
			return null;
		}
		int at = line.indexOf(source);
		int open = 0;
		int first = 0;
		while (first < line.length() && Character.isWhitespace(line.charAt(first))) {
			first++;
		}
		// a bracket opening the line is a credit line's own: （来源：新华社）
		for (int i = first + 1; i < Math.max(0, at); i++) {
			char c = line.charAt(i);
			open += (c == '（' || c == '(' || c == '【' || c == '[') ? 1
					: (c == '）' || c == ')' || c == '】' || c == ']') ? -1 : 0;
		}
		return (open > 0) ? null : source;
	}

	/**
	 * The publication a source names: 工人日报 in 中工网——《工人日报》; the source itself otherwise.
	 */
	static String publication(String source) {
		if (source == null) {
			return null;
		}
		Matcher m = PUBLICATION.matcher(source);
		if (m.find()) {
			return m.group(1).trim();
		}
		return source.contains("——") ? source.substring(source.lastIndexOf("——") + 2).trim() : source;
	}

	static String authorNote(String line) {
		Matcher m = AUTHOR_NOTE.matcher(line);
		return m.find() ? m.group(1).trim() : null;
	}

	static boolean isCredit(String line) {
		return editor(line) != null || source(line) != null || AUTHOR_NOTE.matcher(line).find();
	}

}
