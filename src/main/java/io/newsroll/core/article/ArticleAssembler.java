package io.newsroll.core.article;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.text.ChineseText;
import io.newsroll.core.text.DateTimes;

/**
 * Builds an {@link Article} from a page's lines, the same way for HTML and text dumps.
 * The body is the run of lines after the headline with the most dense, sentence-like,
 * link-free text (a maximum subarray over line weights: paragraphs weigh their length,
 * menus, link lists and boilerplate weigh against). The headline is the line matching the
 * {@code <title>} without its site and channel suffix; bylines, datelines and credits are
 * read from the lines between the headline and the body and just after the body; page
 * meta data fills what the text does not say.
 */
final class ArticleAssembler {

	/** A run weaker than this is not an article body (index pages, navigation only). */
	private static final double MIN_BODY_WEIGHT = 25;

	/**
	 * Lines that end an article: credits, notices, and the headings of the lists that
	 * follow it.
	 */
	private static final String BOILERPLATE_OPENERS = "相关阅读|相关新闻|相关文章|相关链接|相关推荐|相关专题|延伸阅读|推荐阅读|热门推荐|热点推荐|热门文章|热门精选|猜你喜欢|更多精彩|更多内容|更多新闻|"
			+ "精彩推荐|编辑推荐|今日推荐|为你推荐|為你推薦|其他人也在看|大家都在看|大家还在看|看了又看|24小时热文|"
			+ "分享到|分享至|标签[:：]|关键词[:：]|免责声明|版权声明|平台声明|声明[:：]|责任编辑|编辑[:：]|打印本页|关闭窗口|上一篇|下一篇|返回顶部|扫一扫|扫码|"
			+ "Sign up|Subscribe|Share on|Follow us|Copyright";

	private static final Pattern BOILERPLATE_START = Pattern.compile("^(?:" + BOILERPLATE_OPENERS + ")");

	/**
	 * The first characters of {@link #BOILERPLATE_OPENERS}: a line starting otherwise
	 * answers without the pattern.
	 */
	private static final String BOILERPLATE_FIRST_CHARS = firstChars(BOILERPLATE_OPENERS);

	private static final Pattern SECTION_BREAK = Pattern
		.compile("^[\\[【〖]?\\s?(?:(?:相关|相關|更多|热门|熱門|热点|熱點|推荐|推薦|延伸|精彩|最新)"
				+ "(?:阅读|閱讀|新闻|新聞|文章|报道|報導|推荐|推薦|链接|連結|资讯|資訊|专题|專題)|(?:你|您)(?:可能)?(?:还|還|也)?(?:想看|喜欢|喜歡|感兴趣|感興趣|会喜欢|會喜歡)"
				+ "|其他人(?:也)?在看|大家(?:都)?在看|猜你喜欢|猜你喜歡|相关|相關"
				+ "|(?i:related(?: articles| stories| posts| content| coverage| news)?|recommended(?: for you| stories| reading| articles)?"
				+ "|read next|more stories|most (?:popular|read)|you (?:may|might) also like))"
				+ "\\s?[\\]】〗]?\\s?[:：]?$");

	/**
	 * This many lines in a row that weigh against prose, inside the body run, are page
	 * furniture between paragraphs; one or two are subheadings ("骗局之1" then its title).
	 */
	private static final int NON_PROSE_RUN = 3;

	/** A weight no article run crosses. */
	private static final double SECTION_BREAK_WEIGHT = -1000;

	/**
	 * English list headings, only as a whole short line: "Trending" may also start a
	 * sentence.
	 */
	private static final Pattern LIST_HEADING = Pattern.compile(
			"(?i)(?:Related(?: Articles| Stories| News| Content| Coverage)?|More (?:from|on|stories|news|to read)\\b.{0,40}"
					+ "|You (?:may|might) also like.{0,20}|Recommended(?: for you| stories| reading)?|Most (?:Read|Popular|Viewed|Shared)"
					+ "|Trending(?: Now| Stories| News)?|Popular (?:Stories|Now|Posts)|Read (?:More|Next|Also)|Also read|Top Stories"
					+ "|Latest (?:News|Stories|Videos)|Tags|Tagged(?: as| with)?|Topics|Filed under|What to read next|Don't miss|Editors' Picks|Further reading|Up Next)[:：]?");

	private static final Pattern BOILERPLATE_ANYWHERE = Pattern
		.compile("版权所有|ICP备|ICP证|公网安备|Copyright|©|All [Rr]ights [Rr]eserved|不得转载|未经授权");

	/**
	 * Clutter that interrupts a body without ending it: ad slots, share buttons. Every
	 * form is at most {@value #INLINE_CLUTTER_CHARS} characters long except "loading...".
	 */
	private static final Pattern INLINE_CLUTTER = Pattern.compile(
			"(?i)advertisement|ad|广告|share|share this|分享|play video|watch|subtitles|\\d{1,2}:\\d{2}|loading\\.*|图片|视频");

	private static final int INLINE_CLUTTER_CHARS = 13;

	/**
	 * The first letters (lower case) of the {@link #LIST_HEADING} forms: a line starting
	 * otherwise answers without the pattern.
	 */
	private static final String LIST_HEADING_FIRST_LETTERS = "rmytplafwdeu";

	private static final Pattern KICKER = Pattern.compile("^[●■◆▲★◇□○▶►]\\s?(\\S.{0,30})$");

	private static final Pattern SERIES = Pattern.compile("^【([^】]{2,60})】$");

	private static final Pattern DATE_LABEL = Pattern
		.compile("发布时间|发表时间|发布日期|更新时间|时间[:：]|日期[:：]|Published|Posted|Updated|Date:|\\bon\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern DOMAIN = Pattern.compile(
			"(?<![\\w.@-])((?:[a-z0-9-]{1,40}\\.){1,4}(?:com|cn|net|org|gov|edu|info|hk|tw|uk|us|io|co|tv|cc|me|news)"
					+ "(?:\\.[a-z]{2})?)(?![\\w-])",
			Pattern.CASE_INSENSITIVE);

	/** A government document's "date written", the date it is signed with. */
	private static final String WRITTEN_ON = "成文日期";

	/** A government document's issuing body ("发文机关：吉林省人民政府"). */
	private static final String ISSUED_BY = "发文机关";

	/** A body's name: Han characters (and brackets), no digits or marks. */
	private static final Pattern BODY_NAME = Pattern.compile("[\\p{IsHan}（）()]{2,30}");

	/** How many lines above the headline a date still belongs to it. */
	private static final int DATE_ABOVE_HEADLINE_LINES = 8;

	private final ExtractionSettings settings;

	ArticleAssembler(ExtractionSettings settings) {
		this.settings = settings;
	}

	/** The article and the page's lines as text (for roster blocks). */
	record Assembled(Article article, List<String> lines) {
	}

	private record Region(int start, int end, double weight) {
	}

