package io.newsroll.core.article;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.newsroll.core.text.ChineseText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The container of an HTML page's article text, read from the document's structure (as
 * readability and trafilatura do), to weigh against the line reading of
 * {@link BodyLocator}: each paragraph ({@code p}, {@code pre}, {@code blockquote}, a
 * block with its own text) gives its parent a score for its length and its commas and
 * half of it to its grandparent; a candidate ({@code article}, {@code main},
 * {@code section}, {@code div}, {@code td}) keeps its score times the share of its text
 * outside links, more when its own name says content ({@link ContainerWords}), less when
 * it says boilerplate; a candidate whose paragraphs are many short teasers is a listing
 * and counts little. One iterative walk, then one pass over the candidates.
 */
final class ContentContainers {

	private static final Set<String> CANDIDATE_TAGS = Set.of("article", "main", "section", "div", "td");

	private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote");

	private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
			"select", "textarea", "button", "form", "nav", "footer", "aside", "header", "head");

	/** Paragraph text shorter than this (characters) scores nothing. */
	private static final int MIN_PARAGRAPH_CHARS = 25;

	/** The least score a container needs to count at all. */
	static final double MIN_SCORE = 20;

	private ContentContainers() {
	}

	/** What was counted under one element. */
	private static final class Tally {

		int chars;

		int linkChars;

	}

	/** The best candidate container of the page's text, or null when none counts. */
	static Element find(Document doc, Deadline deadline) {
		Map<Element, Tally> tallies = new IdentityHashMap<>();
		Element body = doc.body();
		if (body == null) {
			return null;
		}
		NodeTraversor.filter(new NodeFilter() {
			private int nodes;

			private int links;

			@Override
			public FilterResult head(Node node, int depth) {
				if ((++this.nodes & 1023) == 0) {
					deadline.check();
				}
				if (node instanceof Element e) {
					if (SKIPPED.contains(e.normalName())) {
						return FilterResult.SKIP_ENTIRELY;
					}
					this.links += e.normalName().equals("a") ? 1 : 0;
				}
				return FilterResult.CONTINUE;
			}

			@Override
			public FilterResult tail(Node node, int depth) {
				if (node instanceof TextNode t) {
					int n = visible(t.getWholeText());
					Element parent = t.parent();
					if (n > 0 && parent != null) {
						Tally tally = tallies.computeIfAbsent(parent, (k) -> new Tally());
						tally.chars += n;
						tally.linkChars += (this.links > 0) ? n : 0;
					}
					return FilterResult.CONTINUE;
				}
				if (node instanceof Element a && a.normalName().equals("a")) {
					this.links--;
				}
				if (!(node instanceof Element e)) {
					return FilterResult.CONTINUE;
				}
				Tally own = tallies.get(e);
				if (own == null) {
					return FilterResult.CONTINUE;
				}
				Element parent = e.parent();
				if (parent != null) {
					Tally up = tallies.computeIfAbsent(parent, (k) -> new Tally());
					up.chars += own.chars;
					up.linkChars += own.linkChars;
				}
				return FilterResult.CONTINUE;
			}
		}, body);
		// paragraph scores, given to the parent and half to the grandparent
		Map<Element, Double> scores = new IdentityHashMap<>();
		for (Map.Entry<Element, Tally> entry : tallies.entrySet()) {
			Element e = entry.getKey();
			Tally t = entry.getValue();
			boolean paragraph = PARAGRAPH_TAGS.contains(e.normalName());
			if (!paragraph) {
				continue;
			}
			int plain = t.chars - t.linkChars;
			if (plain < MIN_PARAGRAPH_CHARS || t.linkChars * 2 > t.chars) {
				continue;
			}
			String text = e.text();
			double score = 1 + commas(text) + Math.min(plain / 100.0, 3);
			Element parent = e.parent();
			if (parent != null) {
				scores.merge(parent, score, Double::sum);
				Element grand = parent.parent();
				if (grand != null) {
					scores.merge(grand, score / 2, Double::sum);
				}
			}
		}
		Element best = null;
		double bestScore = MIN_SCORE;
		for (Map.Entry<Element, Double> entry : scores.entrySet()) {
			Element e = entry.getKey();
			if (!CANDIDATE_TAGS.contains(e.normalName()) && !e.normalName().equals("body")) {
				continue;
			}
			Tally t = tallies.get(e);
			if (t == null || t.chars == 0) {
				continue;
			}
			double linkDensity = (double) t.linkChars / t.chars;
			double score = entry.getValue() * (1 - linkDensity) * nameFactor(e);
			if (score > bestScore) {
				bestScore = score;
				best = e;
			}
		}
		return best;
	}

	/** More for a name that says content, less for one that says boilerplate. */
	static double nameFactor(Element e) {
		String names = e.className() + " " + e.id() + " " + e.attr("itemprop");
		if (names.isBlank()) {
			return 1;
		}
		if (HtmlLines.hasNoisyWord(e.className()) || HtmlLines.hasNoisyWord(e.id())) {
			return 0.3;
		}
		return hasContentWord(names) ? 1.25 : 1;
	}

	/**
	 * Whether a class, id or itemprop has one of the {@link ContainerWords#CONTENT}
	 * words.
	 */
	static boolean hasContentWord(String names) {
		for (String word : names.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
			if (!word.isEmpty() && ContainerWords.CONTENT.words().contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static int commas(String text) {
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			n += (c == ',' || c == '，' || c == '、') ? 1 : 0;
		}
		return n;
	}

	private static int visible(String s) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			if (!ChineseText.isSpace(s.charAt(i))) {
				n++;
			}
		}
		return n;
	}

}
