package io.newsroll.core.article;

import io.newsroll.core.reject.ReasonCode;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML page with jsoup into {@link PageContent}: its block-level text lines
 * ({@link HtmlLines}) and its meta data ({@link HtmlMeta}). The parser caps element
 * nesting and the walk is iterative, so hostile nesting neither overflows the stack nor
 * hangs; a page nested as deep as the cap is refused as TOO_LARGE.
 */
final class HtmlPageReader {

	private final int maxDepth;

	HtmlPageReader(int maxDepth) {
		this.maxDepth = maxDepth;
	}

	PageContent read(String html, Deadline deadline) throws PageProblem {
		Parser parser = Parser.htmlParser().setMaxDepth(this.maxDepth);
		Document doc = parser.parseInput(deadline.reader(html), "");
		HtmlLines collector = new HtmlLines(this.maxDepth - 2, deadline, ContentContainers.find(doc, deadline));
		NodeTraversor.filter(collector, doc);
		if (collector.tooDeep) {
			throw new PageProblem(ReasonCode.TOO_LARGE,
					"markup nested deeper than " + this.maxDepth + " elements; not parsed further");
		}
		return new PageContent(collector.lines, HtmlMeta.read(doc));
	}

}