	Assembled assemble(String file, String format, PageDecoder.Decoded decoded, PageContent content, Deadline deadline)
			throws PageProblem {
		String encoding = decoded.charset().name();
		List<PageLine> lines = content.lines();
		PageMeta meta = content.meta();
		int n = lines.size();
		if (n == 0) {
			throw new PageProblem(ReasonCode.NOT_AN_ARTICLE, "no visible text on the page");
		}
		int[] units = new int[n];
		double[] weights = new double[n];
		int noisyUnits = 0;
		int allUnits = 0;
		for (int i = 0; i < n; i++) {
			PageLine line = lines.get(i);
			units[i] = line.units();
			allUnits += units[i];
			noisyUnits += line.noisy() ? units[i] : 0;
		}
		// When nearly all the page sits in a container named like boilerplate, the name
		// says nothing.
		boolean trustNoise = noisyUnits * 10 < allUnits * 8;
		for (int i = 0; i < n; i++) {
			if ((i & 255) == 255) {
				deadline.check();
			}
			weights[i] = weight(lines.get(i), units[i], trustNoise);
		}
		deadline.check();
		PageTitle pageTitle = PageTitle.of(meta.pageTitle());
		Region global = best(weights, 0, n);
		int titleIndex = findTitle(lines, units, meta, pageTitle, global);
		deadline.check();
		Region region = global;
		if (titleIndex >= 0) {
			// a section heading ("相关阅读") after a real body ends the search: the teasers
			// below it
			// can outweigh a short article, yet belong to other articles
			int end = sectionEnd(weights, titleIndex + 1, n);
			Region after = best(weights, titleIndex + 1, end);
			Region anchored = anchored(weights, titleIndex + 1, end);
			// The body starts soon after the headline; a longer run further down is
			// another story,
			// unless the text near the headline is only a teaser next to it.
			if (anchored != null && anchored.weight() >= MIN_BODY_WEIGHT
					&& (after == null || anchored.weight() * 4 >= after.weight())) {
				region = anchored;
			}
			else if (after != null && after.weight() >= MIN_BODY_WEIGHT && (end < n || global == null
					|| titleIndex >= global.start() || after.weight() * 2 >= global.weight())) {
				region = after;
			}
		}
		boolean listing = false;
		if (region == null || region.weight() < MIN_BODY_WEIGHT) {
			Region plain = plainBlock(lines, weights);
			if (plain == null) {
				throw new PageProblem(ReasonCode.NOT_AN_ARTICLE,
						"no article body: no run of paragraphs on the page (" + n + " lines, the densest run weighs "
								+ Math.round((region == null) ? 0 : region.weight()) + ")");
			}
			// a page without prose (a journal's table of contents, a programme): its
			// main text is the list itself
			region = plain;
			listing = true;
		}
		if (titleIndex >= region.start()) {
			titleIndex = -1;
		}

		// the lines between the headline and the body carry byline, date, series and
		// kicker
		int bylineFrom = (titleIndex >= 0) ? titleIndex + 1 : Math.max(0, region.start() - 6);
		List<String> bylineLines = new ArrayList<>();
		for (int i = bylineFrom; i < region.start(); i++) {
			if (lines.get(i).linkRatio() < 0.5 || isAuthorLink(lines, i, units)) {
				bylineLines.add(lines.get(i).text());
			}
		}
		List<String> afterLines = new ArrayList<>();
		for (int i = region.end(); i < Math.min(n, region.end() + 8); i++) {
			afterLines.add(lines.get(i).text());
		}

		String title = (titleIndex >= 0) ? headline(lines.get(titleIndex).text(), pageTitle, meta)
				: (meta.headline() != null) ? meta.headline() : pageTitle.headline();
		List<String> warnings = new ArrayList<>();
		title = ChineseText.field(title);
		if (title != null && title.length() > this.settings.maxTitleChars()) {
			title = title.substring(0, this.settings.maxTitleChars());
			warnings.add("TITLE_TRUNCATED");
		}
		String titleKey = (title != null) ? PageTitle.key(title) : "";

		String series = null;
		for (int i = Math.max(0, (titleIndex >= 0 ? titleIndex : region.start()) - 3); i < region.start()
				&& series == null; i++) {
			Matcher m = SERIES.matcher(lines.get(i).text());
			if (m.matches()) {
				series = ChineseText.field(m.group(1));
			}
		}

		String kicker = null;
		if (!bylineLines.isEmpty()) {
			Matcher m = KICKER.matcher(bylineLines.get(bylineLines.size() - 1));
			if (m.matches()) {
				kicker = ChineseText.field(m.group(1));
			}
		}

		Set<PageLine> repeated = repeatedLines(lines, region);

		// body paragraphs, and the credits found among them; byline lines at the top of
		// the run join the byline
		List<String> paragraphs = new ArrayList<>();
		List<PageLine> paragraphLines = new ArrayList<>();
		String authorNote = null;
		String source = null;
		String editor = null;
		for (int i = region.start(); i < region.end(); i++) {
			if ((i & 255) == 255) {
				deadline.check();
			}
			PageLine line = lines.get(i);
			String text = line.text();
			if (paragraphs.size() >= 3 && teaserListStarts(lines, i, region.end())) {
				// the next stories' headlines, dates and snippets: the article has ended,
				// and the headline just above the first date was the first teaser's
				if (!paragraphLines.isEmpty() && paragraphLines.get(paragraphLines.size() - 1) == lines.get(i - 1)
						&& units[i - 1] < 40) {
					paragraphs.remove(paragraphs.size() - 1);
					paragraphLines.remove(paragraphLines.size() - 1);
				}
				break;
			}
			if (paragraphs.size() >= 3 && isSourceNote(text)) {
				// "Story Source:", "Journal Reference:", "More information:": the
				// references under a science story, not its text
				break;
			}
			if (!paragraphs.isEmpty() && stampedListStarts(lines, i, region.end())) {
				// replies or comments, each signed and stamped at its end: the post
				// has ended
				break;
			}
			if (line.linkRatio() >= 0.5 || isBoilerplate(text)) {
				if (paragraphs.size() <= 2 && line.linkRatio() >= 0.5 && isAuthorLink(lines, i, units)) {
					// the author's name linked to their page, over the date
					bylineLines.add(text);
				}
				continue;
			}
			String note = Bylines.authorNote(text);
			if (note != null) {
				authorNote = (authorNote == null) ? note : authorNote;
				continue;
			}
			if (units[i] < 40) {
				String s = Bylines.source(text);
				String e = Bylines.editor(text);
				if (s != null || e != null) {
					source = (source == null) ? s : source;
					editor = (editor == null) ? e : editor;
					if (paragraphs.size() <= 2) {
						bylineLines.add(text);
					}
					continue;
				}
				if (isMetaLine(text, units[i])) {
					if (paragraphs.size() <= 2) {
						bylineLines.add(text);
					}
					continue;
				}
				if (paragraphs.size() <= 2 && i + 1 < region.end() && Bylines.isBylineLabel(text)
						&& units[i + 1] < 40) {
					// "Author" or "COMMENTARY BY", the name on the next line
					bylineLines.add(text);
					bylineLines.add(lines.get(++i).text());
					continue;
				}
				if (paragraphs.size() <= 2 && i + 1 < region.end()
						&& isNameFollower(lines.get(i + 1).text(), units[i + 1]) && gluedWords(text) < 2
						&& !Bylines.englishBareName(text, text).isEmpty()) {
					// under the headline and dek: the author's name, then the date or
					// the author's job
					bylineLines.add(text);
					continue;
				}
			}
			if (text.length() >= titleKey.length() && text.length() <= titleKey.length() * 3
					&& PageTitle.key(text).equals(titleKey)) {
				continue;
			}
			if (weights[i] < 0 && line.noisy() && units[i] < 12) {
				// a scrap of a side column laid next to the body
				continue;
			}
			if (isPhotoCredit(text) || captionBeforeItsCredit(text, lines, i + 1, region.end())) {
				// a photo's caption and credit, printed among the paragraphs
				continue;
			}
			if (isAdvertisementSlot(text) || isSocialEmbed(text) || isLinkTeaser(text)
					|| (i + 1 < region.end() && isPostSignature(lines.get(i + 1).text()))) {
				// an ad's slot, an embedded post (its text, its signature, its link) or
				// a "MORE: …" link to another story
				continue;
			}
			if (!listing && weights[i] < 0 && nonProseRun(weights, i, region) >= NON_PROSE_RUN) {
				// a share bar, a tag list, an advertisement slot or a block of teasers
				// that the stronger paragraphs around it pulled into the run
				continue;
			}
			paragraphs.add(ChineseText.field(text));
			paragraphLines.add(line);
		}
		dropRepeated(paragraphs, paragraphLines, repeated);
		if (paragraphs.isEmpty()) {
			throw new PageProblem(ReasonCode.NOT_AN_ARTICLE, "no article body: only links and boilerplate on the page");
		}
		for (String text : afterLines) {
			if (authorNote == null) {
				authorNote = Bylines.authorNote(text);
			}
			if (source == null) {
				source = Bylines.source(text);
			}
			if (editor == null) {
				editor = Bylines.editor(text);
			}
		}
		for (String text : bylineLines) {
			if (source == null) {
				source = Bylines.source(text);
			}
			if (editor == null) {
				editor = Bylines.editor(text);
			}
		}
		deadline.check();
		String lang = language(paragraphs, paragraphLines, meta);
		boolean chinese = lang.startsWith("zh");
		if (source == null && chinese && meta.source() != null) {
			// Chinese news sites' <meta name="source" content="来源：人民网－人民日报">, or the
			// name alone (elsewhere the tag may name the publishing software)
			String labelled = Bylines.source(meta.source());
			source = (labelled != null) ? labelled : meta.source();
		}
		source = ChineseText.field(source);
		List<String> authors = authors(bylineLines, aboveTitle(lines, titleIndex), paragraphs, afterLines, meta,
				chinese);
		if (authors.isEmpty() && chinese) {
			// a government document is the work of the body that issues it
			authors = issuingBody(lines, region.end());
		}
		if (authors.isEmpty() && !chinese) {
			authors = nearestEnglishByline(lines, (titleIndex >= 0) ? titleIndex : region.start(), region);
		}
		if (authors.isEmpty() && editor != null && chinese) {
			// Pages that credit nobody but their editor: the editor is the person
			// answerable for the text.
			authors = List.of(editor);
			warnings.add("AUTHOR_FROM_EDITOR");
		}
		dropAuthorBio(paragraphs, paragraphLines, authors);
		deadline.check();
		OffsetDateTime published = published(lines, bylineLines, titleIndex, region, meta, chinese, deadline);
		deadline.check();

		String lead = (kicker != null) ? paragraphs.get(0) : null;
		List<String> subheadings = subheadings(paragraphs, paragraphLines, units, lines, region);

		String url = meta.url();
		String siteDomain = siteDomain(url, lines, region.end());
		String site = (meta.siteName() != null) ? meta.siteName() : pageTitle.site();
		String channel = pageTitle.channel();

		if (authors.isEmpty()) {
			warnings.add("NO_AUTHOR");
		}
		if (source == null) {
			warnings.add("NO_SOURCE");
		}
		if (published == null) {
			warnings.add("NO_PUBLISHED");
		}
		if (titleIndex < 0) {
			warnings.add("TITLE_FROM_META");
		}
		if (decoded.mixed()) {
			warnings.add("MIXED_ENCODING");
		}
		String id = id(url, siteDomain, title, published);
		Article article = new Article(id, file, format, encoding, ChineseText.field(site), siteDomain, url,
				ChineseText.field(channel), series, title, authors, published, kicker, lead, subheadings, paragraphs,
				ChineseText.field(authorNote), source, ChineseText.field(Bylines.publication(source)), editor, lang,
				warnings);
		return new Assembled(article, content.rawLines());
	}

