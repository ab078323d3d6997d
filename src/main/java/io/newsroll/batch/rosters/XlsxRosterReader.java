package io.newsroll.batch.rosters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;
import io.newsroll.core.roster.Roster;
import io.newsroll.core.roster.RosterColumns;
import io.newsroll.core.roster.RosterTable;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a roster workbook ({@code .xlsx}) with POI: every worksheet whose header (in its first
 * {@value #HEADER_SEARCH_ROWS} rows) names a 姓名/name column is a roster; other sheets are ignored.
 * <p>
 * Safety: the zip's declared sizes are checked before POI opens it, POI's {@link ZipSecureFile} guards
 * (minimum inflate ratio, entry and text size) are kept at least as strict as below, and POI parses the
 * XML with its secure defaults (no external entities). Formulas are never evaluated: a formula cell gives
 * its cached value, and a cached error rejects the row.
 */
final class XlsxRosterReader {

	private static final int HEADER_SEARCH_ROWS = 20;

	/** Zip bomb guards: inflated bytes per compressed byte, and the whole workbook's inflated size. */
	private static final double MIN_INFLATE_RATIO = 0.01;

	private static final long MAX_ENTRY_BYTES = 1L << 30;

	static {
		ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
		ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
	}

	private XlsxRosterReader() {
	}

	static RosterFileResult read(Path path, String file, String defaultHeading, LocalDate defaultAsOf, long maxInflatedBytes) {
		Optional<String> tooLarge = checkZip(path, maxInflatedBytes);
		if (tooLarge.isPresent()) {
			return RosterFileResult.rejected(Violation.of(file, tooLarge.get().startsWith("unreadable")
					? ReasonCode.UNREADABLE : ReasonCode.TOO_LARGE, tooLarge.get()));
		}
		List<RosterTable> tables = new ArrayList<>();
		List<String> sheetNames = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(path.toFile(), null, true)) {
			DataFormatter formatter = new DataFormatter();
			for (Sheet sheet : workbook) {
				readSheet(sheet, file, formatter).ifPresent((table) -> {
					tables.add(table);
					sheetNames.add(sheet.getSheetName());
				});
			}
		}
		catch (IOException | RuntimeException ex) {
			return RosterFileResult.rejected(Violation.of(file, ReasonCode.UNREADABLE, "not a readable .xlsx workbook: " + ex.getMessage()));
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

	private static Optional<RosterTable> readSheet(Sheet sheet, String file, DataFormatter formatter) {
		int headerRow = -1;
		RosterColumns columns = null;
		for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum() && r < HEADER_SEARCH_ROWS; r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Optional<RosterColumns> recognized = RosterColumns.recognize(cells(row, row.getLastCellNum(), formatter));
			if (recognized.isPresent()) {
				headerRow = r;
				columns = recognized.get();
				break;
			}
		}
		if (columns == null) {
			return Optional.empty();
		}
		RosterTable table = new RosterTable(file, columns);
		for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			String location = sheet.getSheetName() + "!" + (r + 1);
			int width = Math.max(row.getLastCellNum(), columns.header().size());
			Optional<String> error = formulaError(row, width);
			if (error.isPresent()) {
				table.rejectRow(location, error.get());
				continue;
			}
			table.row(location, cells(row, width, formatter));
		}
		return Optional.of(table);
	}

	private static List<String> cells(Row row, int width, DataFormatter formatter) {
		List<String> cells = new ArrayList<>(Math.max(width, 0));
		for (int c = 0; c < width; c++) {
			cells.add(value(row.getCell(c), formatter));
		}
		return cells;
	}

	private static Optional<String> formulaError(Row row, int width) {
		for (int c = 0; c < width; c++) {
			Cell cell = row.getCell(c);
			if (cell != null && cell.getCellType() == CellType.FORMULA
					&& cell.getCachedFormulaResultType() == CellType.ERROR) {
				return Optional.of("formula in " + cell.getAddress() + " has an error as its cached value");
			}
		}
		return Optional.empty();
	}

	/** A cell as text: dates as ISO dates, numbers as displayed, formulas by their cached value. */
	static String value(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			case NUMERIC -> {
				if (DateUtil.isCellDateFormatted(cell)) {
					yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
				}
				yield formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
						cell.getCellStyle().getDataFormatString());
			}
			default -> "";
		};
	}

	/** Rejects zips that declare more inflated bytes than allowed, before POI inflates anything. */
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
