package io.newsroll.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.SimpleDateFormat;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import io.newsroll.report.Count;
import io.newsroll.report.DayCount;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The report's charts as JFreeChart objects, styled alike and set in the shipped CJK font
 * so that Chinese labels draw (and measure) with the glyphs the PDF embeds.
 */
final class PdfCharts {

	static final Color BLUE = new Color(0x2F, 0x6E, 0xBA);

	/**
	 * Days are calendar dates: placed at midnight UTC and labelled in UTC, so no machine
	 * zone leaks in.
	 */
	private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

	private final Locale locale;

	private final StandardChartTheme theme;

	PdfCharts(Locale locale) {
		this.locale = locale;
		this.theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
		this.theme.setExtraLargeFont(CjkFont.awt(12));
		this.theme.setLargeFont(CjkFont.awt(10));
		this.theme.setRegularFont(CjkFont.awt(8.5f));
		this.theme.setSmallFont(CjkFont.awt(7.5f));
		this.theme.setShadowVisible(false);
		this.theme.setBarPainter(new StandardBarPainter());
		this.theme.setXYBarPainter(new StandardXYBarPainter());
		this.theme.setChartBackgroundPaint(Color.WHITE);
		this.theme.setPlotBackgroundPaint(Color.WHITE);
		this.theme.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		this.theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
	}

	/** Articles per day as a line; the section heading above the chart is its title. */
	JFreeChart daily(String valueLabel, List<DayCount> days) {
		TimeSeries series = new TimeSeries(valueLabel);
		for (DayCount d : days) {
			series.add(new Day(Date.from(d.day().atStartOfDay(ZoneOffset.UTC).toInstant()), UTC, this.locale),
					d.value());
		}
		JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, valueLabel,
				new TimeSeriesCollection(series, UTC), false, false, false);
		this.theme.apply(chart);
		XYPlot plot = chart.getXYPlot();
		DateAxis axis = (DateAxis) plot.getDomainAxis();
		axis.setTimeZone(UTC);
		SimpleDateFormat format = new SimpleDateFormat((days.size() > 400) ? "yyyy-MM" : "MM-dd", this.locale);
		format.setTimeZone(UTC);
		axis.setDateFormatOverride(format);
		integerAxis((NumberAxis) plot.getRangeAxis());
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, days.size() <= 62);
		renderer.setSeriesPaint(0, BLUE);
		renderer.setSeriesStroke(0, new BasicStroke(1.8f));
		plot.setRenderer(renderer);
		return chart;
	}

	/**
	 * Vertical columns, one per count, in the given order (the 24 hours, the weeks or
	 * months of a trend).
	 */
	JFreeChart columns(String categoryLabel, String valueLabel, List<Count> counts) {
		JFreeChart chart = ChartFactory.createBarChart(null, categoryLabel, valueLabel, dataset(valueLabel, counts),
				PlotOrientation.VERTICAL, false, false, false);
		style(chart);
		if (counts.size() > 12) {
			chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		return chart;
	}

	/** Horizontal bars, the first count on top (the top sites or channels). */
	JFreeChart bars(String valueLabel, List<Count> counts) {
		JFreeChart chart = ChartFactory.createBarChart(null, null, valueLabel, dataset(valueLabel, counts),
				PlotOrientation.HORIZONTAL, false, false, false);
		style(chart);
		CategoryAxis axis = chart.getCategoryPlot().getDomainAxis();
		axis.setMaximumCategoryLabelWidthRatio(0.35f);
		axis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
		return chart;
	}

	private void style(JFreeChart chart) {
		this.theme.apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setSeriesPaint(0, BLUE);
		renderer.setDrawBarOutline(false);
		renderer.setItemMargin(0);
		plot.getDomainAxis().setCategoryMargin(0.25);
		integerAxis((NumberAxis) plot.getRangeAxis());
	}

	private static void integerAxis(NumberAxis axis) {
		axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		axis.setAutoRangeIncludesZero(true);
	}

	private static DefaultCategoryDataset dataset(String series, List<Count> counts) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (Count c : counts) {
			dataset.addValue(c.value(), series, c.label());
		}
		return dataset;
	}

}