	/** A line shorter than this may repeat on a page by chance ("Photo", a date). */
	private static final int MIN_REPEATED_CHARS = 40;

	/** A month and day, the year optional: 04-09, 2023-04-09, 4月9日. */
	private static final String MONTH_DAY = "(?:(?:19|20)\\d{2}[-/.年])?\\d{1,2}[-/.月]\\d{1,2}日?";

	/** A teaser's date alone on its line: 04-09, 2023-04-09, 4月9日, with a time or not. */
	private static final Pattern TEASER_DATE = Pattern.compile(MONTH_DAY + "(?:\\s{1,3}\\d{1,2}:\\d{2})?");

	/**
	 * A date and time near the end of a line, as replies, comments and teasers carry them
	 * ("…【黑眼圈猫猫】08-11 17:03 0字 [127/1]", "… 2023-04-09 10:12").
	 */
	private static final Pattern TAIL_STAMP = Pattern.compile(MONTH_DAY + "\\s{1,3}\\d{1,2}:\\d{2}(?::\\d{2})?");

	/** How near the line's end a stamp must stop. */
	private static final int TAIL_STAMP_CHARS = 24;

	/** How many lines a list's first items span. */
	private static final int TEASER_SPAN = 6;

	/**
	 * Whether line {@code i} is the date of a teaser that starts a list of them: a date
	 * alone on its line, and another one within a few lines.
	 */
	private static boolean teaserListStarts(List<PageLine> lines, int i, int end) {
		return listStarts(lines, i, end, ArticleAssembler::isTeaserDate, 2, 2);
	}

	/**
	 * Whether line {@code i} opens a list of signed, stamped items: it and at least two
	 * more of the next lines end with a date and time. An article's own times stand
	 * inside its sentences, and rarely on three lines in a row.
	 */
	private static boolean stampedListStarts(List<PageLine> lines, int i, int end) {
		return listStarts(lines, i, end, ArticleAssembler::hasTailStamp, 1, 3);
	}

	/**
	 * Whether line {@code i} is an item and {@code items - 1} more follow it within
	 * {@value #TEASER_SPAN} lines, the first no nearer than {@code gap}.
	 */
	private static boolean listStarts(List<PageLine> lines, int i, int end, Predicate<String> item, int gap,
			int items) {
		if (!item.test(lines.get(i).text())) {
			return false;
		}
		int found = 1;
		for (int j = i + gap; j < Math.min(end, i + TEASER_SPAN + 1) && found < items; j++) {
			if (item.test(lines.get(j).text())) {
				found++;
			}
		}
		return found >= items;
	}

	private static boolean isTeaserDate(String text) {
		return text.length() <= 16 && !text.isEmpty() && Character.isDigit(text.charAt(0))
				&& TEASER_DATE.matcher(text).matches();
	}

	private static boolean hasTailStamp(String text) {
		int from = Math.max(0, text.length() - TAIL_STAMP_CHARS - 20);
		if (text.indexOf(':', from) < 0) {
			// every stamp has a time
			return false;
		}
		Matcher m = TAIL_STAMP.matcher(text).region(from, text.length());
		while (m.find()) {
			if (text.length() - m.end() <= TAIL_STAMP_CHARS) {
				return true;
			}
		}
		return false;
	}

	/** A short line that is only a date: "Dec 8, 2023", "2023-12-08 10:15". */
	private static boolean isDateAlone(String text) {
		if (text.length() > 30) {
			return false;
		}
		Optional<DateTimes.Found> found = DateTimes.find(text);
		return found.isPresent() && found.get().start() <= 2 && text.length() - found.get().end() <= 2;
	}

	/** How many paragraphs at the end of the body may be the author's card. */
	private static final int AUTHOR_CARD_PARAGRAPHS = 4;

	/** What follows an author's name in a bio: "Matt Wales is a writer…". */
	private static final Pattern BIO_VERB = Pattern
		.compile("(?:is|was|covers|writes|has|joined|reports|holds|previously|lives)\\b");

	/**
	 * Cuts the author's card off the end of the body: the author's name on its own, or a
	 * paragraph that starts with the author's name or first name and a bio verb ("Deborah
	 * Netburn covers faith…", "Laura is a science news writer…").
	 */
	private static void dropAuthorBio(List<String> paragraphs, List<PageLine> paragraphLines, List<String> authors) {
		int cut = -1;
		for (int i = Math.max(1, paragraphs.size() - AUTHOR_CARD_PARAGRAPHS); i < paragraphs.size() && cut < 0; i++) {
			String p = paragraphs.get(i);
			for (String author : authors) {
				int space = author.indexOf(' ');
				if (space < 0 || !Character.isUpperCase(author.charAt(0))) {
					// Latin names of two words or more: a Chinese author's card reads
					// differently
					continue;
				}
				String first = author.substring(0, space);
				if (p.equals(author) || bioOf(p, author) || bioOf(p, first)) {
					cut = i;
					break;
				}
			}
		}
		if (cut > 0) {
			paragraphs.subList(cut, paragraphs.size()).clear();
			paragraphLines.subList(cut, paragraphLines.size()).clear();
		}
	}

	private static boolean bioOf(String paragraph, String name) {
		int n = name.length();
		return paragraph.length() > n + 1 && paragraph.startsWith(name) && paragraph.charAt(n) == ' '
				&& BIO_VERB.matcher(paragraph).region(n + 1, paragraph.length()).lookingAt();
	}

	/**
	 * Leaves out the paragraphs the page shows twice: photo captions (a gallery repeats
	 * them) and teasers, not the article's text. Unless they are most of the text: then
	 * the page itself repeats (a template, a test page) and they are its body.
	 */
	private static void dropRepeated(List<String> paragraphs, List<PageLine> paragraphLines, Set<PageLine> repeated) {
		if (repeated.isEmpty()) {
			return;
		}
		int repeatedUnits = 0;
		int allUnits = 0;
		for (PageLine line : paragraphLines) {
			allUnits += line.units();
			repeatedUnits += repeated.contains(line) ? line.units() : 0;
		}
		if (repeatedUnits * 2 >= allUnits) {
			return;
		}
		for (int i = paragraphLines.size() - 1; i >= 0; i--) {
			if (repeated.contains(paragraphLines.get(i))) {
				paragraphs.remove(i);
				paragraphLines.remove(i);
			}
		}
	}

	/** The fewest lines, and units, of a block of plain lines taken for a page's text. */
	private static final int PLAIN_BLOCK_LINES = 10;

	private static final int PLAIN_BLOCK_UNITS = 150;

	/**
	 * The largest block of consecutive plain lines (no links, no list bullets, no
	 * furniture), for a page that has no run of paragraphs: a table of contents or a
	 * programme is made of short lines, and is still the page's text. Menus fall apart
	 * into bullets and links; a block of one- or two-word lines is no text either.
	 */
	private static Region plainBlock(List<PageLine> lines, double[] weights) {
		Region bestBlock = null;
		int start = 0;
		int units = 0;
		for (int i = 0; i <= lines.size(); i++) {
			if (i < lines.size() && isPlainLine(lines.get(i), weights[i])) {
				units += lines.get(i).units();
				continue;
			}
			int count = i - start;
			if (count >= PLAIN_BLOCK_LINES && units >= PLAIN_BLOCK_UNITS && units >= count * 5
					&& (bestBlock == null || units > bestBlock.weight())) {
				bestBlock = new Region(start, i, units);
			}
			start = i + 1;
			units = 0;
		}
		return bestBlock;
	}

