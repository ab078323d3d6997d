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
import io.newsroll.report.Granularity;
import io.newsroll.report.Headline;
import io.newsroll.report.DayCount;
import io.newsroll.report.Kpis;
import io.newsroll.report.Label;
import io.newsroll.report.MentionedPerson;
import io.newsroll.report.PreviousPeriod;
import io.newsroll.report.MonthlyMention;
import io.newsroll.report.RejectRow;
import io.newsroll.report.ReportData;
import io.newsroll.report.ReportInputs;
import io.newsroll.report.ReportLocale;
import io.newsroll.report.ReprintedArticle;
import io.newsroll.report.RosterContributor;
import io.newsroll.report.RowSource;
import io.newsroll.report.RunRow;
import io.newsroll.report.SummaryFacts;
import io.newsroll.report.WeekdayCount;
import io.newsroll.report.xlsx.XlsxCharts.Shape;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
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
 * Lays a report out as an Excel workbook: a summary a manager reads first, one sheet per
 * view (native charts beside the trend, hourly, site and channel tables), an appendix
 * with the data sources, then the article list (clickable URLs) and the rejects written
 * in streaming mode so that a million rows need no more heap than a few hundred. Every
 * sheet has a frozen, filtered header row; text from the input is never written as a
 * formula.
 */
public final class XlsxReportWriter {

	/** Rows an SXSSF sheet keeps in memory before flushing them to its temporary file. */
	static final int WINDOW = 200;

	/** Bars shown in the site and channel charts; the tables list all. */
	static final int CHART_BARS = 20;

	private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

	/**
	 * Clickable links written at most: each is kept in memory until the workbook is
	 * written, so the rows of a huge article list past this many carry the URL as text.
	 */
	static final int MAX_LINKS = 50_000;

	private final ReportLocale locale;

	private int linksLeft = MAX_LINKS;

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
			appendix(xssf, data);
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

	private static boolean isWebAddress(String s) {
		return (s.startsWith("http://") || s.startsWith("https://")) && s.length() < 2000
				&& s.chars().noneMatch((c) -> c <= ' ' || c == '"');
	}

	private String t(Label label) {
		return this.locale.text(label);
	}

	private String orNone(String label) {
		return label.isEmpty() ? t(Label.MISSING_VALUE) : label;
	}

	private record Entry(String name, Object value) {
	}

