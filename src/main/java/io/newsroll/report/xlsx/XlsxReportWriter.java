package io.newsroll.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

import io.newsroll.report.ArticleRow;
import io.newsroll.report.Count;
import io.newsroll.report.DayCount;
import io.newsroll.report.Kpis;
import io.newsroll.report.Label;
import io.newsroll.report.MentionedPerson;
import io.newsroll.report.MonthlyMention;
import io.newsroll.report.RejectRow;
import io.newsroll.report.ReportData;
import io.newsroll.report.ReportInputs;
import io.newsroll.report.ReportLocale;
import io.newsroll.report.ReprintedArticle;
import io.newsroll.report.RosterContributor;
import io.newsroll.report.RowSource;
import io.newsroll.report.RunRow;
import io.newsroll.report.WeekdayCount;
import io.newsroll.report.xlsx.XlsxCharts.Shape;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lays a report out as an Excel workbook: a summary, one sheet per view (native charts
 * beside the daily, hourly, site and channel tables), then the article list and the
 * rejects written in streaming mode so that a million rows need no more heap than a few
 * hundred. Every sheet has a frozen, filtered header row; text from the input is never
 * written as a formula.
 */
public final class XlsxReportWriter {

	/** Rows an SXSSF sheet keeps in memory before flushing them to its temporary file. */
	static final int WINDOW = 200;

	/** Bars shown in the site and channel charts; the tables list all. */
	static final int CHART_BARS = 20;

	private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

	private final ReportLocale locale;

	private Styles styles;

	private ZoneId zone;

	public XlsxReportWriter(ReportLocale locale) {
		this.locale = locale;
	}

	public void write(ReportData data, OutputStream out) throws IOException {
		this.zone = data.inputs().zone();
		try (XSSFWorkbook xssf = new XSSFWorkbook()) {
			this.styles = new Styles(xssf);
			summary(xssf, data);
			views(xssf, data);
			SXSSFWorkbook wb = new StreamingWorkbook(xssf, WINDOW);
			try {
				streamed(wb, Label.ARTICLES, articleColumns(), data.articles());
				streamed(wb, Label.REJECTS, rejectColumns(), data.rejects());
				wb.write(out);
			}
			finally {
				wb.dispose();
			}
		}
	}

	private String t(Label label) {
		return this.locale.text(label);
	}

	private String orNone(String label) {
		return label.isEmpty() ? t(Label.MISSING_VALUE) : label;
	}

	private record Entry(String name, Object value) {
	}

	private void summary(XSSFWorkbook wb, ReportData data) {
		ReportInputs in = data.inputs();
		Kpis k = data.kpis();
		List<Entry> rows = new ArrayList<>();
		rows.add(new Entry(t(Label.REPORT_TITLE), data.period().toString()));
		rows.add(new Entry(t(Label.PERIOD_FROM), data.period().from()));
		rows.add(new Entry(t(Label.PERIOD_TO), data.period().to()));
		rows.add(new Entry(t(Label.GENERATED_AT), data.generatedAt().toLocalDateTime()));
		rows.add(new Entry(t(Label.DATABASE), in.database()));
		rows.add(new Entry(t(Label.TIME_ZONE), in.zone().getId()));
		rows.add(new Entry(t(Label.SCHEMA_VERSION), in.schemaVersion()));
		rows.add(new Entry(t(Label.ARTICLES_IN_DATABASE), in.articlesInDatabase()));
		rows.add(new Entry(t(Label.MENTION_DATA), t(in.mentionsAvailable() ? Label.AVAILABLE : Label.NOT_AVAILABLE)));
		rows.add(new Entry(t(Label.RUN_DATA), t(in.runsAvailable() ? Label.AVAILABLE : Label.NOT_AVAILABLE)));
		rows.add(new Entry(t(Label.KPI_ARTICLES), k.articles()));
		rows.add(new Entry(t(Label.KPI_SITES), k.sites()));
		rows.add(new Entry(t(Label.KPI_CHANNELS), k.channels()));
		rows.add(new Entry(t(Label.KPI_SERIES), k.series()));
		rows.add(new Entry(t(Label.KPI_AUTHORS), k.authors()));
		rows.add(new Entry(t(Label.KPI_EDITORS), k.editors()));
		rows.add(new Entry(t(Label.KPI_MEAN_BODY), k.meanBodyChars()));
		rows.add(new Entry(t(Label.KPI_MEDIAN_BODY), k.medianBodyChars()));
		rows.add(new Entry(t(Label.KPI_DUPLICATES), k.duplicates()));
		rows.add(new Entry(t(Label.KPI_REPRINTS), k.reprints()));
		rows.add(new Entry(t(Label.KPI_REJECTS), k.rejects()));
		rows.add(new Entry(t(Label.KPI_RUNS), k.runs()));
		for (Count c : data.rejectsByReason()) {
			rows.add(new Entry(t(Label.KPI_REJECTS) + " – " + c.label(), c.value()));
		}
		if (data.isEmpty()) {
			rows.add(new Entry(t(Label.EMPTY_PERIOD), 0L));
		}
		rows.add(new Entry(t(Label.COUNTING_NOTE), null));
		XSSFSheet sheet = table(wb, Label.SUMMARY, List.of(Column.<Entry>text(Label.INDICATOR, 24, Entry::name),
				Column.text(Label.VALUE, 20, Entry::value)), rows);
		// the counting note may run on over the empty cell beside it; it must not widen
		// the column
		sheet.setColumnWidth(0, 30 * 256);
	}

