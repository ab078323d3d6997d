package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.List;

import io.newsroll.core.text.ChineseText;

/**
 * Finds the line that shows the headline: the one matching the {@code <title>} without
 * its site and channel suffix (or og:title), preferably a heading element, before the
 * body and close to it; else the headline over an English byline, else the
 * headline-shaped line before the body that reads most like the title.
 */
final class HeadlineFinder {

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

	private HeadlineFinder() {
	}

	/**
	 * The article's title: the headline line's text (without what a dump glued after it),
	 * else the meta data's headline, else the {@code <title>}'s; normalized, or null.
	 */
	static String title(LineSet lines, int titleIndex, PageTitle pageTitle, PageMeta meta) {
		String title = (titleIndex >= 0) ? headline(lines.text(titleIndex), pageTitle, meta)
				: (meta.headline() != null) ? meta.headline() : pageTitle.headline();
		return ChineseText.field(title);
	}

	/**
	 * The index of the line that shows the headline, or -1.
	 * @param global the densest run of the page (the body's first guess), or null
	 */
	static int find(LineSet lines, PageMeta meta, PageTitle pageTitle, Region global) {
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
			if (lines.units(i) > 100) {
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
				&& (reference == null || PageTitle.similarity(lines.text(best), reference) >= 0.3)) {
			return best;
		}
		if (reference == null) {
			return best;
		}
		// No line shows the <title>: the headline may reword it. It sits above the byline
		// ("By Jean Levasseur | Published Oct 27, 2023"), over a dek or a photo caption.
		int aboveByline = headlineAboveByline(lines, bodyStart, reference);
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
			int units = lines.units(i);
			if (units < 3 || units > 60 || line.linkRatio() > 0.5 || !headlineShaped(line.text())) {
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
	 * The headline over the first English byline near the start of the body: of the
	 * headline-shaped lines of four words or more among the few lines above it (below any
	 * menu line), the one that reads most like the page's title; -1 when there is none.
	 */
	private static int headlineAboveByline(LineSet lines, int bodyStart, String reference) {
		for (int i = Math.max(1, bodyStart - BodyLocator.ANCHOR_WINDOW); i < Math.min(lines.size(),
				bodyStart + BYLINE_INTO_BODY); i++) {
			String byline = lines.text(i);
			if (lines.units(i) >= 30 || EnglishBylines.englishByline(byline).isEmpty()
					|| Captions.mentionsPicture(byline)) {
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
				int units = lines.units(j);
				if (units >= 4 && units <= 40 && text.charAt(0) != '(' && headlineShaped(text)
						&& !LineShapes.isMetaLine(text, units)) {
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
		return sentenceBreaks == 0 && LineShapes.gluedWords(text) < 2 && !LineWeight.isBoilerplate(text)
				&& !Captions.mentionsPicture(text);
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

}
