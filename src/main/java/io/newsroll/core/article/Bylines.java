package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroll.core.roster.PersonNames;
import io.newsroll.core.text.ChineseText;

/**
 * Reads the lines around a news article that say who wrote it, who edited it and where it
 * comes from, as Chinese and English pages write them: 作者：, 记者, 本报讯（记者 A 通讯员 B）, 文/, 来源：,
 * 编辑/责任编辑：, (作者为…), "By A and B". Roles (记者, 通讯员, 实习生) are kept apart from names, and
 * padded names ("陈 刚") are joined.
 */
final class Bylines {

	/** Role words that precede names in Chinese bylines. */
	private static final String ROLES = "本报记者|本报通讯员|特约记者|见习记者|首席记者|实习记者|新华社记者|记者|通讯员|实习生|作者|撰文|撰稿|采写|文字|摄影记者|摄影|编译|整理|口述";

	private static final Pattern AUTHOR_LABEL = Pattern
		.compile("(?:^|[\\s（(【\\[|｜丨/，,;；:：])[^\\s（(【\\[|｜丨/，,;；:：]{0,6}?(" + ROLES
				+ ")\\s{0,3}[:：丨｜|/]?\\s{0,3}|(?:^|[\\s（(【\\[])(?:文|图文|文图|文\\s?图)\\s{0,2}[:：丨｜|/]\\s{0,2}");

	/**
	 * Where the names after a label end: another label, a date, a closing bracket, a
	 * sentence mark.
	 */
	private static final Pattern NAMES_END = Pattern.compile(
			"\\s{3}|来源|出处|稿源|责任编辑|责编|编辑|审核|校对|发布|发表|时间|日期|浏览|点击|阅读|字号|评论|分享|\\d{4}|\\d{1,2}月|[）)】\\]。；;:：!！?？|｜丨]");

	private static final Pattern ROLE_SPLIT = Pattern.compile("[^\\s、，,:：/|｜丨（(]{0,6}?(?:" + ROLES + ")");