	private void views(XSSFWorkbook wb, ReportData data) {
		long total = data.kpis().articles();
		List<Column<DayCount>> daily = List.of(Column.date(Label.DAY, DayCount::day),
				Column.text(Label.WEEKDAY, 8,
						(d) -> d.day().getDayOfWeek().getDisplayName(TextStyle.SHORT, this.locale.locale())),
				Column.integer(Label.ARTICLE_COUNT, DayCount::value));
		XSSFSheet sheet = table(wb, Label.DAILY, daily, data.daily());
		if (!data.isEmpty()) {
			List<Count> days = data.daily().stream().map((d) -> new Count(d.day().toString(), d.value())).toList();
			XlsxCharts.draw(sheet, Shape.LINE, t(Label.CHART_DAILY), days, 0, 2, 4, 1, 14, 20);
		}
		table(wb, Label.WEEKLY, counts(Label.WEEK, total), data.weekly());
		table(wb, Label.MONTHLY, counts(Label.MONTH, total), data.monthly());
		sheet = table(wb, Label.HOURS, counts(Label.HOUR, total), data.hours());
		if (!data.isEmpty()) {
			XlsxCharts.draw(sheet, Shape.COLUMNS, t(Label.CHART_HOURS), data.hours(), 0, 1, 4, 1, 12, 18);
		}
		table(wb, Label.WEEKDAYS,
				List.of(Column.<WeekdayCount>text(Label.WEEKDAY, 10,
						(w) -> w.day().getDisplayName(TextStyle.FULL, this.locale.locale())),
						Column.integer(Label.ARTICLE_COUNT, WeekdayCount::value),
						Column.percent(Label.SHARE, (w) -> share(w.value(), total))),
				data.weekdays());
		sheet = table(wb, Label.SITES, counts(Label.SITE, total), data.sites());
		barChart(sheet, Label.CHART_SITES, data.sites());
		sheet = table(wb, Label.CHANNELS, counts(Label.CHANNEL, total), data.channels());
		barChart(sheet, Label.CHART_CHANNELS, data.channels());
		table(wb, Label.SERIES, counts(Label.SERIES_NAME, total), data.series());
		table(wb, Label.AUTHORS, counts(Label.AUTHOR, total), data.authors());
		table(wb, Label.EDITORS, counts(Label.EDITOR, total), data.editors());
		table(wb, Label.SOURCES, counts(Label.SOURCE, total), data.sources());
		table(wb, Label.BODY_LENGTHS, counts(Label.BODY_LENGTH, total), data.bodyLengths());
		long rejects = data.kpis().rejects();
		table(wb, Label.REJECTS_BY_REASON,
				List.of(Column.<Count>text(Label.REASON, 20, Count::label), Column.integer(Label.COUNT, Count::value),
						Column.percent(Label.SHARE, (c) -> share(c.value(), rejects))),
				data.rejectsByReason());
		table(wb, Label.MENTIONS,
				List.of(Column.<MentionedPerson>text(Label.NAME, 12, MentionedPerson::name),
						Column.integer(Label.ARTICLE_COUNT, MentionedPerson::articles),
						Column.integer(Label.MENTION_COUNT, MentionedPerson::mentions)),
				data.mentions());
		table(wb, Label.MONTHLY_MENTIONS,
				List.of(Column.<MonthlyMention>text(Label.MONTH, 10, (m) -> m.month().toString()),
						Column.text(Label.NAME, 12, MonthlyMention::name),
						Column.integer(Label.ARTICLE_COUNT, MonthlyMention::articles),
						Column.integer(Label.MENTION_COUNT, MonthlyMention::mentions)),
				data.monthlyMentions());
		table(wb, Label.ROSTER_CONTRIBUTORS, List.of(
				Column.<RosterContributor>text(Label.NAME, 12, RosterContributor::name),
				Column.text(Label.ROLE, 8,
						(r) -> t((r.role() == RosterContributor.Role.AUTHOR) ? Label.ROLE_AUTHOR : Label.ROLE_EDITOR)),
				Column.integer(Label.ARTICLE_COUNT, RosterContributor::articles),
				Column.text(Label.TITLES, 40, RosterContributor::titles)), data.rosterContributors());
		table(wb, Label.REPRINTS,
				List.of(Column.<ReprintedArticle>text(Label.TITLE, 40, ReprintedArticle::title),
						Column.text(Label.SITE, 12, ReprintedArticle::site),
						Column.dateTime(Label.PUBLISHED, ReprintedArticle::published),
						Column.integer(Label.REPRINT_COUNT, ReprintedArticle::reprints),
						Column.integer(Label.DUPLICATE_COUNT, ReprintedArticle::duplicates),
						Column.text(Label.ID, 20, ReprintedArticle::id)),
				data.reprinted());
		table(wb, Label.RUNS, List.of(Column.<RunRow>integer(Label.RUN_ID, RunRow::id),
				Column.text(Label.JOB, 16, RunRow::job), Column.text(Label.STATUS, 12, RunRow::status),
				Column.dateTime(Label.START, RunRow::start), Column.dateTime(Label.END, RunRow::end),
				Column.integer(Label.READ, RunRow::read), Column.integer(Label.WRITTEN, RunRow::written),
				Column.integer(Label.FILTERED, RunRow::filtered), Column.integer(Label.SKIPPED, RunRow::skipped)),
				data.runs());
	}

