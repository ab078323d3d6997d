package io.newsroll.batch.rosters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

import io.newsroll.core.article.Deadline;
import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;

/**
 * Reads a roster file ({@code .csv}, {@code .tsv}, {@code .xlsx}) into rosters and
 * rejects. A roster's heading is its 名单/roster column, else the file name without
 * extension; its as-of date is the latest date of its 日期/as_of column, else the file's
 * last-modified date in the configured zone.
 */
public final class RosterFileReader {

	/**
	 * Files larger than this are rejected with TOO_LARGE, and workbooks inflating to more
	 * than 4x.
	 */
	public static final long DEFAULT_MAX_BYTES = 256L << 20;

	private final ZoneId zone;

	private final long maxBytes;

	public RosterFileReader(ZoneId zone, long maxBytes) {
		this.zone = Objects.requireNonNull(zone, "zone");
		this.maxBytes = maxBytes;
	}

	public RosterFileReader(ZoneId zone) {
		this(zone, DEFAULT_MAX_BYTES);
	}

	/** Whether the file's extension is a roster format this reader knows. */
	public static boolean isRosterFile(Path path) {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".xlsx");
	}

	/**
	 * Reads one file.
	 * @param path the file
	 * @param file the file as it is to be recorded (relative path, or as given on the
	 * command line)
	 * @return rosters and rejects; never throws for bad content
	 */
	public RosterFileResult read(Path path, String file) {
		return read(path, file, Deadline.none());
	}

	/**
	 * Reads one file within a time limit.
	 * @param path the file
	 * @param file the file as it is to be recorded (relative path, or as given on the
	 * command line)
	 * @param deadline when to give up: the whole file is then rejected as
	 * {@link ReasonCode#TIME_LIMIT} and none of its rows load (a roster file is one
	 * snapshot)
	 * @return rosters and rejects; never throws for bad content
	 */
	public RosterFileResult read(Path path, String file, Deadline deadline) {
		Objects.requireNonNull(deadline, "deadline");
		String name = path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = (dot > 0) ? name.substring(0, dot) : name;
		String extension = (dot > 0) ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
		try {
			long size = Files.size(path);
			if (size > this.maxBytes) {
				return RosterFileResult.rejected(Violation.of(file, ReasonCode.TOO_LARGE,
						"the file has " + size + " bytes, the limit is " + this.maxBytes));
			}
			LocalDate modified = Files.getLastModifiedTime(path).toInstant().atZone(this.zone).toLocalDate();
			return switch (extension) {
				case "csv", "tsv" -> CsvRosterReader.read(Files.readAllBytes(path), file, stem, modified, deadline);
				case "xlsx" -> XlsxRosterReader.read(path, file, stem, modified, 4 * this.maxBytes, deadline);
				default -> RosterFileResult.rejected(Violation.of(file, ReasonCode.UNREADABLE,
						"not a roster format (.csv, .tsv or .xlsx): " + name));
			};
		}
		catch (IOException ex) {
			return RosterFileResult.rejected(Violation.of(file, ReasonCode.UNREADABLE, "cannot read the file: " + ex));
		}
	}

}
