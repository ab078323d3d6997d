package io.newsroll.batch.rosters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;

import io.newsroll.core.article.Deadline;
import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;
import io.newsroll.core.roster.Roster;
import io.newsroll.core.roster.RosterColumns;
import io.newsroll.core.roster.RosterTable;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a roster workbook ({@code .xlsx}) with POI's streaming (SAX) reader, so that a
 * sheet of a hundred thousand rows never sits in memory as cell objects: every worksheet
 * whose header (in its first {@value #HEADER_SEARCH_ROWS} rows) names a 姓名/name column is
 * a roster; other sheets are ignored.
 * <p>
 * Safety: the zip's declared sizes are checked before POI opens it, POI's
 * {@link ZipSecureFile} guards (minimum inflate ratio, entry size) are kept at least as
 * strict as below, and the XML is parsed with POI's secure parser (no external entities).
 * Formulas are never evaluated: a formula cell gives its cached value, and a cached error
 * rejects the row. Date-formatted numbers become ISO dates.
 * <p>
 * Reading looks at the file's deadline before each sheet, every {@value #EVENTS_PER_LOOK}
 * rows and cells and at the end; a workbook out of time is rejected whole as
 * {@code TIME_LIMIT}.
 */
final class XlsxRosterReader {

	private static final int HEADER_SEARCH_ROWS = 20;

	/**
	 * Zip bomb guards: inflated bytes per compressed byte, and one entry's inflated size.
	 */
	private static final double MIN_INFLATE_RATIO = 0.01;

	private static final long MAX_ENTRY_BYTES = 1L << 30;

	/** How many rows and cells are read between two looks at the deadline. */
	private static final int EVENTS_PER_LOOK = 1024;

	/** How POI's streaming handler writes a cell whose (cached) value is an error. */
	private static final String ERROR_PREFIX = "ERROR:";

	static {
		ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
		ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
	}

	private XlsxRosterReader() {
	}

	static RosterFileResult read(Path path, String file, String defaultHeading, LocalDate defaultAsOf,
			long maxInflatedBytes, Deadline deadline) {
		Optional<String> tooLarge = checkZip(path, maxInflatedBytes);
		if (tooLarge.isPresent()) {
			return RosterFileResult.rejected(Violation.of(file,
					tooLarge.get().startsWith("unreadable") ? ReasonCode.UNREADABLE : ReasonCode.TOO_LARGE,
					tooLarge.get()));
		}
		List<RosterTable> tables = new ArrayList<>();
		List<String> sheetNames = new ArrayList<>();
		try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
			XSSFReader workbook = new XSSFReader(pkg);
			SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = workbook.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) workbook.getSheetsData();
			while (sheets.hasNext()) {
				if (deadline.passed()) {
					throw new OutOfTime();
				}
				try (InputStream in = sheets.next()) {
					SheetRows rows = new SheetRows(file, sheets.getSheetName(), deadline);
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new IsoDates(), false));
					parser.parse(new InputSource(in));
					if (rows.table != null) {
						tables.add(rows.table);
						sheetNames.add(sheets.getSheetName());
					}
				}
			}
		}
		catch (OutOfTime ex) {
			// a roster file is one snapshot: out of time, none of its sheets load
			return RosterFileResult.rejected(deadline.exceeded(file));
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			return RosterFileResult.rejected(
					Violation.of(file, ReasonCode.UNREADABLE, "not a readable .xlsx workbook: " + ex.getMessage()));
		}
		if (deadline.passed()) {
			// late is late: a workbook that ran out of time in its last rows is not
			// loaded either
			return RosterFileResult.rejected(deadline.exceeded(file));
		}
		if (tables.isEmpty()) {
			return RosterFileResult.rejected(Violation.of(file, ReasonCode.BAD_ROSTER_HEADER,
					"no worksheet has a usable header; expected " + RosterColumns.EXPECTED));
		}
		List<Roster> rosters = new ArrayList<>();
		List<Violation> violations = new ArrayList<>();
		for (int i = 0; i < tables.size(); i++) {
			String heading = (tables.size() == 1) ? defaultHeading : defaultHeading + "/" + sheetNames.get(i);
			if (tables.get(i).memberCount() > 0) {
				rosters.add(tables.get(i).roster(heading, defaultAsOf));
			}
			violations.addAll(tables.get(i).violations());
		}
		if (rosters.isEmpty() && violations.isEmpty()) {
			violations.add(Violation.of(file, ReasonCode.BAD_ROSTER_ROW, "the headers are followed by no member rows"));
		}
		return new RosterFileResult(rosters, violations);
	}

	/**
	 * Collects one sheet's rows as POI streams them: the header first, then each row into
	 * the table.
	 */
	private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final String file;

		private final String sheet;

		private final Map<Integer, String> cells = new TreeMap<>();

		private int nextColumn;

		private final Deadline deadline;

		RosterTable table;

		private boolean gaveUp;

		private int sinceLook;

		SheetRows(String file, String sheet, Deadline deadline) {
			this.file = file;
			this.sheet = sheet;
			this.deadline = deadline;
		}

		/**
		 * Counts a row or a cell, and stops the parse once time is out (cells count too:
		 * a row can hold thousands).
		 */
		private void look() {
			if (++this.sinceLook == EVENTS_PER_LOOK) {
				this.sinceLook = 0;
				if (this.deadline.passed()) {
					throw new OutOfTime();
				}
			}
		}

		@Override
		public void startRow(int rowNum) {
			look();
			this.cells.clear();
			this.nextColumn = 0;
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			look();
			int column = (reference != null) ? new CellReference(reference).getCol() : this.nextColumn;
			this.nextColumn = column + 1;
			if (value != null) {
				this.cells.put(column, value);
			}
		}

		@Override
		public void endRow(int rowNum) {
			if (this.table == null) {
				if (!this.gaveUp && rowNum < HEADER_SEARCH_ROWS) {
					RosterColumns.recognize(row(0))
						.ifPresent((columns) -> this.table = new RosterTable(this.file, columns));
				}
				this.gaveUp = rowNum >= HEADER_SEARCH_ROWS - 1 && this.table == null;
				return;
			}
			String location = this.sheet + "!" + (rowNum + 1);
			for (Map.Entry<Integer, String> cell : this.cells.entrySet()) {
				if (cell.getValue().startsWith(ERROR_PREFIX)) {
					this.table.rejectRow(location,
							"the cell " + new CellReference(rowNum, cell.getKey()).formatAsString()
									+ " holds an error (" + cell.getValue().substring(ERROR_PREFIX.length()) + ")");
					return;
				}
			}
			this.table.row(location, row(this.table.columnCount()));
		}

		private List<String> row(int minWidth) {
			int width = Math.max(minWidth,
					this.cells.isEmpty() ? 0 : ((TreeMap<Integer, String>) this.cells).lastKey() + 1);
			List<String> row = new ArrayList<>(width);
			for (int c = 0; c < width; c++) {
				row.add(this.cells.getOrDefault(c, ""));
			}
			return row;
		}

	}

	/** Time ran out; thrown out of the parse, caught in {@link #read}. */
	private static final class OutOfTime extends RuntimeException {

		private static final long serialVersionUID = 1L;

		OutOfTime() {
			super("out of time", null, false, false);
		}

	}

	/**
	 * Formats date-formatted numbers as ISO dates and everything else as Excel displays
	 * it, locale-free.
	 */
	private static final class IsoDates extends DataFormatter {

		IsoDates() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value).toLocalDate().toString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString);
		}

	}

	/**
	 * Rejects zips that declare more inflated bytes than allowed, before POI inflates
	 * anything.
	 */
	private static Optional<String> checkZip(Path path, long maxInflatedBytes) {
		try (ZipFile zip = new ZipFile(path.toFile())) {
			long total = 0;
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				long size = entry.getSize();
				total += Math.max(size, 0);
				if (size > MAX_ENTRY_BYTES || total > maxInflatedBytes) {
					return Optional.of("the workbook inflates to more than " + maxInflatedBytes + " bytes");
				}
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.of("unreadable: not a zip archive (" + ex.getMessage() + ")");
		}
	}

}
