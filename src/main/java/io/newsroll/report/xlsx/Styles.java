package io.newsroll.report.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of the workbook, created once (Excel caps a workbook at 64,000
 * styles).
 */
final class Styles {

	final CellStyle header;

	final CellStyle title;

	final CellStyle text;

	final CellStyle quotedText;

	final CellStyle integer;

	final CellStyle decimal;

	final CellStyle percent;

	final CellStyle date;

	final CellStyle dateTime;

	/** A clickable URL: blue, underlined. */
	final CellStyle link;

	/** The summary's sentence: wrapped over the merged width. */
	final CellStyle wrapped;

	Styles(Workbook wb) {
		short formats[] = { wb.createDataFormat().getFormat("#,##0"), wb.createDataFormat().getFormat("#,##0.0"),
				wb.createDataFormat().getFormat("0.0%"), wb.createDataFormat().getFormat("yyyy-mm-dd"),
				wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss") };
		Font bold = wb.createFont();
		bold.setBold(true);
		this.header = wb.createCellStyle();
		this.header.setFont(bold);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setBorderBottom(BorderStyle.THIN);
		this.header.setVerticalAlignment(VerticalAlignment.CENTER);
		Font big = wb.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 14);
		this.title = wb.createCellStyle();
		this.title.setFont(big);
		this.text = wb.createCellStyle();
		this.quotedText = wb.createCellStyle();
		this.quotedText.setQuotePrefixed(true);
		this.integer = numeric(wb, formats[0]);
		this.decimal = numeric(wb, formats[1]);
		this.percent = numeric(wb, formats[2]);
		this.date = numeric(wb, formats[3]);
		this.dateTime = numeric(wb, formats[4]);
		Font blue = wb.createFont();
		blue.setUnderline(Font.U_SINGLE);
		blue.setColor(IndexedColors.BLUE.getIndex());
		this.link = wb.createCellStyle();
		this.link.setFont(blue);
		this.wrapped = wb.createCellStyle();
		this.wrapped.setWrapText(true);
		this.wrapped.setVerticalAlignment(VerticalAlignment.TOP);
	}

	private static CellStyle numeric(Workbook wb, short format) {
		CellStyle style = wb.createCellStyle();
		style.setDataFormat(format);
		return style;
	}

}
