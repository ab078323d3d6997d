package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.text.ChineseText;

/**
 * Turns the body's run of lines into the article's paragraphs: it stops at the teasers,
 * replies or references that follow the article, and leaves out links, boilerplate,
 * captions and credits, embeds, ads, the headline printed again, furniture between
 * paragraphs and the lines the page shows twice. The credits it meets (author note,
 * source, editor) and the byline lines at the top of the run are kept apart.
 */
final class BodyCleaner {

	/**
	 * This many lines in a row that weigh against prose, inside the body run, are page
	 * furniture between paragraphs; one or two are subheadings ("骗局之1" then its title).
	 */
	private static final int NON_PROSE_RUN = 3;

	/** The fewest units of an item of the article's own list. */
	private static final int OWN_LIST_ITEM_UNITS = 3;

	/** A line shorter than this may repeat on a page by chance ("Photo", a date). */
	private static final int MIN_REPEATED_CHARS = 40;

	/** Lines shorter than this (in units) may be credits or byline material. */
	private static final int SHORT_LINE_UNITS = 40;

	/**
	 * The cleaned body, the byline lines found at its top, and the credits found among
	 * its lines.
	 */
	record Cleaned(Body body, List<String> bylineLines, Credits credits) {
	}

	private BodyCleaner() {
	}