	private void barChart(XSSFSheet sheet, Label title, List<Count> counts) {
		if (counts.isEmpty()) {
			return;
		}
		List<Count> top = counts.subList(0, Math.min(CHART_BARS, counts.size()))
			.stream()
			.map((c) -> new Count(orNone(c.label()), c.value()))
			.toList();
		XlsxCharts.draw(sheet, Shape.BARS, t(title), top, 0, 1, 4, 1, 12, Math.max(12, top.size() + 4));
	}

	/** Label, articles and share of all articles: the shape of most views. */
	private List<Column<Count>> counts(Label heading, long total) {
		return List.of(Column.text(heading, 12, (c) -> orNone(c.label())),
				Column.integer(Label.ARTICLE_COUNT, Count::value),
				Column.percent(Label.SHARE, (c) -> share(c.value(), total)));
	}

	private static Double share(long value, long total) {
		return (total == 0) ? null : (double) value / total;
	}

	private List<Column<ArticleRow>> articleColumns() {
		return List.of(Column.dateTime(Label.PUBLISHED, ArticleRow::published),
				Column.text(Label.SITE, 12, ArticleRow::site), Column.text(Label.CHANNEL, 10, ArticleRow::channel),
				Column.text(Label.SERIES_NAME, 20, ArticleRow::series), Column.text(Label.TITLE, 50, ArticleRow::title),
				Column.text(Label.AUTHOR, 14, ArticleRow::authors), Column.text(Label.EDITOR, 10, ArticleRow::editor),
				Column.text(Label.SOURCE, 12, ArticleRow::source),
				Column.integer(Label.BODY_LENGTH, ArticleRow::bodyChars), Column.text(Label.URL, 40, ArticleRow::url),
				Column.text(Label.FILE, 40, ArticleRow::file), Column.text(Label.ID, 20, ArticleRow::id));
	}