	private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s、，,;；/和与及&]+");

	private static final Pattern NAME_SUFFIX = Pattern.compile("(?:报道|摄影|摄|发自\\S*|电|讯|等)$");

	private static final Pattern DATELINE = Pattern
		.compile("^(?:本报讯|本刊讯|[^（(]{0,24}?(?:电|讯|消息))\\s?[（(]([^）)]{2,40})[）)]");

	private static final Pattern TRAILING_CREDIT = Pattern
		.compile("[（(]\\s?(\\p{IsHan}{0,6}?(?:" + ROLES + ")[^）)]{2,30})[）)]\\s?$");

	/**
	 * A credit in brackets that is only a name, or a name and where it was reported:
	 * （袁源）, (姚峰 上海报道).
	 */
	private static final Pattern CREDIT = Pattern
		.compile("[（(]\\s?(\\p{IsHan}{2,6}?)(?:\\s(\\p{IsHan}{2,4}))?(报道|摄|供稿)?\\s?[）)]");

	/** Chinese family names, to cut runs of names written without separators (刘国栋周炜). */
	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

	private static final Pattern EDITOR = Pattern.compile(
			"(?:^|[\\s（(【\\[|｜丨])(?:责任编辑|责编|值班编辑|实习编辑|编辑)\\s{0,2}[:：丨｜|]?\\s{0,2}([\\p{IsHan}·•][\\p{IsHan}·•\\s]{0,12})");

	private static final Pattern SOURCE = Pattern
		.compile("(?:^|[\\s（(【\\[|｜丨\\d])(?:文章来源|稿件来源|新闻来源|来源|出处|稿源)\\s{0,2}[:：]\\s{0,2}(\\S.{0,60})");

	private static final Pattern SOURCE_END = Pattern.compile(
			"\\s{2,}|\\s?[|｜丨]|\\s(?=作者|记者|编辑|责任编辑|责编|发布|时间|日期|浏览|点击|阅读|字号|\\d{4})|(?=作者[:：]|编辑[:：]|责任编辑|发布时间|\\d{4}[-年/.]\\d)|[）)】]$");

	private static final Pattern PUBLICATION = Pattern.compile("《([^》]{1,30})》");

	private static final Pattern AUTHOR_NOTE = Pattern.compile("^[（(]\\s?(作者(?:为|系|是|单位)[^）)]{2,120})[）)]$");

	private static final Pattern ENGLISH_BY = Pattern
		.compile("(?:^|\\s|\\d)((?:Written |Words |Story |Reporting )?(?:By|BY|by))\\s?[:\\s]\\s*(\\p{Lu}.{1,120})$");

	/**
	 * Words before "by" that make the rest a credit for a picture or a production, or a
	 * sponsor: "Photograph by Rob Brunner.", "Video by MEGA Media.", "Presented by …".
	 */
	private static final Set<String> CREDIT_BEFORE_BY = Set.of("photo", "photos", "photograph", "photographs",
			"photography", "video", "videos", "image", "images", "illustration", "illustrations", "graphic", "graphics",
			"art", "artwork", "design", "designed", "animation", "map", "maps", "chart", "charts", "produced", "edited",
			"presented", "sponsored", "powered", "provided", "supported", "funded", "courtesy", "reviewed", "checked",
			"translated", "narrated", "hosted");

	/** "Story and photos by …": the story's byline, though a credit word comes last. */
	private static final Pattern STORY_AND_CREDIT = Pattern
		.compile("(?i)\\b(?:story|text|words|article)\\s(?:and|&)\\s\\w+\\s?$");

	/**
	 * Words before a lower-case "by" that still make it a byline ("Written by", "Posted
	 * by"); after any other lower-case word the "by" is a sentence's ("surrounded by").
	 */
	private static final Set<String> BYLINE_BEFORE_BY = Set.of("written", "words", "story", "reporting", "reported",
			"posted", "published", "text", "compiled", "commentary", "analysis", "opinion", "column", "and");

	/**
	 * A label alone on its line, the name on the next: "By", "COMMENTARY BY", "Written
	 * by:", "Author".
	 */
	private static final Pattern LABEL_ALONE = Pattern
		.compile("(?:(\\p{L}+)\\s)?(?:By|BY|by)\\s?:?|(?i:authors?|about the author):?");

	private static final Pattern ENGLISH_NAME = Pattern.compile(
			"^\\p{Lu}[\\p{L}'’.-]*(?:\\s(?:de|van|von|der|da|di|la|le|bin|al|[\\p{Lu}][\\p{L}'’.-]*|Jr\\.?|Ph\\.D\\.?)){0,4}$");

	private static final Pattern ENGLISH_END = Pattern.compile(
			"\\s(?:[|•·—–-]|/|Updated|Published|Posted|on\\b|(?:Dec|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov)[a-z]*\\.?\\s?\\d|\\d|@)\\s?.*$|\\s+(?:News|Staff|Senior|Contributing)?\\s?(?:Reporter|Writer|Editor|Correspondent)\\b.*$");

	/**
	 * A date or a job title glued to the name by a page dump that lost the markup between
	 * them ("By Kent GermanDec 22, 2023", "By Deborah NetburnStaff Writer"): a capital
	 * right after a lower-case letter starts the tail.
	 */
	private static final Pattern GLUED_TAIL = Pattern
		.compile("(?<=\\p{Ll})(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s?\\d"
				+ "|Staff|Senior|Contributing|Contributor|Correspondent|Reporter|Editor|Writer|Updated|Published|Posted|Photo).*$");

	private Bylines() {
	}

	private static final Pattern LABEL_BEFORE_BAR = Pattern
		.compile("^(?:文|图文|文图|" + ROLES + ")\\s{0,2}[|｜丨]\\s{0,2}\\S");

	/**
	 * A cell of a bar-separated line that is a field of the article, not a menu entry: a
	 * byline ("By John Smith") or a Chinese label with its colon ("来源：工人日报").
	 */
	private static final Pattern FIELD_CELL = Pattern.compile("\\s*(?:(?:By|BY|by)\\s\\p{Lu}"
			+ "|(?:来源|作者|记者|本报记者|编辑|责任编辑|责编|发布时间|发布日期|发表时间|更新时间|时间|日期|出处|稿源)\\s{0,2}[:：])");

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
	 * One of these characters is in every author label (the last characters of the
	 * {@link #ROLES}, and 文 of 文/): a line without any has no label, and answers without
	 * the pattern. All are Han.
	 */
	private static final String LABEL_MARKS = labelMarks();

	private static String labelMarks() {
		StringBuilder marks = new StringBuilder("文");
		for (String role : ROLES.split("\\|")) {
			char last = role.charAt(role.length() - 1);
			if (marks.indexOf(String.valueOf(last)) < 0) {
				marks.append(last);
			}
		}
		return marks.toString();
	}

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

	/** A credit closing the last paragraph: （记者 张三）. */
	static List<String> trailingCredit(String line) {
		Matcher m = TRAILING_CREDIT.matcher(line);
		return m.find() ? names(m.group(1)) : List.of();
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
		.compile("\\s*(?i:authors?|written by|reported by|reporter)\\s?:\\s*(?=\\p{Lu})");

	private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");

	/** Words of an outlet's name, which a person's name does not have. */
	private static final Pattern OUTLET_NAME = Pattern.compile("^The\\s|\\b(?:Press|News|Times|Post|Journal|Tribune"
			+ "|Herald|Gazette|Telegraph|Chronicle|Guardian|Inquirer|Observer|Associated|Agency|Media|Wire|Service"
			+ "|Network|Magazine|Daily|Weekly|Radio|Television|TV|Inc|LLC|Group|Staff|Writers?)\\b");

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
	private static final Pattern GLUED = Pattern.compile(
			"(\\p{Ll})(By|Published|Updated|Posted|Staff|Contributing|Senior|Correspondent|Reporter|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)");

	private static final Pattern ENGLISH_ROLE = Pattern.compile(
			"(?i)\\b(?:writer|editor|reporter|correspondent|contributor|columnist|staff writer|analyst|opinion|photo|avatar)\\b");

	/** A job alone on a line under an author's name: "Forbes Staff", "Deputy Editor". */
	private static final Pattern JOB_TITLE = Pattern.compile(
			"(?:\\p{Lu}[\\p{L}&-]*\\s){0,3}(?:Staff|Staff Writer|Writer|Editor|Reporter|Correspondent|Contributor|Columnist)");

	/** Whether the line is only a job: "Forbes Staff", "Senior Shopping Reporter". */
	static boolean isJobTitle(String line) {
		return line.length() <= 50 && JOB_TITLE.matcher(line.strip()).matches();
	}

	/**
	 * Words of a site's sections and furniture, which a person's name alone does not
	 * have: "Breaking News", "Top Stories", "Latest Video".
	 */
	private static final Set<String> SECTION_WORDS = Set.of("news", "breaking", "latest", "home", "top", "stories",
			"story", "video", "videos", "opinion", "sports", "sport", "business", "politics", "world", "local", "more",
			"read", "related", "trending", "popular", "share", "comments", "subscribe", "newsletter", "newsletters",
			"menu", "search", "follow", "live", "watch", "listen", "photos", "gallery", "advertisement", "sponsored",
			"entertainment", "health", "technology", "tech", "culture", "lifestyle", "travel", "weather", "markets",
			"money", "magazine", "podcast", "podcasts", "events", "archive", "archives", "contact", "about");

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

	private static final Pattern ENGLISH_LINE_NOISE = Pattern.compile(
			"(?i)\\b(?:updated|published|posted|staff writer|contributing writer|senior writer|correspondent|reporter|editor)\\b.*$");

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
	 * Cuts a run of two or three names written without separators, when exactly one way
	 * of cutting it into names of two or three characters starts every name with a family
	 * name.
	 */
	static List<String> splitRun(String run) {
		List<List<String>> ways = new ArrayList<>();
		cut(run, new ArrayList<>(), ways);
		return (ways.size() == 1) ? ways.get(0) : null;
	}

	private static void cut(String rest, List<String> sofar, List<List<String>> ways) {
		if (rest.isEmpty()) {
			if (sofar.size() >= 2) {
				ways.add(new ArrayList<>(sofar));
			}
			return;
		}
		if (SURNAMES.indexOf(rest.charAt(0)) < 0 || ways.size() > 1) {
			return;
		}
		for (int len = 2; len <= 3 && len <= rest.length(); len++) {
			sofar.add(rest.substring(0, len));
			cut(rest.substring(len), sofar, ways);
			sofar.remove(sofar.size() - 1);
		}
	}

	static boolean hasSurname(String name) {
		return !name.isEmpty() && SURNAMES.indexOf(name.charAt(0)) >= 0;
	}

	private static void addName(List<String> names, String raw) {
		String name = PersonNames.normalize(raw);
		if (name.length() >= 2 && !names.contains(name)) {
			names.add(name);
		}
	}

	static String editor(String line) {
		if (line.indexOf('编') < 0) {
			// every label has 编 (编辑, 责编): most lines answer without the regex
			return null;
		}
		Matcher m = EDITOR.matcher(line);
		if (!m.find()) {
			return null;
		}
		List<String> names = names(m.group(1));
		return names.isEmpty() ? null : names.get(0);
	}

	static String source(String line) {
		if (line.indexOf('源') < 0 && !line.contains("出处")) {
			// every label has 源 or is 出处: most lines answer without the regex
			return null;
		}
		Matcher m = SOURCE.matcher(line);
		if (!m.find()) {
			return null;
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
