package io.newsroll.core.article;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.newsroll.core.text.ChineseText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The source a page's markup names by the element's own name when the text prints it
 * without a label or apart from it:
 * {@code <span class="source-2pXi2vGI"><a>新华网</a></span>},
 * {@code <div id="article_source">来源：人民网</div>}. A class or id counts when one of its
 * parts (split at {@code -}, {@code _} and spaces) is a source word; picture and video
 * credits ({@code img-source}) and the sources of teasers in lists ({@code li}) do not.
 * The first such element in page order with a short value names the source.
 */
final class MarkedSource {

	/** Parts of a class or id that name the article's source. */
	private static final Set<String> SOURCE_PARTS = Set.of("source", "laiyuan", "articlesource", "newssource");

	/** Parts that make the element a picture's or a video's credit instead. */
	private static final Set<String> PICTURE_PARTS = Set.of("img", "image", "photo", "pic", "picture", "video", "tu");

	private static final Pattern PARTS = Pattern.compile("[-_\\s]+");

	/** How long a source's name may be. */
	private static final int MAX_CHARS = 30;

	private static final Pattern DATE_OR_ADDRESS = Pattern.compile("\\d{4}|https?:|www\\.|\\.com");

	private MarkedSource() {
	}

	/** The source the markup names, or null. */
	static String read(Document doc) {
		for (Element e : doc.select("[class], [id]")) {
			if (!isSourceElement(e) || e.closest("li") != null) {
				continue;
			}
			String value = value(e.text());
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private static boolean isSourceElement(Element e) {
		boolean source = false;
		for (String name : new String[] { e.className(), e.id() }) {
			for (String part : PARTS.split(name.toLowerCase(Locale.ROOT))) {
				if (PICTURE_PARTS.contains(part)) {
					return false;
				}
				source |= SOURCE_PARTS.contains(part);
			}
		}
		return source;
	}

	/** The name the element's text gives: after a label when it has one, else itself. */
	static String value(String text) {
		String s = ChineseText.field(text);
		if (s == null) {
			return null;
		}
		String labelled = Bylines.source(s);
		if (labelled != null) {
			return labelled;
		}
		if (s.length() > MAX_CHARS || DATE_OR_ADDRESS.matcher(s).find() || !hasLetter(s) || s.indexOf(':') >= 0
				|| s.indexOf('：') >= 0) {
			return null;
		}
		return s;
	}

	private static boolean hasLetter(String s) {
		return s.codePoints().anyMatch(Character::isLetter);
	}

}
