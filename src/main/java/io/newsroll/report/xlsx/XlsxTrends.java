package io.newsroll.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.newsroll.report.Label;
import io.newsroll.report.ReportLocale;
import io.newsroll.report.TrendTable;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sheets that follow the top sites and sources over the period: one row per label
 * (its total, then its articles per step of the trend, one column per step), and a line
 * chart of the first few under the table.
 */
final class XlsxTrends {

	/** Lines in the chart: more are unreadable. */
	static final int CHART_LINES = 5;

	private final ReportLocale locale;

	private final Styles styles;

	XlsxTrends(ReportLocale locale, Styles styles) {
		this.locale = locale;
		this.styles = styles;
	}

	/**
	 * Writes a sheet named {@code name}; {@code heading} names the first column,
	 * {@code note} is the line under the table saying what it lists.
	 */
	void sheet(XSSFWorkbook wb, Label name, Label heading, TrendTable table, String note) {
		XSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(this.locale.text(name)));
		Row header = sheet.createRow(0);
		List<String> headings = new ArrayList<>();
		headings.add(this.locale.text(heading));
		headings.add(this.locale.text(Label.TOTAL));
		headings.addAll(table.steps());
		for (int c = 0; c < headings.size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(headings.get(c));
			cell.setCellStyle(this.styles.header);
		}
		int r = 1;
		int labelWidth = 16;
		for (TrendTable.Row item : table.rows()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(CellText.fit(item.label()));
			labelWidth = Math.max(labelWidth, Math.min(40, CellText.displayWidth(item.label()) + 2));
			number(row, 1, item.total());
			for (int s = 0; s < item.perStep().size(); s++) {
				number(row, 2 + s, item.perStep().get(s));
			}
		}
		if (table.isEmpty()) {
			sheet.createRow(r++).createCell(0).setCellValue(this.locale.text(Label.NO_DATA));
		}
		int last = r - 1;
		sheet.createRow(r + 1).createCell(0).setCellValue(note);
		sheet.createFreezePane(2, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(last, 0), 0, headings.size() - 1));
		sheet.setColumnWidth(0, labelWidth * 256);
		sheet.setColumnWidth(1, 10 * 256);
		for (int c = 2; c < headings.size(); c++) {
			sheet.setColumnWidth(c, Math.max(8, CellText.displayWidth(headings.get(c)) + 3) * 256);
		}
		sheet.getPrintSetup().setLandscape(true);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		if (table.steps().size() >= 3 && !table.isEmpty()) {
			List<TrendTable.Row> lines = table.rows().subList(0, Math.min(CHART_LINES, table.rows().size()));
			XlsxCharts.lines(sheet, this.locale.text(name), table.steps(), lines, 0, 2, 0, r + 3,
					Math.min(16, 2 + table.steps().size()), 18);
		}
	}

	private void number(Row row, int column, long value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(this.styles.integer);
	}

	/** The note under a trend table. */
	static String note(ReportLocale locale, int rows, Label step) {
		String name = locale.text(step);
		if (locale == ReportLocale.EN) {
			name = name.toLowerCase(Locale.ROOT);
		}
		return String.format(Locale.ROOT, locale.text(Label.TREND_NOTE), rows, name);
	}

}
