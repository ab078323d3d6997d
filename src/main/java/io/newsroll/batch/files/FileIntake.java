package io.newsroll.batch.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;

/**
 * The first look at an input file the ledger does not have unchanged (the reader left
 * those out), the same for every kind: refuse links and oversized files unread, otherwise
 * read its bytes once (bounded) and hash them; same bytes as recorded means only its
 * modification time moved.
 */
public final class FileIntake {

	/** What the first look decided. */
	public sealed interface Result {

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

	private final long maxBytes;

	public FileIntake(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	public Result look(ChangedFile changed) {
		InputFile file = changed.file();
		if (file.name().length() > FileLedger.MAX_PATH_CHARS) {
			return refuse(file, ReasonCode.TOO_LARGE, "path is " + file.name().length() + " characters long, over the "
					+ FileLedger.MAX_PATH_CHARS + " the file ledger holds");
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
		if (changed.recorded() != null && changed.recorded().sha256().equals(sha)) {
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
