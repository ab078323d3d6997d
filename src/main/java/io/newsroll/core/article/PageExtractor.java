package io.newsroll.core.article;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;
import io.newsroll.core.roster.PageRosters;
import io.newsroll.core.roster.Roster;

/**
 * Extracts the article (and any roster block) from one raw page file: HTML or a
 * plain-text dump, optionally gzip-compressed, in UTF-8, UTF-16, GB18030/GBK, Big5 or
 * whatever the page declares or detection finds. Bad data never throws: an unreadable,
 * oversized or article-less page comes back as {@link PageExtraction.Rejected} with a
 * reason code and a message naming the file. Thread-safe and reusable; one instance
 * serves a whole run.
 */
public final class PageExtractor {

	private final ExtractionSettings settings;

	private final HtmlPageReader htmlReader;

	private final ArticleAssembler assembler;

	/**
	 * An extractor that does not know when pages were crawled: only a page's own data
	 * dates what it prints without a year or relative to the day (昨天), and no date is
	 * refused for lying after the crawl (evaluation over pages of unknown crawl time).
	 */
	public PageExtractor(ExtractionSettings settings) {
		this(settings, null);
	}

	/**
	 * @param crawlClock the clock of the crawl: pages are read as they are crawled, so a
	 * date after its time is no publication date, and 昨天 or "10-08 12:00" (no year) are
	 * dated from it when the page carries no date data of its own; null when unknown
	 */
	public PageExtractor(ExtractionSettings settings, Clock crawlClock) {
		this.settings = Objects.requireNonNull(settings, "settings");
		this.htmlReader = new HtmlPageReader(settings.maxDomDepth());
		this.assembler = new ArticleAssembler(settings, crawlClock);
	}

	/**
	 * Extracts one page.
	 * @param file the page's path as given (used in the result and in messages, and to
	 * tell the format)
	 * @param content the file's raw bytes, maybe gzip-compressed
	 * @return the article, or why there is none
	 */
	public PageExtraction extract(String file, byte[] content) {
		return extract(file, content, Deadline.none());
	}

	/**
	 * Extracts one page within a time limit.
	 * @param file the page's path as given (used in the result and in messages, and to
	 * tell the format)
	 * @param content the file's raw bytes, maybe gzip-compressed
	 * @param deadline when to give up: the page is then rejected as
	 * {@link ReasonCode#TIME_LIMIT}
	 * @return the article, or why there is none
	 */
	public PageExtraction extract(String file, byte[] content, Deadline deadline) {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(deadline, "deadline");
		try {
			return extractOrFail(file, (content != null) ? content : new byte[0], deadline);
		}
		catch (Deadline.Exceeded ex) {
			return new PageExtraction.Rejected(deadline.exceeded(file));
		}
		catch (PageProblem problem) {
			return new PageExtraction.Rejected(
					Violation.of(file, problem.reason(), file + ": " + problem.getMessage()));
		}
		catch (StackOverflowError ex) {
			return new PageExtraction.Rejected(
					Violation.of(file, ReasonCode.TOO_LARGE, file + ": page structure too deeply nested to read"));
		}
		catch (RuntimeException ex) {
			// A parser bug on one hostile page must not stop a run; the page is reported,
			// not lost.
			return new PageExtraction.Rejected(Violation.of(file, ReasonCode.UNREADABLE,
					file + ": cannot be read (" + ex.getClass().getSimpleName() + ": " + ex.getMessage() + ")"));
		}
	}

	private PageExtraction extractOrFail(String file, byte[] content, Deadline deadline) throws PageProblem {
		if (content.length == 0) {
			throw new PageProblem(ReasonCode.NOT_AN_ARTICLE, "empty file (0 bytes)");
		}
		String name = file.toLowerCase(Locale.ROOT);
		boolean gzip = name.endsWith(".gz") || name.endsWith(".gzip") || Gzip.hasMagic(content);
		if (content.length > this.settings.maxDecompressedBytes()) {
			throw new PageProblem(ReasonCode.TOO_LARGE,
					"file has " + content.length + " bytes, over the limit of " + this.settings.maxDecompressedBytes());
		}
		byte[] bytes = gzip ? Gzip.inflate(content, this.settings.maxDecompressedBytes()) : content;
		if (bytes.length == 0) {
			throw new PageProblem(ReasonCode.NOT_AN_ARTICLE, "empty file (0 bytes after decompression)");
		}
		boolean html = isHtml(name, bytes);
		deadline.check();
		PageDecoder.Decoded decoded = PageDecoder.decode(bytes, html);
		if (decoded.text().isBlank()) {
			throw new PageProblem(ReasonCode.NOT_AN_ARTICLE, "blank page (only whitespace)");
		}
		deadline.check();
		PageContent page = html ? this.htmlReader.read(decoded.text(), deadline)
				: TextPageReader.read(decoded.text(), deadline);
		deadline.check();
		String format = (html ? "html" : "text") + (gzip ? "+gzip" : "");
		ArticleAssembler.Assembled assembled = this.assembler.assemble(file, format, decoded, page, deadline);
		Article article = assembled.article();
		deadline.check();
		Optional<Roster> roster = PageRosters.find(file, assembled.lines(),
				(article.published() != null) ? article.published().toLocalDate() : null);
		// late is late: a page that ran out of time in its last stage is not loaded
		// either
		deadline.check();
		List<String> notices = decoded.mixed() ? List
			.of(file + ": mixed encodings: " + decoded.gb18030Runs() + " byte runs read as GB18030, the rest as UTF-8")
				: List.of();
		return new PageExtraction.Extracted(article, roster.orElse(null), notices);
	}

	/**
	 * The file name decides; a name that does not tell (or lies about .gz) is decided by
	 * the bytes.
	 */
	private static boolean isHtml(String name, byte[] bytes) {
		String n = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
		if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".shtml") || n.endsWith(".xhtml")) {
			return true;
		}
		if (n.endsWith(".txt")) {
			return false;
		}
		return looksLikeHtml(bytes);
	}

	static boolean looksLikeHtml(byte[] bytes) {
		int limit = Math.min(bytes.length, 2048);
		String head = new String(bytes, 0, limit, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		String trimmed = head.stripLeading();
		if (trimmed.startsWith("\u00ef\u00bb\u00bf")) {
			trimmed = trimmed.substring(3).stripLeading();
		}
		return trimmed.startsWith("<") && (head.contains("<html") || head.contains("<!doctype")
				|| head.contains("<head") || head.contains("<body") || head.contains("<meta") || head.contains("<div")
				|| head.contains("<p"));
	}

}