	private static boolean isPlainLine(PageLine line, double weight) {
		String text = line.text();
		if (text.isEmpty() || line.linkRatio() >= 0.5 || line.noisy() || weight <= -30 || "li".equals(line.tag())) {
			return false;
		}
		char first = text.charAt(0);
		if (first == '•' || first == '·' || first == '*' || first == '-' || first == '–') {
			return false;
		}
		// a breadcrumb trail: 首页 > 期刊要览 > …
		int arrows = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			arrows += (c == '>' || c == '›' || c == '»') ? 1 : 0;
		}
		return arrows < 2;
	}

	/**
	 * The lines of the region that the page shows more than once: the same text anywhere
	 * on the page, or the same text but for white space within the region, where a
	 * slideshow prints each caption again, sometimes with its credit glued on or a space
	 * less, sometimes twice on one line (see {@link #repeatKey}).
	 */
	private static Set<PageLine> repeatedLines(List<PageLine> lines, Region region) {
		Map<String, Integer> counts = new HashMap<>();
		Map<String, Integer> keyCounts = new HashMap<>();
		String[] keys = new String[region.end() - region.start()];
		for (int i = region.start(); i < region.end(); i++) {
			String text = lines.get(i).text();
			if (text.length() >= MIN_REPEATED_CHARS) {
				counts.put(text, 0);
				String stripped = withoutSpaces(text);
				String key = repeatKey(stripped);
				keys[i - region.start()] = key;
				keyCounts.merge(key, (key.length() < stripped.length()) ? 2 : 1, Integer::sum);
			}
		}
		for (PageLine line : lines) {
			String text = line.text();
			if (text.length() >= MIN_REPEATED_CHARS) {
				counts.computeIfPresent(text, (k, c) -> c + 1);
			}
		}
		Set<PageLine> repeated = new HashSet<>();
		for (int i = region.start(); i < region.end(); i++) {
			String key = keys[i - region.start()];
			if (key != null && (counts.get(lines.get(i).text()) > 1 || keyCounts.get(key) > 1)) {
				repeated.add(lines.get(i));
			}
		}
		return repeated;
	}

	/**
	 * What a line is compared by when looking for repeats: its text without white space
	 * (as given), and only its first half when the line is one text printed twice.
	 */
	static String repeatKey(String stripped) {
		int half = stripped.length() / 2;
		if ((stripped.length() & 1) == 0 && stripped.regionMatches(0, stripped, half, half)) {
			return stripped.substring(0, half);
		}
		return stripped;
	}

	static String withoutSpaces(String text) {
		int first = 0;
		while (first < text.length() && !ChineseText.isSpace(text.charAt(first))) {
			first++;
		}
		if (first == text.length()) {
			return text;
		}
		// one array filled in place: this runs on every line of the body run
		char[] out = new char[text.length() - 1];
		text.getChars(0, first, out, 0);
		int n = first;
		for (int i = first + 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!ChineseText.isSpace(c)) {
				out[n++] = c;
			}
		}
		return new String(out, 0, n);
	}

	/**
	 * The length of the run of lines weighing against prose around line {@code i}, inside
	 * the body run.
	 */
	private static int nonProseRun(double[] weights, int i, Region region) {
		int from = i;
		while (from > region.start() && weights[from - 1] < 0) {
			from--;
		}
		int to = i + 1;
		while (to < region.end() && weights[to] < 0) {
			to++;
		}
		return to - from;
	}

	/**
	 * The line, or "By" and the next line when the line is a byline's label alone
	 * ("COMMENTARY BY" over "Robert E. Moffit, Ph.D.").
	 */
	private static String labelAndNext(List<String> lines, int k) {
		String line = lines.get(k);
		return (k + 1 < lines.size() && Bylines.isBylineLabel(line)) ? "By " + lines.get(k + 1) : line;
	}

	/**
	 * A link that is only a person's name, over the date: the author's name linked to
	 * their page ("Greg Potts" over "Published: 22 Dec 2023").
	 */
	private static boolean isAuthorLink(List<PageLine> lines, int i, int[] units) {
		String text = lines.get(i).text();
		return i + 1 < lines.size() && units[i] <= 4 && isNameFollower(lines.get(i + 1).text(), units[i + 1])
				&& gluedWords(text) < 2 && !Bylines.englishBareName(text, text).isEmpty();
	}

	/**
	 * Whether a line is what follows an author's name printed alone: a date ("Published:
	 * 11:25, 17 Dec 2023") or a job ("Forbes Staff", "Senior Shopping Reporter").
	 */
	private static boolean isNameFollower(String text, int units) {
		return isDateAlone(text) || (units < 12 && isMetaLine(text, units)) || Bylines.isJobTitle(text);
	}

	/** The few short lines just above the headline, nearest first. */
	private static List<String> aboveTitle(List<PageLine> lines, int titleIndex) {
		List<String> out = new ArrayList<>(DATE_ABOVE_HEADLINE_LINES);
		for (int i = titleIndex - 1; i >= Math.max(0, titleIndex - DATE_ABOVE_HEADLINE_LINES); i--) {
			String text = lines.get(i).text();
			if (text.length() <= 80) {
				out.add(text);
			}
		}
		return out;
	}

	/**
	 * A short line that only gives a date, or an author label: byline material, not body
	 * text.
	 */
	static boolean isMetaLine(String text, int units) {
		Optional<DateTimes.Found> date = DateTimes.find(text);
		if (date.isPresent() && text.length() - (date.get().end() - date.get().start()) < 30) {
			return true;
		}
		return units < 30 && (!Bylines.labelledAuthors(text).isEmpty() || !Bylines.englishByline(text).isEmpty());
	}

	static double weight(PageLine line, int units) {
		return weight(line, units, true);
	}

	static double weight(PageLine line, int units, boolean trustNoise) {
		String text = line.text();
		if (isSectionBreak(text)) {
			return SECTION_BREAK_WEIGHT;
		}
		if ((text.length() <= INLINE_CLUTTER_CHARS || text.regionMatches(true, 0, "loading", 0, 7))
				&& INLINE_CLUTTER.matcher(text).matches()) {
			return -3;
		}
		if (isBoilerplate(text)) {
			return -60;
		}
		if (urlShare(text) * 10 >= 3) {
			// a line that is mostly a web address ("引用该篇文章 http://…", "Source:
			// https://…") is
			// page furniture, not prose, whatever its length and dots
			return -(2 + units * 0.4);
		}
		boolean noisy = trustNoise && line.noisy();
		double linkRatio = line.linkRatio();
		if (linkRatio >= 0.5) {
			return -(units + 3) * (noisy ? 2 : 1);
		}
		boolean content = linkRatio < 0.35 && (units >= 25 || (units >= 10 && endsSentence(text)))
				&& hasPunctuation(text);
		if (content) {
			return noisy ? -2 : units * (1 - linkRatio);
		}
		if (units < 60 && Bylines.editor(text) != null) {
			return -60;
		}
		if (units < 60 && Bylines.source(text) != null) {
			return -30;
		}
		return -(2 + units * 0.4) * (noisy ? 2 : 1);
	}

	/**
	 * The first section break after {@code from} that follows a body-sized run, or
	 * {@code n}.
	 */
	private static int sectionEnd(double[] weights, int from, int n) {
		for (int i = from; i < n; i++) {
			if (weights[i] == SECTION_BREAK_WEIGHT) {
				Region before = best(weights, from, i);
				if (before != null && before.weight() >= MIN_BODY_WEIGHT) {
					return i;
				}
			}
		}
		return n;
	}

	/**
	 * A short heading that opens another section after the article ("相关阅读", "你可能還想看",
	 * "Related Stories"): the teasers under it are dense text too, so the body must not
	 * run across it.
	 */
	static boolean isSectionBreak(String text) {
		if (text.isEmpty() || text.length() > 24) {
			return false;
		}
		int i = ("[【〖".indexOf(text.charAt(0)) >= 0) ? 1 : 0;
		if (i < text.length() && " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
			i++;
		}
		if (i >= text.length() || SECTION_BREAK_FIRST_CHARS.indexOf(Character.toLowerCase(text.charAt(i))) < 0) {
			return false;
		}
		return SECTION_BREAK.matcher(text).matches() || TAGS.matcher(text).matches();
	}

	/**
	 * The characters that {@link #SECTION_BREAK} and {@link #TAGS} forms start with
	 * (lower case), after an opening bracket and a space: a short line starting otherwise
	 * is no section break, and answers without the patterns.
	 */
	private static final String SECTION_BREAK_FIRST_CHARS = "相更热熱推延精最你您其大猜rmytf标關关";

	/**
	 * The tag list that closes an article ("Tagged as", "标签："): what follows is the
	 * site's, not the article's.
	 */
	private static final Pattern TAGS = Pattern
		.compile("(?i)(?:tags|tagged(?: as| with)?|filed under|标签|關鍵字|关键词)\\s?[:：]?");

	/** The share of the text's characters that belong to http(s) addresses. */
	static double urlShare(String text) {
		int at = text.indexOf("http");
		if (at < 0) {
			return 0;
		}
		int url = 0;
		while (at >= 0) {
			if (text.startsWith("http://", at) || text.startsWith("https://", at)) {
				int end = at;
				while (end < text.length() && !ChineseText.isSpace(text.charAt(end))
						&& !ChineseText.isHan(text.charAt(end))) {
					end++;
				}
				url += end - at;
				at = text.indexOf("http", end);
			}
			else {
				at = text.indexOf("http", at + 4);
			}
		}
		return (double) url / text.length();
	}

	static boolean isBoilerplate(String text) {
		if (text.isEmpty() || text.length() > 120) {
			return false;
		}
		char first = text.charAt(0);
		return (BOILERPLATE_FIRST_CHARS.indexOf(first) >= 0 && BOILERPLATE_START.matcher(text).lookingAt())
				|| hasBoilerplateMark(text)
				|| (text.length() <= 60 && LIST_HEADING_FIRST_LETTERS.indexOf(Character.toLowerCase(first)) >= 0
						&& LIST_HEADING.matcher(text).matches());
	}

	/** The first character of each of the |-separated alternatives. */
	static String firstChars(String alternatives) {
		StringBuilder chars = new StringBuilder();
		for (String alternative : alternatives.split("\\|")) {
			char c = alternative.charAt(0);
			if (chars.indexOf(String.valueOf(c)) < 0) {
				chars.append(c);
			}
		}
		return chars.toString();
	}

	/**
	 * {@link #BOILERPLATE_ANYWHERE} with plain substring checks first: this runs on every
	 * line of every page.
	 */
	static boolean hasBoilerplateMark(String text) {
		return text.contains("版权所有") || text.contains("ICP备") || text.contains("ICP证") || text.contains("公网安备")
				|| text.contains("Copyright") || text.indexOf('©') >= 0 || text.contains("不得转载")
				|| text.contains("未经授权") || (text.contains("ights") && BOILERPLATE_ANYWHERE.matcher(text).find());
	}

	/** Whether the text has a clause or sentence mark or a quote: prose has. */
	private static boolean hasPunctuation(String text) {
		for (int i = 0; i < text.length(); i++) {
			switch (text.charAt(i)) {
				case '，', '。', '、', '；', '：', '！', '？', ',', '.', ';', ':', '!', '?', '“', '”', '"' -> {
					return true;
				}
				default -> {
				}
			}
		}
		return false;
	}

	private static boolean endsSentence(String text) {
		char last = text.charAt(text.length() - 1);
		return last == '。' || last == '！' || last == '？' || last == '.' || last == '!' || last == '?' || last == '”'
				|| last == '"' || last == '…' || last == '）' || last == ')';
	}

	/** How many lines after the headline the body may start. */
	private static final int ANCHOR_WINDOW = 30;

	/**
	 * The run that starts at the first paragraph within {@value #ANCHOR_WINDOW} lines of
	 * {@code from} and goes on as long as what weighs against it stays small next to what
	 * it has gathered.
	 */
	private static Region anchored(double[] weights, int from, int to) {
		int anchor = -1;
		for (int i = from; i < Math.min(to, from + ANCHOR_WINDOW); i++) {
			if (weights[i] > 0) {
				anchor = i;
				break;
			}
		}
		if (anchor < 0) {
			return null;
		}
		double sum = 0;
		double bestSum = 0;
		int bestEnd = anchor;
		for (int i = anchor; i < to; i++) {
			sum += weights[i];
			if (sum > bestSum) {
				bestSum = sum;
				bestEnd = i + 1;
			}
			if (sum < bestSum - (50 + 0.5 * bestSum)) {
				break;
			}
		}
		return new Region(anchor, bestEnd, bestSum);
	}

	/** Maximum-weight run of lines in [from, to); null when every line weighs against. */
	private static Region best(double[] weights, int from, int to) {
		double bestSum = 0;
		int bestStart = -1;
		int bestEnd = -1;
		double sum = 0;
		int start = from;
		for (int i = from; i < to; i++) {
			if (sum <= 0) {
				sum = 0;
				start = i;
			}
			sum += weights[i];
			if (sum > bestSum) {
				bestSum = sum;
				bestStart = start;
				bestEnd = i + 1;
			}
		}
		return (bestStart < 0) ? null : new Region(bestStart, bestEnd, bestSum);
	}

	/**
	 * The line that shows the headline: it matches the {@code <title>} without suffixes
	 * (or og:title), preferably a heading element, before the body and close to it.
	 */
	private static int findTitle(List<PageLine> lines, int[] units, PageMeta meta, PageTitle pageTitle, Region global) {
		List<String> keys = new ArrayList<>(3);
		for (String candidate : new String[] { pageTitle.headline(), meta.headline(), meta.pageTitle() }) {
			if (candidate != null) {
				String key = PageTitle.key(candidate);
				if (key.length() >= 2 && !keys.contains(key)) {
					keys.add(key);
				}
			}
		}
		StringBuilder firstChars = new StringBuilder(keys.size());
		for (String k : keys) {
			firstChars.append(k.charAt(0));
		}
		String heads = firstChars.toString();
		int bodyStart = (global != null) ? global.start() : lines.size();
		int bodyEnd = (global != null) ? global.end() : lines.size();
		int best = -1;
		boolean bestMatched = false;
		double bestScore = Double.NEGATIVE_INFINITY;
		int shortestKey = Integer.MAX_VALUE;
		for (String k : keys) {
			shortestKey = Math.min(shortestKey, k.length());
		}
		// a line shorter than this cannot match any candidate (matchTitle wants 60 % of
		// it): most menu
		// items are, and skipping them saves building their keys
		int minLength = (shortestKey == Integer.MAX_VALUE) ? Integer.MAX_VALUE : Math.max(2, shortestKey * 6 / 10);
		for (int i = 0; i < lines.size(); i++) {
			if (units[i] > 100) {
				continue;
			}
			PageLine line = lines.get(i);
			boolean h1 = "h1".equals(line.tag());
			if (line.text().length() < minLength && !h1) {
				continue;
			}
			int match = 0;
			int head = PageTitle.keyFirstChar(line.text());
			if (head < 0 || heads.indexOf((char) head) >= 0) {
				// a match shares the first character with a candidate
				String key = PageTitle.key(line.text());
				for (String candidate : keys) {
					match = Math.max(match, matchTitle(key, candidate));
				}
			}
			if (match == 0 && !(h1 && i < bodyStart)) {
				continue;
			}
			double score = match * 10;
			if (line.isHeading()) {
				score += h1 ? 30 : 15;
			}
			if (line.linkRatio() > 0.5) {
				score -= 25;
			}
			if (i < bodyStart) {
				score += 10 - Math.min(10, (bodyStart - i) / 5.0);
			}
			else if (i >= bodyEnd) {
				score -= 30;
			}
			if (score > bestScore) {
				bestScore = score;
				best = i;
				bestMatched = match > 0;
			}
		}
		String reference = (meta.headline() != null) ? meta.headline() : pageTitle.headline();
		if (best >= 0 && bestMatched && best < bodyEnd) {
			return best;
		}
		if (best >= 0 && best < bodyStart
				&& (reference == null || PageTitle.similarity(lines.get(best).text(), reference) >= 0.3)) {
			return best;
		}
		if (reference == null) {
			return best;
		}
		// No line shows the <title>: the headline may reword it. It sits above the byline
		// ("By Jean Levasseur | Published Oct 27, 2023"), over a dek or a photo caption.
		int aboveByline = headlineAboveByline(lines, units, bodyStart, reference);
		if (aboveByline >= 0) {
			return aboveByline;
		}
		// Else take the headline-shaped
		// line just
		// before the body that reads most like the <title>.
		int similar = -1;
		double similarScore = 0.3;
		for (int i = Math.max(0, bodyStart - 40); i < bodyStart; i++) {
			PageLine line = lines.get(i);
			if (units[i] < 3 || units[i] > 60 || line.linkRatio() > 0.5 || !headlineShaped(line.text())) {
				continue;
			}
			double score = PageTitle.similarity(line.text(), reference) + (line.isHeading() ? 0.15 : 0)
					- (bodyStart - i) * 0.002;
			if (score > similarScore) {
				similarScore = score;
				similar = i;
			}
		}
		return (similar >= 0) ? similar : best;
	}

	/**
	 * How far above an English byline its headline may be (a dek, a photo and its credit
	 * between).
	 */
	private static final int HEADLINE_ABOVE_BYLINE = 5;

	/**
	 * How far into the densest run a byline may sit: the run can start at a teaser or dek
	 * the page shows above the headline.
	 */
	private static final int BYLINE_INTO_BODY = 10;

	/**
	 * The headline over the first English byline near the start of the body: of the
	 * headline-shaped lines of four words or more among the few lines above it (below any
	 * menu line), the one that reads most like the page's title; -1 when there is none.
	 */
	private static int headlineAboveByline(List<PageLine> lines, int[] units, int bodyStart, String reference) {
		for (int i = Math.max(1, bodyStart - ANCHOR_WINDOW); i < Math.min(lines.size(),
				bodyStart + BYLINE_INTO_BODY); i++) {
			String byline = lines.get(i).text();
			if (units[i] >= 30 || Bylines.englishByline(byline).isEmpty() || CAPTION.matcher(byline).find()) {
				// "Photo by Aaron Lavinsky/Star Tribune" credits a picture, not the story
				continue;
			}
			int headline = -1;
			double best = -1;
			for (int j = i - 1; j >= Math.max(0, i - HEADLINE_ABOVE_BYLINE); j--) {
				PageLine line = lines.get(j);
				if (line.linkRatio() >= 0.5) {
					break;
				}
				String text = line.text();
				if (units[j] >= 4 && units[j] <= 40 && text.charAt(0) != '(' && headlineShaped(text)
						&& !isMetaLine(text, units[j])) {
					double similarity = PageTitle.similarity(text, reference);
					if (similarity > best) {
						best = similarity;
						headline = j;
					}
				}
			}
			return headline;
		}
		return -1;
	}

	/** Captions are shorter than this; a paragraph that mentions Getty Images is not. */
	private static final int MAX_CAPTION_CHARS = 400;

	/**
	 * A credit where a caption ends: an agency, "via AP", "Courtesy of …" (looked for in
	 * the line's last {@value #CREDIT_TAIL_CHARS} characters only).
	 */
	private static final Pattern CREDIT_AT_END = Pattern
		.compile("(?i:getty ?images|shutterstock|ap photo|via ap|courtesy of[^.()]{0,60}|file photo)\\)?\\.?\\s*$");

	private static final int CREDIT_TAIL_CHARS = 80;

	/** A credit label: "Image credit:", "Photo: ", "(Photo by …". */
	private static final Pattern CREDIT_LABEL = Pattern
		.compile("(?i:\\b(?:image|photo) credit:|\\b(?:photos?|photograph):\\s|\\(photo\\b)");

	/** "(Name / Outlet)" or "(AP Photo/…)" anywhere in the line. */
	private static final Pattern CREDIT_IN_BRACKETS = Pattern
		.compile("\\(\\p{Lu}[^()]{2,40} / \\p{Lu}[^()]{2,40}\\)|\\((?:AP|AFP|Reuters)\\b[^()]{0,60}\\)"
				+ "|\\(\\p{Lu}[^()/]{2,40}/\\p{Lu}[^()/]{2,40}\\)\\.?$");

	/**
	 * Whether a line is a caption printed again, with its credit, on the next line: "Snow
	 * falls … in Chicago." then "Snow falls … in Chicago. (Name/Chicago Tribune)".
	 */
	private static boolean captionBeforeItsCredit(String text, List<PageLine> lines, int next, int end) {
		if (next >= end || text.length() < 20) {
			return false;
		}
		String following = lines.get(next).text();
		return following.length() > text.length() && following.startsWith(text) && isPhotoCredit(following);
	}

	/**
	 * An embedded social post's signature: "— NFL on Prime Video (@NFLonPrime) December
	 * 22, 2023".
	 */
	private static final Pattern POST_SIGNATURE = Pattern
		.compile("[—–-]\\s?[^()]{1,60}\\(@\\w{1,30}\\)\\s{1,3}\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}, \\d{4}");

	/** An embedded post's furniture: its picture link, Instagram's frame. */
	private static final Pattern SOCIAL_EMBED = Pattern
		.compile("pic\\.twitter\\.com/\\w+|^View this post on Instagram$|^A post shared by .{1,80}$");

	/**
	 * "MORE: Simone Biles-Jonathan Owens relationship timeline": a link to another story.
	 */
	private static final Pattern LINK_TEASER = Pattern
		.compile("(?:MORE|RELATED|READ MORE|ALSO READ|READ ALSO|SEE ALSO|WATCH|LISTEN|READ)\\s?:\\s?\\S.{0,140}"
				+ "|CLICK HERE [A-Z ]{2,80}");

	static boolean isPostSignature(String text) {
		return text.length() <= 120 && !text.isEmpty() && "—–-".indexOf(text.charAt(0)) >= 0 && text.indexOf("(@") > 0
				&& POST_SIGNATURE.matcher(text).matches();
	}

	static boolean isSocialEmbed(String text) {
		return isPostSignature(text) || (text.length() < MAX_CAPTION_CHARS && (text.contains("pic.twitter.com/")
				|| text.startsWith("View this post") || text.startsWith("A post shared"))
				&& SOCIAL_EMBED.matcher(text).find());
	}

	private static boolean isLinkTeaser(String text) {
		return text.length() <= 150 && text.length() > 6 && Character.isUpperCase(text.charAt(0))
				&& Character.isUpperCase(text.charAt(1)) && LINK_TEASER.matcher(text).matches();
	}

	/**
	 * Where an ad, a gallery or a sign-up box was: "Advertisement - Scroll to continue",
	 * "Article continues below this ad", "32 Images", "Subscribe to our email
	 * newsletter."
	 */
	private static final Pattern ADVERTISEMENT_SLOT = Pattern
		.compile("(?i)advertisement(?:\\s*[-–—:]\\s*[\\p{L} ]{0,40})?|sponsored content|ad feedback"
				+ "|(?:article|story) continues (?:below|after)(?: this)? (?:ad|advertisement)"
				+ "|\\d{1,3} (?:images|photos|pictures)|turn on javascript.{0,60}"
				+ "|(?:instagram|twitter|tiktok|youtube|facebook) (?:content|post)|this content can also be viewed on the site it originates from\\.?");

	/** A call to sign up for a newsletter. */
	private static final Pattern NEWSLETTER_CALL = Pattern
		.compile("(?i)\\b(?:subscribe|sign up|sign-up)\\b.{0,80}\\b(?:newsletters?|inbox)\\b");

	private static boolean isAdvertisementSlot(String text) {
		if (text.length() > 160 || text.isEmpty()) {
			return false;
		}
		return (text.length() <= 80 && ADVERTISEMENT_SLOT.matcher(text).matches())
				|| ((text.contains("ewsletter") || text.contains("EWSLETTER") || text.contains("nbox"))
						&& NEWSLETTER_CALL.matcher(text).find());
	}

	/** The references under a science story: its source, the paper, how to cite it. */
	private static final String SOURCE_NOTES = "Story Source|Journal References?|More information|Cite This Page"
			+ "|Materials provided by|Provided by";

	private static final Pattern SOURCE_NOTE = Pattern.compile("(?:" + SOURCE_NOTES + ")\\b.*");

	private static final String SOURCE_NOTE_FIRST_CHARS = firstChars(SOURCE_NOTES);

	private static boolean isSourceNote(String text) {
		return !text.isEmpty() && SOURCE_NOTE_FIRST_CHARS.indexOf(text.charAt(0)) >= 0
				&& SOURCE_NOTE.matcher(text).matches();
	}

	/** "Matthew N. Wells / The Daily World" where a glued caption begins. */
	private static final Pattern CREDIT_AT_START = Pattern.compile("(?:\\p{Lu}[\\w.'’-]*\\s){1,3}/ \\p{Lu}");

	/**
	 * Whether a line is a photo's caption or credit. An agency named inside a sentence is
	 * not a credit. The patterns run only on lines that have what each needs (most body
	 * lines have none of it).
	 */
	static boolean isPhotoCredit(String text) {
		if (text.length() >= MAX_CAPTION_CHARS) {
			return false;
		}
		int tail = Math.max(0, text.length() - CREDIT_TAIL_CHARS);
		if (mayEndWithCredit(text, tail) && CREDIT_AT_END.matcher(text).region(tail, text.length()).find()) {
			return true;
		}
		int paren = text.indexOf('(');
		if (paren >= 0 && mayHaveBracketedCredit(text, paren)
				&& CREDIT_IN_BRACKETS.matcher(text).region(paren, text.length()).find()) {
			return true;
		}
		if ((text.contains("hoto") || text.contains("HOTO") || text.contains("redit") || text.contains("REDIT"))
				&& CREDIT_LABEL.matcher(text).find()) {
			return true;
		}
		if (text.contains(" by ") && CREDIT_BY.matcher(text).find()) {
			return true;
		}
		int slash = text.indexOf(" / ");
		return slash > 0 && slash < 60 && CREDIT_AT_START.matcher(text).lookingAt();
	}

	/** "… daylight. Photograph by Rob Brunner.": a credit sentence ending the line. */
	private static final Pattern CREDIT_BY = Pattern.compile(
			"(?:^|[.!?]\\s)(?:Photo|Photograph|Photography|Image|Illustration|Video)s? by \\p{Lu}[^.!?]{1,60}\\.?$");

	/**
	 * A necessary condition for {@link #CREDIT_AT_END}, cheap enough for every body line:
	 * "courtesy" in the tail, or a last word (before closing brackets, stops and spaces)
	 * that one of its credits ends with.
	 */
	private static boolean mayEndWithCredit(String text, int tail) {
		int end = text.length();
		while (end > tail) {
			char c = text.charAt(end - 1);
			if (c != ')' && c != '.' && !ChineseText.isSpace(c)) {
				break;
			}
			end--;
		}
		for (String word : CREDIT_LAST_WORDS) {
			if (end - tail >= word.length() && text.regionMatches(true, end - word.length(), word, 0, word.length())) {
				return true;
			}
		}
		for (int i = tail; i + COURTESY.length() <= text.length(); i++) {
			char c = text.charAt(i);
			if ((c == 'c' || c == 'C') && text.regionMatches(true, i, COURTESY, 0, COURTESY.length())) {
				return true;
			}
		}
		return false;
	}

	/** The words {@link #CREDIT_AT_END}'s credits end with, but for "courtesy of …". */
	private static final String[] CREDIT_LAST_WORDS = { "images", "shutterstock", "photo", "ap" };

	private static final String COURTESY = "courtesy";

	/**
	 * A necessary condition for {@link #CREDIT_IN_BRACKETS}: a slash after the bracket,
	 * or an agency right inside it.
	 */
	private static boolean mayHaveBracketedCredit(String text, int paren) {
		return text.indexOf('/', paren) >= 0 || text.contains("(AP") || text.contains("(AFP")
				|| text.contains("(Reuters");
	}

	private static final Pattern CAPTION = Pattern.compile(
			"(?i)\\b(?:photo|photograph|image|credit|getty|courtesy|illustration)\\b|\\((?:AP|Reuters|AFP)\\b|图片来源|摄影|资料图");

	/**
	 * A line that could be a headline: not a sentence, a caption, a menu or boilerplate.
	 */
	static boolean headlineShaped(String text) {
		char first = text.charAt(0);
		char last = text.charAt(text.length() - 1);
		if (Character.isLowerCase(first) || (last == '.' && !endsWithInitials(text)) || last == '。' || last == ','
				|| last == '，') {
			return false;
		}
		int sentenceBreaks = 0;
		for (int i = 0; i + 1 < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == '.' && text.charAt(i + 1) == ' ' && i > 0 && Character.isLowerCase(text.charAt(i - 1)))
					|| c == '。') {
				sentenceBreaks++;
			}
		}
		return sentenceBreaks == 0 && gluedWords(text) < 2 && !isBoilerplate(text) && !CAPTION.matcher(text).find();
	}

	/**
	 * "… Christmas in L.A.", "… the U.S.": the final dot closes initials, not a sentence.
	 */
	private static boolean endsWithInitials(String text) {
		int n = text.length();
		return n >= 4 && text.charAt(n - 3) == '.' && Character.isUpperCase(text.charAt(n - 2))
				&& Character.isUpperCase(text.charAt(n - 4));
	}

	/**
	 * Places where a lower-case letter runs into a capitalized word ("PlanOff the
	 * StreetsNYC's Right"): a dump that glued the items of a link list. One is a name
	 * (McDonald, YouTube).
	 */
	static int gluedWords(String text) {
		int glued = 0;
		for (int i = 0; i + 2 < text.length(); i++) {
			if (Character.isLowerCase(text.charAt(i)) && Character.isUpperCase(text.charAt(i + 1))
					&& Character.isLowerCase(text.charAt(i + 2))) {
				glued++;
			}
		}
		return glued;
	}

	/**
	 * The headline line's text, without what a dump glued after it (a date, a byline)
	 * when the title shows where it ends.
	 */
	private static String headline(String line, PageTitle pageTitle, PageMeta meta) {
		String key = PageTitle.key(line);
		for (String candidate : new String[] { pageTitle.headline(), meta.headline() }) {
			if (candidate != null) {
				String ck = PageTitle.key(candidate);
				if (ck.length() >= 6 && key.startsWith(ck) && key.length() > ck.length()) {
					int end = prefixEnd(line, ck.length());
					return line.substring(0, end);
				}
			}
		}
		return line;
	}

	/** Where in the line its first n non-space characters end. */
	private static int prefixEnd(String line, int n) {
		int seen = 0;
		for (int i = 0; i < line.length(); i++) {
			if (!ChineseText.isSpace(line.charAt(i)) && !ChineseText.isZeroWidth(line.charAt(i))) {
				seen++;
				if (seen == n) {
					return i + 1;
				}
			}
		}
		return line.length();
	}

	/**
	 * 3 for the same text, 2 for one being a large prefix of the other, 0 for no match.
	 */
	private static int matchTitle(String line, String candidate) {
		if (line.equals(candidate)) {
			return 3;
		}
		if (line.length() >= 6 && candidate.startsWith(line) && line.length() * 10 >= candidate.length() * 6) {
			return 2;
		}
		if (candidate.length() >= 6 && line.startsWith(candidate) && line.length() <= candidate.length() * 1.5) {
			return 2;
		}
		return 0;
	}

	private static List<String> authors(List<String> bylineLines, List<String> aboveTitle, List<String> paragraphs,
			List<String> afterLines, PageMeta meta, boolean chinese) {
		List<String> metaNames = new ArrayList<>();
		for (String a : meta.authors()) {
			List<String> names = chinese ? Bylines.names(a) : englishNames(a);
			for (String name : names) {
				if (!metaNames.contains(name) && !name.equalsIgnoreCase(String.valueOf(meta.siteName()))) {
					metaNames.add(name);
				}
			}
		}
		List<String> labelled = new ArrayList<>();
		for (int k = 0; k < bylineLines.size(); k++) {
			String line = bylineLines.get(k);
			List<String> names = Bylines.labelledAuthors(line);
			if (names.isEmpty()) {
				names = Bylines.englishByline(labelAndNext(bylineLines, k));
			}
			for (String name : names) {
				if (!labelled.contains(name)) {
					labelled.add(name);
				}
			}
		}
		if (!chinese && !metaNames.isEmpty()) {
			// meta data first on English pages, unless the byline names the same
			// people and more ("By Chris E. Hayner and Tom Caswell" where the
			// JSON-LD has only the first)
			return (labelled.size() > metaNames.size() && containsAllIgnoringCase(labelled, metaNames)) ? labelled
					: metaNames;
		}
		if (!labelled.isEmpty()) {
			return labelled;
		}
		// a byline printed just above the headline (with the section and the date); the
		// lines come nearest first, so the line under a line is the one before it
		for (int k = 0; k < aboveTitle.size(); k++) {
			String line = aboveTitle.get(k);
			List<String> names = Bylines.englishByline(line);
			if (names.isEmpty() && !chinese && k > 0 && isDateAlone(aboveTitle.get(k - 1)) && gluedWords(line) < 2) {
				// "Phillip Maciak/" over "September 7, 2023"
				names = Bylines.englishBareName(line, line);
			}
			if (!names.isEmpty()) {
				return names;
			}
		}
		if (!paragraphs.isEmpty()) {
			String first = paragraphs.get(0);
			List<String> names = Bylines.datelineAuthors(first);
			if (names.isEmpty() && first.length() < 40) {
				names = Bylines.labelledAuthors(first);
			}
			if (names.isEmpty()) {
				names = Bylines.englishByline(first);
			}
			if (!names.isEmpty()) {
				return names;
			}
		}
		for (String line : bylineLines) {
			String withoutDate = DateTimes.find(line)
				.map((f) -> line.substring(0, f.start()) + line.substring(f.end()))
				.orElse(line);
			List<String> names = chinese ? Bylines.bareNames(withoutDate.trim())
					: Bylines.englishBareName(line, withoutSiteName(withoutDate.trim(), meta.siteName()));
			if (!names.isEmpty()) {
				return names;
			}
		}
		if (!paragraphs.isEmpty()) {
			String last = paragraphs.get(paragraphs.size() - 1);
			List<String> names = Bylines.trailingCredit(last);
			if (names.isEmpty()) {
				names = Bylines.closingCredit(last);
			}
			if (!names.isEmpty()) {
				return names;
			}
		}
		for (int k = 0; k < afterLines.size(); k++) {
			String line = afterLines.get(k);
			if (line.length() < 40) {
				List<String> names = Bylines.labelledAuthors(line);
				if (names.isEmpty()) {
					names = Bylines.creditLine(line);
				}
				if (names.isEmpty() && Bylines.isBylineLabel(line)) {
					// "Author" over the writer's card at the end
					names = Bylines.englishByline(labelAndNext(afterLines, k));
				}
				if (!names.isEmpty()) {
					return names;
				}
			}
		}
		return metaNames;
	}

	/** How far from the headline (or the body) a "By ..." line is still the article's. */
	private static final int BYLINE_SEARCH_LINES = 40;

	/**
	 * A "By A and B" line near the article when the lines between headline and body have
	 * none: pages put the byline above the headline, beside a photo or a little way into
	 * the text. The nearest to where the article starts wins; only a capital "By" counts
	 * here.
	 */
	private static List<String> nearestEnglishByline(List<PageLine> lines, int start, Region region) {
		int from = Math.max(0, start - BYLINE_SEARCH_LINES);
		int to = Math.min(lines.size(), Math.min(region.end(), start + BYLINE_SEARCH_LINES));
		List<String> best = List.of();
		int bestDistance = Integer.MAX_VALUE;
		for (int i = from; i < to; i++) {
			PageLine line = lines.get(i);
			if (line.text().length() > 160 || line.linkRatio() >= 0.5 || Math.abs(i - start) >= bestDistance) {
				continue;
			}
			String text = line.text();
			if (Bylines.isBylineLabel(text) && i + 1 < to) {
				// "By" (or "COMMENTARY BY", "Author") on a line of its own, the name on
				// the next
				text = "By " + lines.get(i + 1).text();
			}
			if (!text.contains("By ") && !text.contains("BY ")) {
				// away from the headline a lower-case "by" is more often a headline's
				// ("Disappointed by Capitol Hill Hearing") than a byline
				continue;
			}
			List<String> names = Bylines.englishByline(text);
			if (!names.isEmpty()) {
				best = names;
				bestDistance = Math.abs(i - start);
			}
		}
		return best;
	}

	private static boolean containsAllIgnoringCase(List<String> names, List<String> wanted) {
		for (String w : wanted) {
			if (names.stream().noneMatch(w::equalsIgnoreCase)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The body named after {@value #ISSUED_BY} in a government document's table, in its
	 * line (up to a wide gap) or in the table's next cell.
	 */
	private static List<String> issuingBody(List<PageLine> lines, int end) {
		for (LabelledCell cell : labelledCells(lines, end, ISSUED_BY)) {
			String after = cell.inLine().replaceFirst("^[\\s:：]+", "");
			String name = after.split("\\s{2,}|\\s(?=\\S+[:：])", 2)[0].strip();
			if (name.isEmpty() && cell.next() != null) {
				name = cell.next().strip();
			}
			if (BODY_NAME.matcher(name).matches()) {
				return List.of(name);
			}
		}
		return List.of();
	}

	/**
	 * Where a government document's table gives a value after a label: the rest of the
	 * label's line, and the next line when it is short enough to be the table's next cell
	 * (else null).
	 */
	private record LabelledCell(String inLine, String next) {
	}

	/** The cells after {@code label} in the lines before {@code end}, in page order. */
	private static List<LabelledCell> labelledCells(List<PageLine> lines, int end, String label) {
		List<LabelledCell> cells = new ArrayList<>();
		for (int i = 0; i < Math.min(lines.size(), end); i++) {
			String text = lines.get(i).text();
			int at = (text.length() < 160) ? text.indexOf(label) : -1;
			if (at >= 0) {
				String next = (i + 1 < lines.size() && lines.get(i + 1).text().length() < 40) ? lines.get(i + 1).text()
						: null;
				cells.add(new LabelledCell(text.substring(at + label.length()), next));
			}
		}
		return cells;
	}

	/**
	 * The line without the site's name at its end: "Kaitlyn McCormick Cherry Hill
	 * Courier-Post" on the Cherry Hill Courier-Post's page.
	 */
	private static String withoutSiteName(String line, String siteName) {
		String name = (siteName != null) ? siteName.strip() : "";
		if (name.isEmpty() || line.length() <= name.length() || !line.endsWith(name)) {
			return line;
		}
		return line.substring(0, line.length() - name.length()).strip();
	}

	private static List<String> englishNames(String value) {
		List<String> names = new ArrayList<>();
		if (value.strip().startsWith(",")) {
			// ", The Daily Journal": a template that left the name empty and kept only
			// the outlet after it
			return names;
		}
		String v = value.replaceFirst("^(?i)by\\s+", "");
		for (String part : v.split("\\s*(?:,|\\band\\b|&|;)\\s*")) {
			String name = ChineseText.field(part);
			if (name != null && name.length() <= 60 && !names.contains(name)) {
				names.add(name);
			}
		}
		return names;
	}

	/**
	 * The publication time: for English pages the page's meta data first (their visible
	 * dates are often "updated" times); otherwise the date nearest the headline (between
	 * it and the body), then a labelled date (发布时间, Published) anywhere after the
	 * headline, then meta data, then the first date after the headline, then any date at
	 * all.
	 */
	private OffsetDateTime published(List<PageLine> lines, List<String> bylineLines, int titleIndex, Region region,
			PageMeta meta, boolean chinese, Deadline deadline) {
		boolean dayFirst = chinese;
		Optional<DateTimes.Found> metaDate = (meta.published() != null) ? DateTimes.find(meta.published(), false)
				: Optional.empty();
		if (!chinese && metaDate.isPresent() && !meta.publishedIsUpdate()) {
			// (a last-changed time alone comes after the page's visible dates)
			return metaDate.get().at(this.settings.defaultZone());
		}
		if (chinese) {
			// a government document's table gives its 成文日期 (the date it is signed and
			// dated with) beside the 发布日期 the website posted it on: the document's own
			// date is the first
			for (LabelledCell cell : labelledCells(lines, region.end(), WRITTEN_ON)) {
				// the date after the label, or in the table's next cell
				Optional<DateTimes.Found> found = DateTimes.find(cell.inLine(), true);
				if (found.isEmpty() && cell.next() != null) {
					found = DateTimes.find(cell.next(), true);
				}
				if (found.isPresent()) {
					return found.get().at(this.settings.defaultZone());
				}
			}
		}
		DateTimes.Found near = null;
		for (String line : bylineLines) {
			Optional<DateTimes.Found> found = DateTimes.find(deadline.guard(line), dayFirst);
			if (found.isPresent()) {
				if (found.get().hasTime()) {
					near = found.get();
					break;
				}
				if (near == null) {
					near = found.get();
				}
			}
		}
		// some pages print the date (and the section) just above the headline
		for (int i = titleIndex - 1; near == null && i >= Math.max(0, titleIndex - DATE_ABOVE_HEADLINE_LINES); i--) {
			String text = lines.get(i).text();
			if (text.length() <= 80) {
				near = DateTimes.find(text, dayFirst).orElse(null);
			}
		}
		if (near == null && region.start() < lines.size()) {
			near = DateTimes.find(deadline.guard(lines.get(region.start()).text()), dayFirst).orElse(null);
		}
		if (near != null) {
			if (!near.hasTime() && metaDate.isPresent() && metaDate.get().hasTime()
					&& metaDate.get().dateTime().toLocalDate().equals(near.dateTime().toLocalDate())) {
				return metaDate.get().at(this.settings.defaultZone());
			}
			return near.at(this.settings.defaultZone());
		}
		int from = Math.max(0, titleIndex);
		for (int i = from; i < lines.size(); i++) {
			String text = lines.get(i).text();
			if (text.length() < 100) {
				// the date first: it answers at once for a line without a year, the label
				// pattern does not
				Optional<DateTimes.Found> found = DateTimes.find(text, dayFirst);
				if (found.isPresent() && DATE_LABEL.matcher(text).find()) {
					return found.get().at(this.settings.defaultZone());
				}
			}
		}
		if (metaDate.isPresent()) {
			return metaDate.get().at(this.settings.defaultZone());
		}
		int belowBody = Math.min(lines.size(), region.end() + 15);
		for (int pass = 0; pass < 2; pass++) {
			// first after the headline and down to just below the body, then anywhere
			// (with no headline found, the body may be a wrong guess above the date)
			int start = (pass == 0) ? from : 0;
			int end = (pass == 0) ? belowBody : lines.size();
			for (int i = start; i < end; i++) {
				String text = lines.get(i).text();
				if (text.length() < 200) {
					Optional<DateTimes.Found> found = DateTimes.find(text, dayFirst);
					if (found.isPresent()) {
						return found.get().at(this.settings.defaultZone());
					}
				}
			}
		}
		return null;
	}

	/**
	 * Short paragraphs inside the body that read as headings: no closing punctuation, a
	 * longer paragraph after.
	 */
	private static List<String> subheadings(List<String> paragraphs, List<PageLine> paragraphLines, int[] units,
			List<PageLine> lines, Region region) {
		List<String> subheadings = new ArrayList<>();
		for (int i = 1; i < paragraphs.size() - 1; i++) {
			String p = paragraphs.get(i);
			PageLine line = paragraphLines.get(i);
			int u = line.units();
			char last = p.charAt(p.length() - 1);
			boolean closed = last == '。' || last == '！' || last == '？' || last == '.' || last == '!' || last == '?'
					|| last == '；' || last == ';' || last == '：' || last == ':' || last == '…' || last == '）'
					|| last == ')';
			boolean heading = line.isHeading() && !"h1".equals(line.tag());
			if (heading || (u >= 4 && u <= 50 && !closed && paragraphLines.get(i + 1).units() > u)) {
				subheadings.add(p);
			}
		}
		return subheadings;
	}

	/**
	 * The body's language: Chinese when Han characters are 30 % of its units (each
	 * paragraph's units are its line's: normalizing a field changes no letter, digit or
	 * Han character), else the page's declared language, else English.
	 */
	private static String language(List<String> paragraphs, List<PageLine> paragraphLines, PageMeta meta) {
		int han = 0;
		int all = 0;
		for (String p : paragraphs) {
			han += ChineseText.hanCount(p);
		}
		for (PageLine line : paragraphLines) {
			all += line.units();
		}
		if (all > 0 && han * 10 >= all * 3) {
			return "zh";
		}
		if (meta.lang() != null) {
			String primary = meta.lang().toLowerCase(Locale.ROOT).split("[-_]")[0];
			if (primary.matches("[a-z]{2,3}") && !primary.equals("zh")) {
				return primary;
			}
		}
		return "en";
	}

	private static String siteDomain(String url, List<PageLine> lines, int bodyEnd) {
		if (url != null) {
			try {
				String host = URI.create(url.trim().replace(" ", "%20")).getHost();
				if (host != null) {
					return host.toLowerCase(Locale.ROOT);
				}
			}
			catch (IllegalArgumentException ex) {
				// not a URL after all: fall back on the page's footer
			}
		}
		for (int i = lines.size() - 1; i >= 0; i--) {
			String text = lines.get(i).text();
			if (text.length() < 200 && hasBoilerplateMark(text)) {
				Matcher m = DOMAIN.matcher(text);
				if (m.find()) {
					return m.group(1).toLowerCase(Locale.ROOT);
				}
			}
		}
		return null;
	}

	/**
	 * A SHA-256 digest per thread: looking the algorithm up among the security providers
	 * for every page cost more than hashing its key.
	 */
	private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(ArticleAssembler::sha256);

	/**
	 * SHA-256 of the canonical URL when known, else of site, title and publication time;
	 * 32 hex chars.
	 */
	static String id(String url, String siteDomain, String title, OffsetDateTime published) {
		String key = (url != null) ? "url:" + url : "page:" + siteDomain + "|" + title + "|"
				+ ((published != null) ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(published) : null);
		byte[] digest = SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest, 0, 16);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

}
