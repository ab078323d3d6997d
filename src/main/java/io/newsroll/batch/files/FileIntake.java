package io.newsroll.batch.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;

/**
 * The first look at an input file, the same for every kind: skip it when the ledger has
 * it unchanged, refuse links and oversized files unread, otherwise read its bytes once
 * (bounded) and hash them.
 */
public final class FileIntake {

	/** What the first look decided. */
	public sealed interface Result {

		/** Same size and modification time as recorded: nothing to do. */
		record Unchanged() implements Result {
		}

		/**
		 * Same content as recorded, only the modification time moved: re-stamp the
		 * ledger.
		 */
		record SameContent() implements Result {
		}

		/** Refused before parsing. */
		record Refused(Violation violation) implements Result {
		}

		/** New or changed: its bytes and their SHA-256. */
		record Read(byte[] bytes, String sha256) implements Result {
		}

	}

	private final FileLedger ledger;

	private final long maxBytes;

	public FileIntake(FileLedger ledger, long maxBytes) {
		this.ledger = ledger;
		this.maxBytes = maxBytes;
	}

	public Result look(InputFile file) {
		Optional<FileLedger.Entry> entry = this.ledger.find(file.name());
		if (FileLedger.unchanged(entry, file)) {
			return new Result.Unchanged();
		}
		if (Files.isSymbolicLink(file.path())) {
			return refuse(file, ReasonCode.UNREADABLE,
					"symbolic link: newsroll does not follow links out of the input directory");
		}
		if (file.size() > this.maxBytes) {
			return refuse(file, ReasonCode.TOO_LARGE, "file is " + file.size() + " bytes, over the limit of "
					+ this.maxBytes + " (newsroll.ingest.max-file-bytes)");
		}
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file.path(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
		}
		catch (IOException ex) {
			return refuse(file, ReasonCode.UNREADABLE, "cannot read the file: " + ex);
		}
		if (bytes.length > this.maxBytes) {
			return refuse(file, ReasonCode.TOO_LARGE,
					"file grew beyond the limit of " + this.maxBytes + " bytes while being read");
		}
		String sha = sha256(bytes);
		if (entry.isPresent() && entry.get().sha256().equals(sha)) {
			return new Result.SameContent();
		}
		return new Result.Read(bytes, sha);
	}

	private static Result refuse(InputFile file, ReasonCode reason, String message) {
		return new Result.Refused(Violation.of(file.name(), reason, message));
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

}