	private List<Column<RejectRow>> rejectColumns() {
		return List.of(Column.dateTime(Label.CREATED, RejectRow::createdAt),
				Column.integer(Label.RUN_ID, RejectRow::runId), Column.text(Label.REASON, 18, RejectRow::reason),
				Column.text(Label.FILE, 40, RejectRow::file), Column.text(Label.LOCATION, 10, RejectRow::location),
				Column.text(Label.MESSAGE, 60, RejectRow::message));
	}

	/**
	 * A small sheet: header, rows, frozen header, filter, widths fitted to the content.
	 */
	private <T> XSSFSheet table(XSSFWorkbook wb, Label name, List<Column<T>> columns, List<T> rows) {
		XSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(t(name)));
		int[] widths = header(sheet, columns);
		int r = 1;
		for (T item : rows) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < columns.size(); c++) {
				Object value = columns.get(c).value().apply(item);
				set(row, c, columns.get(c).kind(), value);
				if (value instanceof String s) {
					widths[c] = Math.max(widths[c], Math.min(60, CellText.displayWidth(s) + 2));
				}
			}
		}
		finish(sheet, columns.size(), r - 1, widths);
		return sheet;
	}

	/**
	 * A long sheet written in streaming mode. Past Excel's 1,048,576 rows the list
	 * continues on a second sheet ({@code Articles 2}) rather than being cut.
	 */
	private <T> void streamed(SXSSFWorkbook wb, Label name, List<Column<T>> columns, RowSource<T> rows) {
		int[] part = { 1 };
		Sheet[] sheet = { newStreamedSheet(wb, t(name), columns) };
		int[] next = { 1 };
		int[] widths = columns.stream().mapToInt(Column::width).toArray();
		rows.forEach((item) -> {
			if (next[0] == MAX_ROWS) {
				finish(sheet[0], columns.size(), next[0] - 1, widths);
				part[0]++;
				sheet[0] = newStreamedSheet(wb, t(name) + " " + part[0], columns);
				next[0] = 1;
			}
			Row row = sheet[0].createRow(next[0]++);
			for (int c = 0; c < columns.size(); c++) {
				set(row, c, columns.get(c).kind(), columns.get(c).value().apply(item));
			}
		});
		finish(sheet[0], columns.size(), next[0] - 1, widths);
	}

	private <T> Sheet newStreamedSheet(Workbook wb, String name, List<Column<T>> columns) {
		Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(name));
		header(sheet, columns);
		return sheet;
	}

	private <T> int[] header(Sheet sheet, List<Column<T>> columns) {
		Row header = sheet.createRow(0);
		int[] widths = new int[columns.size()];
		for (int c = 0; c < columns.size(); c++) {
			String text = t(columns.get(c).heading());
			Cell cell = header.createCell(c);
			cell.setCellValue(text);
			cell.setCellStyle(this.styles.header);
			// room for the filter button
			widths[c] = Math.max(columns.get(c).width(), CellText.displayWidth(text) + 4);
		}
		return widths;
	}

	private void finish(Sheet sheet, int columns, int lastRow, int[] widths) {
		sheet.createFreezePane(0, 1);
		// printed (or exported to PDF) landscape, one page wide, header row on every page
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 0), 0, columns - 1));
		for (int c = 0; c < columns; c++) {
			sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
		}
	}

	private void set(Row row, int column, Column.Kind kind, Object value) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		CellStyle style;
		if (value instanceof String s) {
			cell.setCellValue(CellText.fit(s));
			style = CellText.looksLikeFormula(s) ? this.styles.quotedText : null;
		}
		else if (value instanceof LocalDate d) {
			cell.setCellValue(d);
			style = this.styles.date;
		}
		else if (value instanceof LocalDateTime t) {
			cell.setCellValue(t);
			style = this.styles.dateTime;
		}
		else if (value instanceof OffsetDateTime t) {
			cell.setCellValue(t.atZoneSameInstant(this.zone).toLocalDateTime());
			style = this.styles.dateTime;
		}
		else if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
			style = switch (kind) {
				case PERCENT -> this.styles.percent;
				case DECIMAL -> this.styles.decimal;
				default -> (n instanceof Double || n instanceof Float) ? this.styles.decimal : this.styles.integer;
			};
		}
		else {
			throw new IllegalArgumentException("no cell type for " + value.getClass().getName());
		}
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

}
