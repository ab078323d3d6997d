package io.newsroll.batch.articles;

import java.util.List;

import io.newsroll.batch.NewsrollProperties;
import io.newsroll.batch.files.ChangedFile;
import io.newsroll.batch.files.FileIntake;
import io.newsroll.batch.files.InputFile;
import io.newsroll.batch.run.RunProgress;
import io.newsroll.core.article.Article;
import io.newsroll.core.article.ArticleValidator;
import io.newsroll.core.article.BodyFingerprint;
import io.newsroll.core.article.Deadline;
import io.newsroll.core.article.PageExtraction;
import io.newsroll.core.article.PageExtractor;
import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns one new or changed article file into what the writer stores: reads the bytes
 * once, and hands extraction and validation to the core.
 */
class ArticleFileProcessor implements ItemProcessor<ChangedFile, FileOutcome> {

	private static final Logger log = LoggerFactory.getLogger(ArticleFileProcessor.class);

	private final FileIntake intake;

	private final PageExtractor extractor;

	private final ArticleValidator validator;

	private final NewsrollProperties.Ingest limits;

	private final RunProgress progress;

	ArticleFileProcessor(FileIntake intake, PageExtractor extractor, ArticleValidator validator,
			NewsrollProperties.Ingest limits, RunProgress progress) {
		this.intake = intake;
		this.extractor = extractor;
		this.validator = validator;
		this.limits = limits;
		this.progress = progress;
	}

	@Override
	public FileOutcome process(ChangedFile changed) {
		TestHooks.maybeFail(this.limits, this.progress.fileDone());
		InputFile file = changed.file();
		FileIntake.Result look = this.intake.look(changed);
		if (look instanceof FileIntake.Result.SameContent) {
			return new FileOutcome.Touched(file);
		}
		if (look instanceof FileIntake.Result.Refused refused) {
			return new FileOutcome.Rejected(file, "", List.of(refused.violation()));
		}
		FileIntake.Result.Read read = (FileIntake.Result.Read) look;
		PageExtraction extraction = this.extractor.extract(file.name(), read.bytes(),
				Deadline.after(this.limits.maxFileTime(), System::nanoTime));
		if (extraction instanceof PageExtraction.Rejected rejected) {
			return new FileOutcome.Rejected(file, read.sha256(), List.of(rejected.violation()));
		}
		PageExtraction.Extracted extracted = (PageExtraction.Extracted) extraction;
		extracted.notices().forEach(log::warn);
		List<Violation> violations = this.validator.validate(extracted.article());
		if (!violations.isEmpty()) {
			return new FileOutcome.Rejected(file, read.sha256(), violations);
		}
		long chars = articleChars(extracted.article());
		if (chars > this.limits.maxArticleChars()) {
			return new FileOutcome.Rejected(file, read.sha256(),
					List.of(Violation.of(file.name(), ReasonCode.TOO_LARGE,
							"article text is " + chars + " characters, over the limit of "
									+ this.limits.maxArticleChars()
									+ " (newsroll.ingest.max-article-chars) that the database holds in one article")));
		}
		// fingerprinted here, in the partition's thread, not under the writers' lock
		BodyFingerprint fingerprint = BodyFingerprint.of(extracted.article().bodyText());
		return new FileOutcome.Loaded(file, read.sha256(), extracted.article(), fingerprint, extracted.roster());
	}

	/**
	 * The characters of an article that the database stores as text: body, lead,
	 * subheadings.
	 */
	static long articleChars(Article article) {
		long chars = article.bodyText().length();
		chars += (article.lead() != null) ? article.lead().length() : 0;
		for (String subheading : article.subheadings()) {
			chars += subheading.length() + 1;
		}
		return chars;
	}

}
