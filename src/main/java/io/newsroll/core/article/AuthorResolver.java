package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.List;

import io.newsroll.core.names.CreditClassifier;
import io.newsroll.core.text.ChineseText;
import io.newsroll.core.text.DateTimes;

/**
 * Reads who wrote an article. In order: the page's meta data (first on English pages), a
 * labelled byline between the headline and the body (作者：, 记者, "By A and B"), a byline
 * just above the headline, a dateline or byline opening the body, a name alone in the
 * byline lines, a credit closing the body, a credit just after it; then a government
 * document's issuing body (Chinese), the nearest "By" line (English and other
 * Latin-script languages: "Von", "Autor:"), and last the editor (Chinese pages that
 * credit nobody else).
 */
final class AuthorResolver {

	/** How far from the headline (or the body) a "By ..." line is still the article's. */
	private static final int BYLINE_SEARCH_LINES = 40;

	/**
	 * The names, and whether they are the editor's, taken because nobody else is
	 * credited.
	 */
	record Authors(List<String> names, boolean fromEditor) {
	}

	private AuthorResolver() {
	}

	/**
	 * The article's authors.
	 * @param titleIndex the headline's line, or -1
	 * @param editor the editor found in the credits, or null
	 */
	static Authors resolve(LineSet lines, Margins margins, Body body, int titleIndex, Region region, PageMeta meta,
			boolean chinese, String editor) {
		List<String> authors = read(margins, body.paragraphs(), meta, chinese);
		if (chinese) {
			// people only: an outlet or a compiler's word credited as an author is none
			authors = ChineseCredits.people(authors);
		}
		if (authors.isEmpty() && chinese) {
			// a credit line the body's run took in when it went on past the article
			authors = ChineseCredits.creditLineAuthors(lines, region);
		}
		if (authors.isEmpty() && chinese) {
			// a government document is the work of the body that issues it
			authors = GovernmentDocument.issuingBody(lines, region.end());
		}
		if (authors.isEmpty() && !chinese) {
			authors = nearestByline(lines, (titleIndex >= 0) ? titleIndex : region.start(), region);
		}
		if (authors.isEmpty() && editor != null && chinese) {
			// Pages that credit nobody but their editor: the editor is the person
			// answerable for the text.
			return new Authors(List.of(editor), true);
		}
		return new Authors(authors, false);
	}

	/** The authors the meta data and the lines around the body name. */
	private static List<String> read(Margins margins, List<String> paragraphs, PageMeta meta, boolean chinese) {
		List<String> bylineLines = margins.byline();
		List<String> metaNames = new ArrayList<>();
		for (String a : meta.authors()) {
			List<String> names = chinese ? chineseMetaNames(a) : englishNames(a);
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
				names = EnglishBylines.englishByline(labelAndNext(bylineLines, k));
			}
			if (names.isEmpty() && !chinese) {
				names = OtherLanguageBylines.byline(line);
			}
			if (names.isEmpty() && chinese) {
				names = ChineseCredits.originalWorkAuthor(line);
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
		List<String> aboveTitle = margins.above();
		for (int k = 0; k < aboveTitle.size(); k++) {
			String line = aboveTitle.get(k);
			List<String> names = EnglishBylines.englishByline(line);
			if (names.isEmpty() && !chinese && k > 0 && LineShapes.isDateAlone(aboveTitle.get(k - 1))
					&& LineShapes.gluedWords(line) < 2) {
				// "Phillip Maciak/" over "September 7, 2023"
				names = EnglishBylines.englishBareName(line, line);
			}
			if (names.isEmpty() && !chinese) {
				// "04.02.2022 | 13:10 Uhr | Jana Beispiel" over the headline
				names = EnglishBylines.nameAmongDates(line);
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
				names = EnglishBylines.englishByline(first);
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
					: EnglishBylines.englishBareName(OtherLanguageBylines.withoutBy(line),
							OtherLanguageBylines.withoutBy(withoutSiteName(withoutDate.trim(), meta.siteName())));
			if (names.isEmpty() && !chinese) {
				names = EnglishBylines.nameAmongDates(line);
			}
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
		List<String> afterLines = margins.after();
		for (int k = 0; k < afterLines.size(); k++) {
			String line = afterLines.get(k);
			if (line.length() < 40) {
				List<String> names = Bylines.labelledAuthors(line);
				if (names.isEmpty()) {
					names = Bylines.creditLine(line);
				}
				if (names.isEmpty() && EnglishBylines.isBylineLabel(line)) {
					// "Author" over the writer's card at the end
					names = EnglishBylines.englishByline(labelAndNext(afterLines, k));
				}
				if (names.isEmpty() && !chinese) {
					// "Text: Jana Beispiel" closing the article
					names = OtherLanguageBylines.byline(line);
				}
				if (!names.isEmpty()) {
					return names;
				}
			}
		}
		return metaNames;
	}

	/**
	 * The line, or "By" and the next line when the line is a byline's label alone
	 * ("COMMENTARY BY" over "Robert E. Moffit, Ph.D.").
	 */
	private static String labelAndNext(List<String> lines, int k) {
		String line = lines.get(k);
		return (k + 1 < lines.size() && EnglishBylines.isBylineLabel(line)) ? "By " + lines.get(k + 1) : line;
	}

	/**
	 * A "By A and B" line (or another language's: "Von A und B", "Autor: A") near the
	 * article when the lines between headline and body have none: pages put the byline
	 * above the headline, beside a photo or a little way into the text. The nearest to
	 * where the article starts wins; of English bylines only a capital "By" counts here.
	 */
	private static List<String> nearestByline(LineSet lines, int start, Region region) {
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
			if (EnglishBylines.isBylineLabel(text) && i + 1 < to) {
				// "By" (or "COMMENTARY BY", "Author") on a line of its own, the name on
				// the next
				text = "By " + lines.text(i + 1);
			}
			// away from the headline a lower-case "by" is more often a headline's
			// ("Disappointed by Capitol Hill Hearing") than a byline
			List<String> names = (text.contains("By ") || text.contains("BY ")) ? EnglishBylines.englishByline(text)
					: OtherLanguageBylines.byline(text);
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

	/**
	 * The names a Chinese page's meta data gives: Han names as a byline's, or one name in
	 * Latin letters that has a person's shape (a pen name: kingname).
	 */
	private static List<String> chineseMetaNames(String value) {
		List<String> names = Bylines.names(value);
		if (names.isEmpty() && CreditClassifier.classify(value) == CreditClassifier.Kind.PERSON
				&& !ChineseText.isAllHan(value.strip())) {
			return List.of(value.strip());
		}
		return names;
	}

	private static List<String> englishNames(String value) {
		List<String> names = new ArrayList<>();
		if (value.strip().startsWith(",")) {
			// ", The Daily Journal": a template that left the name empty and kept only
			// the outlet after it
			return names;
		}
		String v = OtherLanguageBylines.withoutBy(value.replaceFirst("^(?i)by\\s+", ""));
		for (String part : v.split("\\s*(?:,|\\band\\b|\\bund\\b|&|;)\\s*")) {
			String name = ChineseText.field(part);
			if (name != null && name.length() <= 60 && !names.contains(name)) {
				names.add(name);
			}
		}
		return names;
	}

}