	/**
	 * The first sheet, what a manager reads: the sentence, the key numbers against the
	 * previous period, the busiest day, the top sites, sources and authors, and the
	 * headlines with clickable links.
	 */
	private void summary(XSSFWorkbook wb, ReportData data) {
		SummaryFacts facts = new SummaryFacts(data, this.locale);
		XSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(t(Label.SUMMARY)));
		int[] r = { 0 };
		Cell title = sheet.createRow(r[0]++).createCell(0);
		title.setCellValue(t(Label.REPORT_TITLE) + "  " + data.period());
		title.setCellStyle(this.styles.title);
		Row sentence = sheet.createRow(r[0]++);
		sentence.setHeightInPoints(48);
		Cell text = sentence.createCell(0);
		text.setCellValue(facts.sentence());
		text.setCellStyle(this.styles.wrapped);
		sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 6));
		r[0]++;
		Kpis k = data.kpis();
		PreviousPeriod p = data.previous();
		headerRow(sheet, r[0]++, t(Label.KEY_NUMBERS), t(Label.THIS_PERIOD),
				t(Label.PREVIOUS_PERIOD) + " " + p.period(), t(Label.CHANGE));
		keyRow(sheet, r[0]++, Label.KPI_ARTICLES, k.articles(), p.articles());
		keyRow(sheet, r[0]++, Label.KPI_SITES, k.sites(), p.sites());
		keyRow(sheet, r[0]++, Label.KPI_AUTHORS, k.authors(), p.authors());
		keyRow(sheet, r[0]++, Label.KPI_CHANNELS, k.channels(), null);
		keyRow(sheet, r[0]++, Label.KPI_EDITORS, k.editors(), null);
		keyRow(sheet, r[0]++, Label.KPI_SERIES, k.series(), null);
		keyRow(sheet, r[0]++, Label.KPI_MEAN_BODY, k.meanBodyChars(), null);
		keyRow(sheet, r[0]++, Label.KPI_MEDIAN_BODY, k.medianBodyChars(), null);
		keyRow(sheet, r[0]++, Label.KPI_DUPLICATES, k.duplicates(), null);
		keyRow(sheet, r[0]++, Label.KPI_REPRINTS, k.reprints(), null);
		keyRow(sheet, r[0]++, Label.KPI_REJECTS, k.rejects(), null);
		for (Count c : data.rejectsByReason()) {
			Row row = sheet.createRow(r[0]++);
			set(row, 0, Column.Kind.TEXT, t(Label.KPI_REJECTS) + " – " + c.label());
			set(row, 1, Column.Kind.INTEGER, c.value());
		}
		keyRow(sheet, r[0]++, Label.KPI_RUNS, k.runs(), null);
		facts.busiestDay().ifPresent((d) -> {
			Row row = sheet.createRow(r[0]++);
			set(row, 0, Column.Kind.TEXT, t(Label.BUSIEST_DAY));
			// the count beside the date, not under the previous period's heading
			set(row, 1, Column.Kind.TEXT, d.day() + " (" + SummaryFacts.number(d.value()) + ")");
		});
		if (data.isEmpty()) {
			Row row = sheet.createRow(r[0]++);
			set(row, 0, Column.Kind.TEXT, t(Label.EMPTY_PERIOD));
		}
		else {
			r[0]++;
			headerRow(sheet, r[0]++, t(Label.RANK), t(Label.SITE), t(Label.ARTICLE_COUNT), t(Label.SOURCE),
					t(Label.ARTICLE_COUNT), t(Label.AUTHOR), t(Label.ARTICLE_COUNT));
			List<List<Count>> lists = List.of(SummaryFacts.top(data.sites(), SummaryFacts.TOP),
					SummaryFacts.top(data.sources(), SummaryFacts.TOP),
					SummaryFacts.top(data.authors(), SummaryFacts.TOP));
			int ranks = lists.stream().mapToInt(List::size).max().orElse(0);
			for (int i = 0; i < ranks; i++) {
				Row row = sheet.createRow(r[0]++);
				set(row, 0, Column.Kind.INTEGER, i + 1);
				for (int l = 0; l < lists.size(); l++) {
					if (i < lists.get(l).size()) {
						set(row, 1 + 2 * l, Column.Kind.TEXT, lists.get(l).get(i).label());
						set(row, 2 + 2 * l, Column.Kind.INTEGER, lists.get(l).get(i).value());
					}
				}
			}
			r[0]++;
			Cell heading = sheet.createRow(r[0]++).createCell(0);
			heading.setCellValue(t(Label.HEADLINES) + " (" + t(Label.HEADLINES_NOTE) + ")");
			heading.setCellStyle(this.styles.title);
			headerRow(sheet, r[0]++, t(Label.PUBLISHED), t(Label.SITE), t(Label.TITLE), t(Label.COPIES), t(Label.URL));
			for (Headline h : data.headlines()) {
				Row row = sheet.createRow(r[0]++);
				set(row, 0, Column.Kind.DATE_TIME, h.published());
				set(row, 1, Column.Kind.TEXT, orNone(nullToEmpty(h.site())));
				set(row, 2, Column.Kind.TEXT, h.title());
				set(row, 3, Column.Kind.INTEGER, h.copies());
				link(row, 4, h.url(), t(Label.OPEN_LINK));
			}
		}
		sheet.createFreezePane(0, 1);
		int[] widths = { 30, 22, 44, 14, 26, 14, 12 };
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		printSetup(sheet);
	}

	/**
	 * A short clickable text for a web address: a summary row must not run on across the
	 * page with a long URL.
	 */
	private void link(Row row, int column, String address, String text) {
		if (address == null || !isWebAddress(address)) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		Hyperlink link = row.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
		link.setAddress(address);
		cell.setHyperlink(link);
		cell.setCellStyle(this.styles.link);
	}

	private void headerRow(Sheet sheet, int index, String... headings) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < headings.length; c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(headings[c]);
			cell.setCellStyle(this.styles.header);
		}
	}

	/** A key number, with the previous period's and the change when there is one. */
	private void keyRow(Sheet sheet, int index, Label name, Number now, Long before) {
		Row row = sheet.createRow(index);
		set(row, 0, Column.Kind.TEXT, t(name));
		set(row, 1, (now instanceof Double) ? Column.Kind.DECIMAL : Column.Kind.INTEGER, now);
		if (before != null) {
			set(row, 2, Column.Kind.INTEGER, before);
			set(row, 3, Column.Kind.PERCENT, PreviousPeriod.change(now.longValue(), before));
		}
	}

	/** The sheet before the lists: where the numbers come from. */
	private void appendix(XSSFWorkbook wb, ReportData data) {
		ReportInputs in = data.inputs();
		List<Entry> rows = new ArrayList<>();
		rows.add(new Entry(t(Label.PERIOD_FROM), data.period().from()));
		rows.add(new Entry(t(Label.PERIOD_TO), data.period().to()));
		rows.add(new Entry(t(Label.GENERATED_AT), data.generatedAt().toLocalDateTime()));
		rows.add(new Entry(t(Label.DATABASE), in.database()));
		rows.add(new Entry(t(Label.TIME_ZONE), in.zone().getId()));
		rows.add(new Entry(t(Label.SCHEMA_VERSION), in.schemaVersion()));
		rows.add(new Entry(t(Label.ARTICLES_IN_DATABASE), in.articlesInDatabase()));
		rows.add(new Entry(t(Label.NEWEST_ARTICLE), in.newestArticle()));
		rows.add(new Entry(t(Label.MENTION_DATA), t(in.mentionsAvailable() ? Label.AVAILABLE : Label.NOT_AVAILABLE)));
		rows.add(new Entry(t(Label.RUN_DATA), t(in.runsAvailable() ? Label.AVAILABLE : Label.NOT_AVAILABLE)));
		rows.add(new Entry(t(Label.COUNTING_NOTE), null));
		rows.add(new Entry(String.format(java.util.Locale.ROOT, t(Label.TIMES_IN_ZONE), in.zone().getId()), null));
		XSSFSheet sheet = table(wb, Label.APPENDIX, List.of(Column.<Entry>text(Label.INDICATOR, 24, Entry::name),
				Column.text(Label.VALUE, 20, Entry::value)), rows);
		sheet.setColumnWidth(0, 30 * 256);
	}

	private static String nullToEmpty(String s) {
		return (s != null) ? s : "";
	}

	private void views(XSSFWorkbook wb, ReportData data) {
		long total = data.kpis().articles();
		SummaryFacts facts = new SummaryFacts(data, this.locale);
		List<Count> trend = data.trend();
		XSSFSheet sheet = table(wb, Label.TREND, counts(facts.stepHeading(), total), trend);
		if (!data.isEmpty() && trend.size() >= 3) {
			XlsxCharts.draw(sheet, (data.granularity() == Granularity.DAY) ? Shape.LINE : Shape.COLUMNS,
					t(Label.CHART_TREND), trend, 0, 1, 4, 1, 14, 20);
		}
		List<Count> hours = new ArrayList<>(data.hours());
		if (data.timeUnknown() > 0) {
			hours.add(new Count(t(Label.TIME_UNKNOWN), data.timeUnknown()));
		}
		sheet = table(wb, Label.HOURS, counts(Label.HOUR, total), hours);
		if (!data.isEmpty()) {
			XlsxCharts.draw(sheet, Shape.COLUMNS, t(Label.CHART_HOURS), data.hours(), 0, 1, 4, 1, 12, 18);
		}
		if (data.period().days() >= 14) {
			table(wb, Label.WEEKDAYS,
					List.of(Column.<WeekdayCount>text(Label.WEEKDAY, 10,
							(w) -> w.day().getDisplayName(TextStyle.FULL, this.locale.locale())),
							Column.integer(Label.ARTICLE_COUNT, WeekdayCount::value),
							Column.percent(Label.SHARE, (w) -> share(w.value(), total))),
					data.weekdays());
		}
		// "(none)" is the last row of a view: counted, never charted
		List<Count> sites = SummaryFacts.missingLast(data.sites());
		sheet = table(wb, Label.SITES, counts(Label.SITE, total), sites);
		barChart(sheet, Label.CHART_SITES, sites);
		XlsxTrends trends = new XlsxTrends(this.locale, this.styles);
		trends.sheet(wb, Label.SITE_TREND, Label.SITE, data.siteTrend(),
				XlsxTrends.note(this.locale, data.siteTrend().rows().size(), facts.stepName()));
		List<Count> channels = SummaryFacts.missingLast(data.channels());
		sheet = table(wb, Label.CHANNELS, counts(Label.CHANNEL, total), channels);
		barChart(sheet, Label.CHART_CHANNELS, channels);
		table(wb, Label.SERIES, counts(Label.SERIES_NAME, total), SummaryFacts.missingLast(data.series()));
		table(wb, Label.AUTHORS, counts(Label.AUTHOR, total), data.authors());
		table(wb, Label.EDITORS, counts(Label.EDITOR, total), SummaryFacts.missingLast(data.editors()));
		table(wb, Label.SOURCES, counts(Label.SOURCE, total), SummaryFacts.missingLast(data.sources()));
		trends.sheet(wb, Label.SOURCE_TREND, Label.SOURCE, data.sourceTrend(),
				XlsxTrends.note(this.locale, data.sourceTrend().rows().size(), facts.stepName()));
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
				Column.text(Label.MATCH, 16, (r) -> t(r.match().label())),
				Column.text(Label.ORGANISATIONS, 20, RosterContributor::organisations),
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
				Column.integer(Label.FILTERED, RunRow::filtered), Column.integer(Label.SKIPPED, RunRow::skipped),
				Column.integer(Label.ARTICLE_COUNT, RunRow::articles)), data.runs());
	}

	/** The first labelled rows of a view whose "(none)" row comes last. */
	private void barChart(XSSFSheet sheet, Label title, List<Count> counts) {
		List<Count> top = SummaryFacts.top(counts, CHART_BARS);
		if (top.isEmpty()) {
			return;
		}
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
				Column.integer(Label.BODY_LENGTH, ArticleRow::bodyChars), Column.url(Label.URL, 40, ArticleRow::url),
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
		if (rows.isEmpty()) {
			noData(sheet);
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
		if (next[0] == 1 && part[0] == 1) {
			noData(sheet[0]);
		}
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

	/** An empty view says so under its header, rather than showing bare headers. */
	private void noData(Sheet sheet) {
		Cell cell = sheet.createRow(1).createCell(0);
		cell.setCellValue(t(Label.NO_DATA));
	}

	private void finish(Sheet sheet, int columns, int lastRow, int[] widths) {
		sheet.createFreezePane(0, 1);
		printSetup(sheet);
		sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 0), 0, columns - 1));
		for (int c = 0; c < columns; c++) {
			sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
		}
	}

	private static void printSetup(Sheet sheet) {
		// printed (or exported to PDF) landscape, one page wide, header row on every page
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setFitToPage(true);
	}

	private void set(Row row, int column, Column.Kind kind, Object value) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		CellStyle style;
		if (kind == Column.Kind.URL && value instanceof String s && isWebAddress(s) && this.linksLeft > 0) {
			cell.setCellValue(CellText.fit(s));
			Hyperlink link = row.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
			link.setAddress(s);
			cell.setHyperlink(link);
			this.linksLeft--;
			style = this.styles.link;
		}
		else if (value instanceof String s) {
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
