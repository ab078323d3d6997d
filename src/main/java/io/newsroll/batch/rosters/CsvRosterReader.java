package io.newsroll.batch.rosters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.opencsv.CSVParser;
import com.opencsv.CSVParserBuilder;
import com.opencsv.ICSVParser;
import io.newsroll.core.article.Deadline;
import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;
import io.newsroll.core.roster.RosterColumns;
import io.newsroll.core.roster.RosterTable;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads a roster CSV file as Excel and other tools export it: UTF-8 with or without BOM,
 * UTF-16 with BOM ("Unicode text"), otherwise GB18030 (a superset of GBK and GB2312) when
 * the bytes are not valid UTF-8; comma, tab or semicolon separated, sniffed from the
 * header line. OpenCSV splits the records.
 * <p>
 * A record whose quoted field runs over several lines is accepted when it then has the
 * header's number of fields and its second line is not a complete record by itself (Excel
 * writes line breaks inside cells that way); otherwise the quote is broken: its first
 * line is rejected and reading resumes on the next line, so one stray quote costs one
 * row, not the rest of the file.
 * <p>
 * Reading looks at the file's deadline after decoding, every {@value #ROWS_PER_LOOK}
 * records and at the end; a file out of time is rejected whole as {@code TIME_LIMIT}.
 */
final class CsvRosterReader {

	/**
	 * A quoted field spanning more lines than this is a broken quote, not a cell with
	 * line breaks.
	 */
	private static final int MAX_RECORD_LINES = 20;

	/** How many records are read between two looks at the deadline. */
	private static final int ROWS_PER_LOOK = 1024;

	private CsvRosterReader() {
	}

	static RosterFileResult read(byte[] bytes, String file, String defaultHeading, LocalDate defaultAsOf,
			Deadline deadline) {
		Optional<String> text = decode(bytes);
		if (text.isEmpty()) {
			return RosterFileResult
				.rejected(Violation.of(file, ReasonCode.UNREADABLE, "neither UTF-8, UTF-16 with BOM nor GB18030 text"));
		}
		if (deadline.passed()) {
			return RosterFileResult.rejected(deadline.exceeded(file));
		}
		String[] lines = text.get().split("\r\n|\n|\r", -1);
		if (deadline.passed()) {
			return RosterFileResult.rejected(deadline.exceeded(file));
		}
		int headerLine = 0;
		while (headerLine < lines.length && lines[headerLine].isBlank()) {
			headerLine++;
		}
		if (headerLine == lines.length) {
			return RosterFileResult.rejected(Violation.of(file, ReasonCode.BAD_ROSTER_HEADER,
					"the file is empty; expected a header with " + RosterColumns.EXPECTED));
		}
		char separator = sniffSeparator(lines[headerLine]);
		List<String> header;
		try {
			header = Arrays.asList(parser(separator).parseLine(lines[headerLine]));
		}
		catch (IOException ex) {
			header = List.of();
		}
		Optional<RosterColumns> columns = RosterColumns.recognize(header);
		if (columns.isEmpty()) {
			return RosterFileResult
				.rejected(new Violation(file, Integer.toString(headerLine + 1), ReasonCode.BAD_ROSTER_HEADER,
						"no usable header: found " + header + ", expected " + RosterColumns.EXPECTED));
		}
		RosterTable table = new RosterTable(file, columns.get());
		int width = columns.get().header().size();
		int i = headerLine + 1;
		int sinceLook = 0;
		while (i < lines.length) {
			if (++sinceLook == ROWS_PER_LOOK) {
				// a roster file is one snapshot: out of time, none of its rows load
				sinceLook = 0;
				if (deadline.passed()) {
					return RosterFileResult.rejected(deadline.exceeded(file));
				}
			}
			if (lines[i].isBlank()) {
				i++;
				continue;
			}
			int start = i;
			CSVParser parser = parser(separator);
			List<String> fields = new ArrayList<>();
			try {
				fields.addAll(Arrays.asList(parser.parseLineMulti(lines[i])));
				while (parser.isPending() && i + 1 < lines.length && i - start + 1 < MAX_RECORD_LINES) {
					i++;
					fields.addAll(Arrays.asList(parser.parseLineMulti(lines[i])));
				}
			}
			catch (IOException ex) {
				table.rejectRow(Integer.toString(start + 1), "cannot split the line: " + ex.getMessage());
				i = start + 1;
				continue;
			}
			if (parser.isPending()) {
				table.rejectRow(Integer.toString(start + 1),
						"unbalanced quote: a quoted field opened here is never closed");
				i = start + 1;
				continue;
			}
			if (i > start && (fields.size() != width || isWholeRecord(lines[start + 1], separator, width))) {
				table.rejectRow(Integer.toString(start + 1), "broken quoting: a quoted field opened here runs to line "
						+ (i + 1) + " and leaves " + fields.size() + " fields, the header has " + width);
				i = start + 1;
				continue;
			}
			table.row(Integer.toString(start + 1), fields);
			i++;
		}
		if (deadline.passed()) {
			// late is late: a file that ran out of time in its last rows is not loaded
			// either
			return RosterFileResult.rejected(deadline.exceeded(file));
		}
		if (table.memberCount() == 0) {
			List<Violation> violations = new ArrayList<>(table.violations());
			if (violations.isEmpty()) {
				violations
					.add(Violation.of(file, ReasonCode.BAD_ROSTER_ROW, "the header is followed by no member rows"));
			}
			return new RosterFileResult(List.of(), violations);
		}
		return new RosterFileResult(List.of(table.roster(defaultHeading, defaultAsOf)), table.violations());
	}

	/**
	 * Whether a line is a complete record on its own: then a quote left open above it is
	 * a stray one.
	 */
	private static boolean isWholeRecord(String line, char separator, int width) {
		CSVParser parser = parser(separator);
		try {
			return parser.parseLineMulti(line).length == width && !parser.isPending();
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static CSVParser parser(char separator) {
		return new CSVParserBuilder().withSeparator(separator)
			.withQuoteChar('"')
			.withEscapeChar(ICSVParser.NULL_CHARACTER)
			.build();
	}

	/**
	 * The separator that occurs most often outside quotes in the header line; comma on a
	 * tie.
	 */
	static char sniffSeparator(String headerLine) {
		int commas = 0;
		int tabs = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int i = 0; i < headerLine.length(); i++) {
			char c = headerLine.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				commas += (c == ',') ? 1 : 0;
				tabs += (c == '\t') ? 1 : 0;
				semicolons += (c == ';') ? 1 : 0;
			}
		}
		if (tabs > commas && tabs >= semicolons) {
			return '\t';
		}
		return (semicolons > commas) ? ';' : ',';
	}

	/**
	 * The text of the file: a BOM decides, else strict UTF-8, else strict GB18030; empty
	 * if neither fits.
	 */
	static Optional<String> decode(byte[] bytes) {
		try (BOMInputStream in = BOMInputStream.builder()
			.setInputStream(new ByteArrayInputStream(bytes))
			.setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
			.get()) {
			String bom = in.getBOMCharsetName();
			byte[] content = in.readAllBytes();
			if (bom != null) {
				return strict(content, Charset.forName(bom));
			}
			Optional<String> utf8 = strict(content, StandardCharsets.UTF_8);
			return utf8.isPresent() ? utf8 : strict(content, Charset.forName("GB18030"));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static Optional<String> strict(byte[] bytes, Charset charset) {
		try {
			return Optional.of(charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

}
