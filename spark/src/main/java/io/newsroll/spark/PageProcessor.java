package io.newsroll.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.newsroll.core.article.Article;
import io.newsroll.core.article.ArticleValidator;
import io.newsroll.core.article.BodyFingerprint;
import io.newsroll.core.article.Deadline;
import io.newsroll.core.article.PageExtraction;
import io.newsroll.core.article.PageExtractor;
import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs in the executors: reads each changed file once (bounded), and hands extraction and
 * validation to newsroll's core, as {@code newsroll ingest}'s file intake and article
 * processor do: links and oversized files are refused unread, the same content as
 * recorded only re-stamps the ledger, a page is extracted within the time limit, then
 * validated and fingerprinted.
 */
final class PageProcessor implements MapPartitionsFunction<Row, Row> {

	private static final Logger log = LoggerFactory.getLogger(PageProcessor.class);

	private final IngestSettings settings;

	private final Map<String, String> hadoopConf;

	private transient PageExtractor extractor;

	private transient ArticleValidator validator;

	private transient Configuration conf;

	PageProcessor(IngestSettings settings, Map<String, String> hadoopConf) {
		this.settings = settings;
		this.hadoopConf = hadoopConf;
	}

	@Override
	public Iterator<Row> call(Iterator<Row> files) {
		return new Iterator<>() {

			@Override
			public boolean hasNext() {
				return files.hasNext();
			}

			@Override
			public Row next() {
				return process(files.next());
			}

		};
	}

	Row process(Row changed) {
		if (this.extractor == null) {
			this.extractor = new PageExtractor(this.settings.extraction());
			this.validator = new ArticleValidator(this.settings.clock(), this.settings.minBodyChars());
		}
		String name = changed.getString(0);
		long size = changed.getLong(2);
		if (name.length() > ArticleTables.MAX_PATH_CHARS) {
			return refused(changed, ReasonCode.TOO_LARGE, "path is " + name.length() + " characters long, over the "
					+ ArticleTables.MAX_PATH_CHARS + " the file ledger holds");
		}
		if (changed.getBoolean(4)) {
			return refused(changed, ReasonCode.UNREADABLE,
					"symbolic link: newsroll does not follow links out of the input directory");
		}
		long max = this.settings.maxFileBytes();
		if (size > max) {
			return refused(changed, ReasonCode.TOO_LARGE,
					"file is " + size + " bytes, over the limit of " + max + " (newsroll.ingest.max-file-bytes)");
		}
		byte[] bytes;
		try (InputStream in = open(changed.getString(1))) {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		}
		catch (IOException ex) {
			return refused(changed, ReasonCode.UNREADABLE, "cannot read the file: " + ex);
		}
		if (bytes.length > max) {
			return refused(changed, ReasonCode.TOO_LARGE,
					"file grew beyond the limit of " + max + " bytes while being read");
		}
		String sha = sha256(bytes);
		if (sha.equals(changed.getString(5))) {
			return Outcomes.withoutArticle(changed, "", Outcomes.Status.TOUCHED, List.of());
		}
		PageExtraction extraction = this.extractor.extract(name, bytes,
				Deadline.after(this.settings.maxFileTime(), System::nanoTime));
		if (extraction instanceof PageExtraction.Rejected rejected) {
			return Outcomes.withoutArticle(changed, sha, Outcomes.Status.REJECTED, List.of(rejected.violation()));
		}
		PageExtraction.Extracted extracted = (PageExtraction.Extracted) extraction;
		extracted.notices().forEach(log::warn);
		List<Violation> violations = this.validator.validate(extracted.article());
		if (!violations.isEmpty()) {
			return Outcomes.withoutArticle(changed, sha, Outcomes.Status.REJECTED, violations);
		}
		long chars = articleChars(extracted.article());
		if (chars > IngestSettings.MAX_ARTICLE_CHARS) {
			return Outcomes
				.withoutArticle(changed, sha, Outcomes.Status.REJECTED,
						List.of(Violation.of(name, ReasonCode.TOO_LARGE, "article text is " + chars
								+ " characters, over the limit of " + IngestSettings.MAX_ARTICLE_CHARS
								+ " (newsroll.ingest.max-article-chars) that the database holds in one article")));
		}
		return loaded(changed, sha, extracted);
	}

	private Row loaded(Row changed, String sha, PageExtraction.Extracted extracted) {
		Article a = extracted.article();
		BodyFingerprint fp = BodyFingerprint.of(a.bodyText());
		LocalDateTime local = a.published().atZoneSameInstant(this.settings.zone()).toLocalDateTime();
		byte[] roster = (extracted.roster() != null) ? PageRoster.of(extracted.roster()).toBytes() : null;
		return RowFactory.create(changed.getString(0), changed.getLong(2), changed.getLong(3), sha,
				Outcomes.Status.LOADED.name(), Outcomes.seq(List.of()), a.id(), a.format(), a.encoding(), a.site(),
				a.siteDomain(), a.url(), a.channel(), a.series(), a.title(), Outcomes.seq(a.authors()),
				a.published().toInstant(), local, a.kicker(), a.lead(), Outcomes.seq(a.subheadings()), a.bodyText(),
				a.bodyChars(), fp.hash(), fp.simhash(), a.authorNote(), a.source(), a.sourcePublication(), a.editor(),
				a.lang(), Outcomes.seq(a.warnings()), roster);
	}

	/**
	 * The characters the database stores as an article's text: body, lead, subheadings.
	 */
	static long articleChars(Article article) {
		long chars = article.bodyText().length();
		chars += (article.lead() != null) ? article.lead().length() : 0;
		for (String subheading : article.subheadings()) {
			chars += subheading.length() + 1;
		}
		return chars;
	}

	private static Row refused(Row changed, ReasonCode reason, String message) {
		return Outcomes.withoutArticle(changed, "", Outcomes.Status.REJECTED,
				List.of(Violation.of(changed.getString(0), reason, message)));
	}

	/** A local file without following links (as ingest), anything else through Hadoop. */
	private InputStream open(String uri) throws IOException {
		URI u = URI.create(uri);
		if ("file".equals(u.getScheme())) {
			return Files.newInputStream(Path.of(u), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
		}
		if (this.conf == null) {
			Configuration c = new Configuration(false);
			this.hadoopConf.forEach(c::set);
			this.conf = c;
		}
		return FileSystem.get(u, this.conf).open(new org.apache.hadoop.fs.Path(u));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

}
