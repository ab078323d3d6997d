package io.newsroll.batch.articles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import io.newsroll.batch.NewsrollProperties;
import io.newsroll.batch.files.FileLedger;
import io.newsroll.batch.files.InputFile;
import io.newsroll.batch.run.RunProgress;
import io.newsroll.core.article.ArticleValidator;
import io.newsroll.core.article.PageExtraction;
import io.newsroll.core.article.PageExtractor;
import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns one article file into what the writer stores: skips files the ledger has seen unchanged
 * (returns null, counted as filtered), reads the bytes once (size-limited, symbolic links refused),
 * and hands extraction and validation to the core.
 */
class ArticleFileProcessor implements ItemProcessor<InputFile, FileOutcome> {

	private final FileLedger ledger;

	private final PageExtractor extractor;

	private final ArticleValidator validator;

	private final NewsrollProperties.Ingest limits;

	private final RunProgress progress;

	ArticleFileProcessor(FileLedger ledger, PageExtractor extractor, ArticleValidator validator,
			NewsrollProperties.Ingest limits, RunProgress progress) {
		this.ledger = ledger;
		this.extractor = extractor;
		this.validator = validator;
		this.limits = limits;
		this.progress = progress;
	}

	@Override
	public FileOutcome process(InputFile file) {
		long done = this.progress.fileDone();
		TestHooks.maybeFail(this.limits, done);
		Optional<FileLedger.Entry> entry = this.ledger.find(file.name());
		if (FileLedger.unchanged(entry, file)) {
			return null;
		}
		if (Files.isSymbolicLink(file.path())) {
			return reject(file, null, ReasonCode.UNREADABLE,
					"symbolic link: newsroll does not follow links out of the input directory");
		}
		if (file.size() > this.limits.maxFileBytes()) {
			return reject(file, null, ReasonCode.TOO_LARGE, "file is " + file.size() + " bytes, over the limit of "
					+ this.limits.maxFileBytes() + " (newsroll.ingest.max-file-bytes)");
		}
		byte[] bytes;
		try {
			bytes = read(file);
		}
		catch (IOException ex) {
			return reject(file, null, ReasonCode.UNREADABLE, "cannot read the file: " + ex.getMessage());
		}
		String sha = sha256(bytes);
		if (entry.isPresent() && entry.get().sha256().equals(sha)) {
			return new FileOutcome.Touched(file);
		}
		PageExtraction extraction = this.extractor.extract(file.name(), bytes);
		if (extraction instanceof PageExtraction.Rejected rejected) {
			return new FileOutcome.Rejected(file, sha, List.of(rejected.violation()));
		}
		PageExtraction.Extracted extracted = (PageExtraction.Extracted) extraction;
		List<Violation> violations = this.validator.validate(extracted.article());
		if (!violations.isEmpty()) {
			return new FileOutcome.Rejected(file, sha, violations);
		}
		return new FileOutcome.Loaded(file, sha, extracted.article(), extracted.roster());
	}

	private byte[] read(InputFile file) throws IOException {
		try (InputStream in = Files.newInputStream(file.path(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.limits.maxFileBytes() + 1));
			if (bytes.length > this.limits.maxFileBytes()) {
				throw new IOException("file grew beyond the size limit while being read");
			}
			return bytes;
		}
	}

	private static FileOutcome reject(InputFile file, String sha, ReasonCode reason, String message) {
		return new FileOutcome.Rejected(file, (sha != null) ? sha : "", List.of(Violation.of(file.name(), reason, message)));
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
