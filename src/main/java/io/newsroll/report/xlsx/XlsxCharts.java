package io.newsroll.report.xlsx;

import java.util.List;

import io.newsroll.report.Count;
import io.newsroll.report.TrendTable;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts over a sheet's table. The values are given both as a cell range and
 * as cached values, so that a chart never has to read cells back (it works beside
 * streamed sheets too). Series fill and line are set explicitly: without them LibreOffice
 * draws the series invisible.
 */
final class XlsxCharts {

	/** The one colour of every series: a blue that prints well in grey too. */
	private static final byte[] BLUE = { (byte) 0x2F, (byte) 0x6E, (byte) 0xBA };

	/**
	 * The colours of the lines of a several-series chart, told apart in colour and in
	 * grey.
	 */
	private static final byte[][] PALETTE = { BLUE, { (byte) 0xE0, (byte) 0x7B, (byte) 0x00 },
			{ (byte) 0x3A, (byte) 0x9A, (byte) 0x3A }, { (byte) 0xB0, (byte) 0x2E, (byte) 0x2E },
			{ (byte) 0x7A, (byte) 0x5C, (byte) 0xA8 } };

	enum Shape {

		/** A line over ordered categories (days). */
		LINE,
		/** Vertical columns (hours). */
		COLUMNS,
		/** Horizontal bars, first category on top (sites, channels). */
		BARS

	}

	private XlsxCharts() {
	}

	/**
	 * Draws a chart of {@code counts}, whose labels are in column {@code labelColumn} and
	 * values in {@code valueColumn} of rows 1..n of the sheet, anchored at the given cell
	 * range.
	 */
	static void draw(XSSFSheet sheet, Shape shape, String title, List<Count> counts, int labelColumn, int valueColumn,
			int anchorColumn, int anchorRow, int widthColumns, int heightRows) {
		if (counts.isEmpty()) {
			return;
		}
		String[] labels = counts.stream().map(Count::label).toArray(String[]::new);
		Double[] values = counts.stream().map((c) -> (double) c.value()).toArray(Double[]::new);
		String name = sheet.getSheetName();
		int last = counts.size();
		XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(labels,
				new CellRangeAddress(1, last, labelColumn, labelColumn).formatAsString(name, true));
		XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(values,
				new CellRangeAddress(1, last, valueColumn, valueColumn).formatAsString(name, true));

		XSSFChart chart = titledChart(sheet, title, anchorColumn, anchorRow, widthColumns, heightRows);
		XDDFCategoryAxis categoryAxis = chart
			.createCategoryAxis((shape == Shape.BARS) ? AxisPosition.LEFT : AxisPosition.BOTTOM);
		XDDFValueAxis valueAxis = chart
			.createValueAxis((shape == Shape.BARS) ? AxisPosition.BOTTOM : AxisPosition.LEFT);
		valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
		if (shape == Shape.BARS) {
			// largest first, on top, as the table reads
			categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
		}

		XDDFChartData data;
		XDDFChartData.Series series;
		if (shape == Shape.LINE) {
			XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categoryAxis, valueAxis);
			XDDFLineChartData.Series s = (XDDFLineChartData.Series) line.addSeries(categories, numbers);
			s.setSmooth(false);
			s.setMarkerStyle(MarkerStyle.NONE);
			data = line;
			series = s;
		}
		else {
			XDDFBarChartData bar = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
			bar.setBarDirection((shape == Shape.BARS) ? BarDirection.BAR : BarDirection.COL);
			bar.setVaryColors(false);
			bar.setGapWidth(60);
			series = bar.addSeries(categories, numbers);
			data = bar;
		}
		series.setTitle(title, null);
		XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(BLUE));
		XDDFLineProperties outline = new XDDFLineProperties(fill);
		outline.setWidth((shape == Shape.LINE) ? 2.0 : 0.75);
		XDDFShapeProperties properties = new XDDFShapeProperties();
		properties.setLineProperties(outline);
		if (shape != Shape.LINE) {
			properties.setFillProperties(fill);
		}
		series.setShapeProperties(properties);
		chart.plot(data);
	}

	/** An empty chart with its title, anchored over the given cells. */
	private static XSSFChart titledChart(XSSFSheet sheet, String title, int anchorColumn, int anchorRow,
			int widthColumns, int heightRows) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, anchorColumn, anchorRow, anchorColumn + widthColumns,
				anchorRow + heightRows);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		return chart;
	}

	/**
	 * A line per row of a trend table whose step labels are in row 0 from column
	 * {@code firstStepColumn} on, and whose rows 1..n hold the label in column
	 * {@code labelColumn} and the steps' values from {@code firstStepColumn}; with a
	 * legend.
	 */
	static void lines(XSSFSheet sheet, String title, List<String> steps, List<TrendTable.Row> rows, int labelColumn,
			int firstStepColumn, int anchorColumn, int anchorRow, int widthColumns, int heightRows) {
		if (rows.isEmpty() || steps.isEmpty()) {
			return;
		}
		String name = sheet.getSheetName();
		int lastStepColumn = firstStepColumn + steps.size() - 1;
		XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(steps.toArray(String[]::new),
				new CellRangeAddress(0, 0, firstStepColumn, lastStepColumn).formatAsString(name, true));
		XSSFChart chart = titledChart(sheet, title, anchorColumn, anchorRow, widthColumns, heightRows);
		XDDFChartLegend legend = chart.getOrAddLegend();
		legend.setPosition(LegendPosition.RIGHT);
		XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
		valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categoryAxis, valueAxis);
		for (int i = 0; i < rows.size(); i++) {
			TrendTable.Row row = rows.get(i);
			Double[] values = row.perStep().stream().map(Long::doubleValue).toArray(Double[]::new);
			XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(values,
					new CellRangeAddress(1 + i, 1 + i, firstStepColumn, lastStepColumn).formatAsString(name, true));
			XDDFLineChartData.Series series = (XDDFLineChartData.Series) line.addSeries(categories, numbers);
			series.setTitle(row.label(),
					new org.apache.poi.ss.util.CellReference(name, 1 + i, labelColumn, true, true));
			series.setSmooth(false);
			series.setMarkerStyle(MarkerStyle.NONE);
			XDDFLineProperties stroke = new XDDFLineProperties(
					new XDDFSolidFillProperties(XDDFColor.from(PALETTE[i % PALETTE.length])));
			stroke.setWidth(2.0);
			XDDFShapeProperties properties = new XDDFShapeProperties();
			properties.setLineProperties(stroke);
			series.setShapeProperties(properties);
		}
		chart.plot(line);
	}

}