	/**
	 * Cleans the body run.
	 * @param titleKey the headline's {@link PageTitle#key}, "" when there is none
	 * @throws PageProblem NOT_AN_ARTICLE when nothing but links and boilerplate is left
	 */
	static Cleaned clean(LineSet lines, BodyLocator.Located located, String titleKey, Deadline deadline)
			throws PageProblem {
		Region region = located.text();
		Set<PageLine> repeated = repeatedLines(lines, region);
		List<String> paragraphs = new ArrayList<>();
		List<PageLine> paragraphLines = new ArrayList<>();
		List<String> bylineLines = new ArrayList<>();
		String authorNote = null;
		String source = null;
		String editor = null;
		if (located.standfirst() >= 0) {
			paragraphs.add(ChineseText.field(lines.text(located.standfirst())));
			paragraphLines.add(lines.get(located.standfirst()));
		}
		for (int i = region.start(); i < region.end(); i++) {
			if ((i & 255) == 255) {
				deadline.check();
			}
			PageLine line = lines.get(i);
			String text = line.text();
			int units = line.units();
			if (paragraphs.size() >= 3 && BodyClutter.teaserListStarts(lines, i, region.end())) {
				// the next stories' headlines, dates and snippets: the article has ended,
				// and the headline just above the first date was the first teaser's
				if (!paragraphLines.isEmpty() && paragraphLines.get(paragraphLines.size() - 1) == lines.get(i - 1)
						&& lines.units(i - 1) < SHORT_LINE_UNITS) {
					paragraphs.remove(paragraphs.size() - 1);
					paragraphLines.remove(paragraphLines.size() - 1);
				}
				break;
			}
			if (paragraphs.size() >= 3 && BodyClutter.isSourceNote(text)) {
				// "Story Source:", "Journal Reference:", "More information:": the
				// references under a science story, not its text
				break;
			}
			if (!paragraphs.isEmpty() && BodyClutter.stampedListStarts(lines, i, region.end())) {
				// replies or comments, each signed and stamped at its end: the post
				// has ended
				break;
			}
			if (line.linkRatio() >= 0.5 || LineWeight.isBoilerplate(text)) {
				if (paragraphs.size() <= 2 && line.linkRatio() >= 0.5 && LineShapes.isAuthorLink(lines, i)) {
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
			if (units < SHORT_LINE_UNITS) {
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
				if (LineShapes.isMetaLine(text, units)) {
					if (paragraphs.size() <= 2) {
						bylineLines.add(text);
					}
					continue;
				}
				if (paragraphs.size() <= 2 && i + 1 < region.end() && EnglishBylines.isBylineLabel(text)
						&& lines.units(i + 1) < SHORT_LINE_UNITS) {
					// "Author" or "COMMENTARY BY", the name on the next line
					bylineLines.add(text);
					bylineLines.add(lines.text(++i));
					continue;
				}
				if (paragraphs.size() <= 2 && i + 1 < region.end()
						&& LineShapes.isNameOverFollower(text, lines.text(i + 1), lines.units(i + 1))) {
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
			if (lines.weight(i) < 0 && line.noisy() && units < 12) {
				// a scrap of a side column laid next to the body
				continue;
			}
			if ("figcaption".equals(line.tag()) || Captions.isPhotoCredit(text)
					|| Captions.captionBeforeItsCredit(text, lines, i + 1, region.end())) {
				// a photo's caption and credit, printed among the paragraphs
				continue;
			}
			if (BodyClutter.isAdvertisementSlot(text) || BodyClutter.isSocialEmbed(text)
					|| BodyClutter.isLinkTeaser(text) || BodyClutter.isListHeading(text)
					|| (i + 1 < region.end() && BodyClutter.isPostSignature(lines.text(i + 1)))) {
				// an ad's slot, an embedded post (its text, its signature, its link) or
				// a "MORE: …" link to another story
				continue;
			}
			if (!located.listing() && lines.weight(i) < 0 && nonProseRun(lines, i, region) >= NON_PROSE_RUN
					&& !isOwnListItem(line)) {
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
		return new Cleaned(new Body(paragraphs, paragraphLines), bylineLines, new Credits(authorNote, source, editor));
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

	/**
	 * The lines of the region that the page shows more than once: the same text anywhere
	 * on the page, or the same text but for white space within the region, where a
	 * slideshow prints each caption again, sometimes with its credit glued on or a space
	 * less, sometimes twice on one line (see {@link #repeatKey}).
	 */
	private static Set<PageLine> repeatedLines(LineSet lines, Region region) {
		Map<String, Integer> counts = new HashMap<>();
		Map<String, Integer> keyCounts = new HashMap<>();
		String[] keys = new String[region.end() - region.start()];
		for (int i = region.start(); i < region.end(); i++) {
			String text = lines.text(i);
			if (text.length() >= MIN_REPEATED_CHARS) {
				counts.put(text, 0);
				String stripped = withoutSpaces(text);
				String key = repeatKey(stripped);
				keys[i - region.start()] = key;
				keyCounts.merge(key, (key.length() < stripped.length()) ? 2 : 1, Integer::sum);
			}
		}
		for (PageLine line : lines.lines()) {
			String text = line.text();
			if (text.length() >= MIN_REPEATED_CHARS) {
				counts.computeIfPresent(text, (k, c) -> c + 1);
			}
		}
		Set<PageLine> repeated = new HashSet<>();
		for (int i = region.start(); i < region.end(); i++) {
			String key = keys[i - region.start()];
			if (key != null && (counts.get(lines.text(i)) > 1 || keyCounts.get(key) > 1)) {
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
	 * A line of the article's own list (ingredients, steps, facts, a code listing) inside
	 * a run of short lines: an HTML block of a few words or more with no link in it,
	 * outside any container named like boilerplate, and no ad slot or share button.
	 * Menus, share bars and tag lists are links; a text dump does not tell links from
	 * list items, so its short runs still leave the body.
	 */
	static boolean isOwnListItem(PageLine line) {
		return line.tag() != null && line.linkChars() == 0 && !line.noisy() && line.units() >= OWN_LIST_ITEM_UNITS
				&& !LineWeight.isInlineClutter(line.text());
	}

	/**
	 * The length of the run of lines weighing against prose around line {@code i}, inside
	 * the body run.
	 */
	private static int nonProseRun(LineSet lines, int i, Region region) {
		int from = i;
		while (from > region.start() && lines.weight(from - 1) < 0) {
			from--;
		}
		int to = i + 1;
		while (to < region.end() && lines.weight(to) < 0) {
			to++;
		}
		return to - from;
	}

}
