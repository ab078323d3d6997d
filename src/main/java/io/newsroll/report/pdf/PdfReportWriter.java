package io.newsroll.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.newsroll.report.Count;
import io.newsroll.report.Granularity;
import io.newsroll.report.Kpis;
import io.newsroll.report.Label;
import io.newsroll.report.MentionedPerson;
import io.newsroll.report.PreviousPeriod;
import io.newsroll.report.ReportData;
import io.newsroll.report.ReportInputs;
import io.newsroll.report.ReportLocale;
import io.newsroll.report.ReprintedArticle;
import io.newsroll.report.RosterContributor;
import io.newsroll.report.RunRow;
import io.newsroll.report.SummaryFacts;
import io.newsroll.report.TrendTable;
import io.newsroll.report.WeekdayCount;
import io.newsroll.report.pdf.PdfPages.TableColumn;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Lays a report out as an A4 PDF for reading: a summary page a manager can forward (the
 * period's sentence, key numbers against the previous period, top lists, most reprinted
 * stories), the headlines, vector charts, the views, the rejects and the runs, and an
 * appendix with the data sources; each section bookmarked, every page numbered. Chinese
 * text is set in the shipped Noto Sans SC, embedded as a subset.
 */
public final class PdfReportWriter {

	/** Rows of each top-N table. */
	static final int TOP = 20;

	/** Bars in the site and channel charts. */
	static final int CHART_BARS = 15;

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private static final Color GREY = new Color(0x55, 0x55, 0x55);

	private final ReportLocale locale;

	public PdfReportWriter(ReportLocale locale) {
		this.locale = locale;
	}

	public void write(ReportData data, OutputStream out) throws IOException {
		try (PDDocument doc = new PDDocument(); PdfPages pages = new PdfPages(doc)) {
			PDDocumentInformation info = doc.getDocumentInformation();
			info.setTitle(t(Label.REPORT_TITLE) + " " + data.period());
			info.setCreator("newsroll");
			info.setCreationDate(GregorianCalendar.from(data.generatedAt()));

			summaryPage(pages, data);
			headlines(pages, data);
			if (!data.isEmpty()) {
				charts(pages, data);
			}
			kpis(pages, data);
			topTables(pages, data);
			rejects(pages, data);
			runs(pages, data);
			appendix(pages, data);
			pages.finish(t(Label.REPORT_TITLE) + "  " + data.period(),
					(page, total) -> String.format(Locale.ROOT, t(Label.PAGE), page, total));
			doc.save(out);
		}
	}

	private String t(Label label) {
		return this.locale.text(label);
	}

	/**
	 * Page one: what a manager forwards. The sentence, the key numbers against the
	 * previous period, the top sites, sources and authors, the most reprinted stories.
	 */
	private void summaryPage(PdfPages pages, ReportData data) throws IOException {
		SummaryFacts facts = new SummaryFacts(data, this.locale);
		pages.newPage();
		pages.gap(10);
		pages.centered(t(Label.REPORT_TITLE), 22, true);
		pages.centered(data.period().from() + " – " + data.period().to() + "  (" + days(data.period().days()) + ")", 13,
				false);
		pages.gap(6);
		pages.section(t(Label.SUMMARY), 80);
		pages.paragraph(facts.sentence(), 11.5f, Color.BLACK);
		pages.gap(8);
		if (data.isEmpty()) {
			return;
		}
		Kpis k = data.kpis();
		PreviousPeriod p = data.previous();
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(t(Label.KPI_ARTICLES), number(k.articles()), number(p.articles()),
				SummaryFacts.change(k.articles(), p.articles())));
		rows.add(List.of(t(Label.KPI_SITES), number(k.sites()), number(p.sites()),
				SummaryFacts.change(k.sites(), p.sites())));
		rows.add(List.of(t(Label.KPI_AUTHORS), number(k.authors()), number(p.authors()),
				SummaryFacts.change(k.authors(), p.authors())));
		rows.add(List.of(t(Label.KPI_REPRINTS), number(k.reprints()), "", ""));
		rows.add(List.of(t(Label.KPI_REJECTS), number(k.rejects()), "", ""));
		facts.busiestDay()
			.ifPresent(
					(d) -> rows.add(List.of(t(Label.BUSIEST_DAY), d.day() + " (" + number(d.value()) + ")", "", "")));
		pages.table(List.of(new TableColumn(t(Label.KEY_NUMBERS), 0.28f, false),
				new TableColumn(t(Label.THIS_PERIOD), 0.18f, true),
				new TableColumn(t(Label.PREVIOUS_PERIOD) + " " + p.period(), 0.4f, true),
				new TableColumn(t(Label.CHANGE), 0.14f, true)), rows);

		pages.section(t(Label.TOP_LISTS), 110);
		List<Count> sites = SummaryFacts.top(data.sites(), SummaryFacts.TOP);
		List<Count> sources = SummaryFacts.top(data.sources(), SummaryFacts.TOP);
		List<Count> authors = SummaryFacts.top(data.authors(), SummaryFacts.TOP);
		List<List<String>> top = new ArrayList<>();
		for (int i = 0; i < SummaryFacts.TOP; i++) {
			if (i >= sites.size() && i >= sources.size() && i >= authors.size()) {
				break;
			}
			List<String> row = new ArrayList<>();
			row.add(Integer.toString(i + 1));
			for (List<Count> list : List.of(sites, sources, authors)) {
				row.add((i < list.size()) ? list.get(i).label() : "");
				row.add((i < list.size()) ? number(list.get(i).value()) : "");
			}
			top.add(row);
		}
		pages.table(List.of(new TableColumn(t(Label.RANK), 0.07f, true), new TableColumn(t(Label.SITE), 0.2f, false),
				new TableColumn(t(Label.ARTICLE_COUNT), 0.1f, true), new TableColumn(t(Label.SOURCE), 0.2f, false),
				new TableColumn(t(Label.ARTICLE_COUNT), 0.1f, true), new TableColumn(t(Label.AUTHOR), 0.23f, false),
				new TableColumn(t(Label.ARTICLE_COUNT), 0.1f, true)), top);

		if (!data.reprinted().isEmpty()) {
			pages.section(t(Label.MOST_REPRINTED), 80);
			rows(pages, reprintColumns(),
					data.reprinted().subList(0, Math.min(SummaryFacts.TOP, data.reprinted().size())), -1,
					this::reprintRow, ReprintedArticle::url);
		}
	}

	/**
	 * The period's stories with their site and time: the most copied, then the latest.
	 */
	private void headlines(PdfPages pages, ReportData data) throws IOException {
		if (data.headlines().isEmpty()) {
			return;
		}
		pages.section(t(Label.HEADLINES), 120);
		pages.paragraph(t(Label.HEADLINES_NOTE) + " " + zoneNote(data), 8, GREY);
		pages.table(
				List.of(new TableColumn(t(Label.PUBLISHED), 0.17f, false), new TableColumn(t(Label.SITE), 0.15f, false),
						new TableColumn(t(Label.TITLE), 0.58f, false), new TableColumn(t(Label.COPIES), 0.1f, true)),
				data.headlines()
					.stream()
					.map((h) -> List.of(dateTime(h.published()), orNone(nullToEmpty(h.site())), h.title(),
							(h.copies() > 0) ? number(h.copies()) : ""))
					.toList(),
				data.headlines().stream().map((h) -> nullToEmpty(h.url())).toList(), 2);
	}

	/** The last page: where the numbers come from, for whoever checks them. */
	private void appendix(PdfPages pages, ReportData data) throws IOException {
		pages.section(t(Label.APPENDIX), 200);
		ReportInputs in = data.inputs();
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(t(Label.PERIOD),
				data.period().from() + " – " + data.period().to() + " (" + days(data.period().days()) + ")"));
		rows.add(List.of(t(Label.GENERATED_AT),
				data.generatedAt().format(DATE_TIME) + " " + data.generatedAt().getZone()));
		rows.add(List.of(t(Label.DATABASE), in.database()));
		rows.add(List.of(t(Label.TIME_ZONE), in.zone().getId()));
		rows.add(List.of(t(Label.SCHEMA_VERSION), Integer.toString(in.schemaVersion())));
		rows.add(List.of(t(Label.ARTICLES_IN_DATABASE), number(in.articlesInDatabase())));
		rows.add(List.of(t(Label.NEWEST_ARTICLE), dateTime(in.newestArticle())));
		rows.add(List.of(t(Label.MENTION_DATA), t(in.mentionsAvailable() ? Label.AVAILABLE : Label.NOT_AVAILABLE)));
		rows.add(List.of(t(Label.RUN_DATA), t(in.runsAvailable() ? Label.AVAILABLE : Label.NOT_AVAILABLE)));
		pages.table(
				List.of(new TableColumn(t(Label.INDICATOR), 0.3f, false), new TableColumn(t(Label.VALUE), 0.7f, false)),
				rows);
		pages.paragraph(t(Label.COUNTING_NOTE) + " " + zoneNote(data), 9, GREY);
	}

	private String zoneNote(ReportData data) {
		return String.format(Locale.ROOT, t(Label.TIMES_IN_ZONE), data.inputs().zone().getId());
	}

	private void kpis(PdfPages pages, ReportData data) throws IOException {
		// the whole table on one page
		pages.section(t(Label.KEY_NUMBERS), 220);
		Kpis k = data.kpis();
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(t(Label.KPI_ARTICLES), number(k.articles())));
		rows.add(List.of(t(Label.KPI_SITES), number(k.sites())));
		rows.add(List.of(t(Label.KPI_CHANNELS), number(k.channels())));
		rows.add(List.of(t(Label.KPI_SERIES), number(k.series())));
		rows.add(List.of(t(Label.KPI_AUTHORS), number(k.authors())));
		rows.add(List.of(t(Label.KPI_EDITORS), number(k.editors())));
		rows.add(List.of(t(Label.KPI_MEAN_BODY), String.format(Locale.ROOT, "%,.1f", k.meanBodyChars())));
		rows.add(List.of(t(Label.KPI_MEDIAN_BODY), String.format(Locale.ROOT, "%,.1f", k.medianBodyChars())));
		rows.add(List.of(t(Label.KPI_DUPLICATES), number(k.duplicates())));
		rows.add(List.of(t(Label.KPI_REPRINTS), number(k.reprints())));
		rows.add(List.of(t(Label.KPI_REJECTS), number(k.rejects())));
		rows.add(List.of(t(Label.KPI_RUNS), number(k.runs())));
		pages.table(
				List.of(new TableColumn(t(Label.INDICATOR), 0.6f, false), new TableColumn(t(Label.VALUE), 0.4f, true)),
				rows);
		if (data.isEmpty()) {
			pages.paragraph(t(Label.EMPTY_PERIOD), 11, Color.BLACK);
			return;
		}
		long total = k.articles();
		SummaryFacts facts = new SummaryFacts(data, this.locale);
		if (data.period().days() > 1) {
			pages.section(t(Label.TREND), 60);
			pages.table(countColumns(t(facts.stepHeading())),
					countRows(Granularity.collapseEmpty(data.trend()), total));
		}
		if (data.period().days() < 14) {
			pages.section(t(Label.BODY_LENGTHS), 60);
			pages.table(countColumns(t(Label.BODY_LENGTH)), countRows(data.bodyLengths(), total));
			return;
		}
		pages.section(t(Label.WEEKDAYS), 60);
		List<List<String>> weekdays = new ArrayList<>();
		for (WeekdayCount w : data.weekdays()) {
			weekdays.add(List.of(w.day().getDisplayName(TextStyle.FULL, this.locale.locale()), number(w.value()),
					percent(w.value(), total)));
		}
		pages.table(countColumns(t(Label.WEEKDAY)), weekdays);
		pages.section(t(Label.BODY_LENGTHS), 60);
		pages.table(countColumns(t(Label.BODY_LENGTH)), countRows(data.bodyLengths(), total));
	}

	private void charts(PdfPages pages, ReportData data) throws IOException {
		PdfCharts charts = new PdfCharts(this.locale.locale());
		String articles = t(Label.ARTICLE_COUNT);
		pages.newPage();
		if (data.granularity() == Granularity.DAY && data.daily().size() >= 3) {
			pages.section(t(Label.CHART_DAILY), 230);
			pages.chart(charts.daily(articles, data.daily()), 230);
		}
		else if (data.granularity() != Granularity.DAY) {
			pages.section(t(Label.CHART_TREND), 230);
			pages.chart(charts.columns(t(new SummaryFacts(data, this.locale).stepHeading()), articles, data.trend()),
					230);
		}
		pages.section(t(Label.CHART_HOURS), 210);
		pages.chart(charts.columns(t(Label.HOUR), articles, data.hours()), 210);
		if (data.timeUnknown() > 0) {
			pages.paragraph(String.format(Locale.ROOT, t(Label.TIME_UNKNOWN_NOTE), number(data.timeUnknown())), 8,
					GREY);
		}
		barChart(pages, charts, Label.CHART_CHANNELS, data.channels());
		barChart(pages, charts, Label.CHART_SITES, data.sites());
	}

	private void barChart(PdfPages pages, PdfCharts charts, Label title, List<Count> counts) throws IOException {
		List<Count> top = SummaryFacts.top(counts, CHART_BARS);
		if (top.isEmpty()) {
			return;
		}
		float height = 70 + 18 * top.size();
		pages.section(t(title), height);
		pages.chart(charts.bars(t(Label.ARTICLE_COUNT), top), height);
		long missing = SummaryFacts.missing(counts);
		if (missing > 0) {
			pages.paragraph(String.format(Locale.ROOT, t(Label.MISSING_NOT_CHARTED), number(missing)), 8, GREY);
		}
	}

	private void topTables(PdfPages pages, ReportData data) throws IOException {
		long total = data.kpis().articles();
		topCounts(pages, Label.SITES, Label.SITE, data.sites(), total);
		trend(pages, data, Label.SITE_TREND, data.siteTrend());
		topCounts(pages, Label.CHANNELS, Label.CHANNEL, data.channels(), total);
		topCounts(pages, Label.SERIES, Label.SERIES_NAME, data.series(), total);
		topCounts(pages, Label.AUTHORS, Label.AUTHOR, data.authors(), total);
		topCounts(pages, Label.EDITORS, Label.EDITOR, data.editors(), total);
		topCounts(pages, Label.SOURCES, Label.SOURCE, data.sources(), total);
		trend(pages, data, Label.SOURCE_TREND, data.sourceTrend());

		pages.section(t(Label.MENTIONS) + " (" + String.format(Locale.ROOT, t(Label.TOP), TOP) + ")", 60);
		rows(pages,
				List.of(new TableColumn(t(Label.NAME), 0.5f, false),
						new TableColumn(t(Label.ARTICLE_COUNT), 0.25f, true),
						new TableColumn(t(Label.MENTION_COUNT), 0.25f, true)),
				data.mentions(), data.mentions().size(),
				(MentionedPerson m) -> List.of(m.name(), number(m.articles()), number(m.mentions())));

		pages.section(t(Label.ROSTER_CONTRIBUTORS), 60);
		pages.paragraph(t(Label.MATCH_NOTE), 8, GREY);
		rows(pages,
				List.of(new TableColumn(t(Label.NAME), 0.13f, false), new TableColumn(t(Label.ROLE), 0.08f, false),
						new TableColumn(t(Label.ARTICLE_COUNT), 0.09f, true),
						new TableColumn(t(Label.MATCH), 0.3f, false), new TableColumn(t(Label.TITLES), 0.4f, false)),
				data.rosterContributors(), data.rosterContributors().size(),
				(RosterContributor r) -> List.of(r.name(),
						t((r.role() == RosterContributor.Role.AUTHOR) ? Label.ROLE_AUTHOR : Label.ROLE_EDITOR),
						number(r.articles()), t(r.match().label()), r.titles()));

		pages.section(t(Label.REPRINTS) + " (" + String.format(Locale.ROOT, t(Label.TOP), TOP) + ")", 60);
		rows(pages, reprintColumns(), data.reprinted(), -1, this::reprintRow, ReprintedArticle::url);
	}

	/** Columns of a trend table on the page: the step, then the first few labels. */
	static final int TREND_COLUMNS = 5;

	/**
	 * The top sites (or sources) over the period: a row per step (runs of steps where
	 * none of them published collapsed), a column per label, so that any number of steps
	 * fits the page's width.
	 */
	private void trend(PdfPages pages, ReportData data, Label title, TrendTable table) throws IOException {
		if (table.isEmpty() || table.steps().size() < 2) {
			return;
		}
		List<TrendTable.Row> shown = table.rows().subList(0, Math.min(TREND_COLUMNS, table.rows().size()));
		SummaryFacts facts = new SummaryFacts(data, this.locale);
		pages.section(t(title), 80);
		String step = t(facts.stepName());
		pages.paragraph(String.format(Locale.ROOT, t(Label.TREND_NOTE), shown.size(),
				(this.locale == ReportLocale.EN) ? step.toLowerCase(Locale.ROOT) : step), 8, GREY);
		List<TableColumn> columns = new ArrayList<>();
		columns.add(new TableColumn(t(facts.stepHeading()), 0.3f, false));
		for (TrendTable.Row row : shown) {
			columns.add(new TableColumn(row.label(), 0.7f / shown.size(), true));
		}
		List<List<String>> rows = new ArrayList<>();
		int i = 0;
		while (i < table.steps().size()) {
			int j = i;
			while (j < table.steps().size() && stepTotal(shown, j) == 0) {
				j++;
			}
			if (j - i >= 2) {
				List<String> row = new ArrayList<>();
				row.add(table.steps().get(i) + " – " + table.steps().get(j - 1));
				shown.forEach((r) -> row.add("0"));
				rows.add(row);
				i = j;
				continue;
			}
			List<String> row = new ArrayList<>();
			row.add(table.steps().get(i));
			for (TrendTable.Row r : shown) {
				row.add(number(r.perStep().get(i)));
			}
			rows.add(row);
			i++;
		}
		pages.table(columns, rows);
	}

	private static long stepTotal(List<TrendTable.Row> rows, int step) {
		return rows.stream().mapToLong((r) -> r.perStep().get(step)).sum();
	}

	private List<TableColumn> reprintColumns() {
		return List.of(new TableColumn(t(Label.TITLE), 0.44f, false), new TableColumn(t(Label.SITE), 0.14f, false),
				new TableColumn(t(Label.PUBLISHED), 0.18f, false), new TableColumn(t(Label.REPRINT_COUNT), 0.1f, true),
				new TableColumn(t(Label.DUPLICATE_COUNT), 0.14f, true));
	}

	private List<String> reprintRow(ReprintedArticle r) {
		return List.of(r.title(), orNone(nullToEmpty(r.site())), dateTime(r.published()), number(r.reprints()),
				number(r.duplicates()));
	}

	private void topCounts(PdfPages pages, Label section, Label column, List<Count> counts, long total)
			throws IOException {
		String heading = t(section) + " (" + String.format(Locale.ROOT, t(Label.TOP), TOP) + ")";
		pages.section(heading, 60);
		rows(pages, countColumns(t(column)), SummaryFacts.missingLast(counts), counts.size(),
				(Count c) -> List.of(orNone(c.label()), number(c.value()), percent(c.value(), total)));
	}

	/**
	 * The first {@link #TOP} items as table rows, with a note when there are more, or "no
	 * data". The total is -1 when the list was already cut in the database (reprints) and
	 * the true count is not known.
	 */
	private <T> void rows(PdfPages pages, List<TableColumn> columns, List<T> items, long total,
			Function<T, List<String>> row) throws IOException {
		rows(pages, columns, items, total, row, null);
	}

	/** As above, the first column of each row opening {@code link}'s web address. */
	private <T> void rows(PdfPages pages, List<TableColumn> columns, List<T> items, long total,
			Function<T, List<String>> row, Function<T, String> link) throws IOException {
		if (items.isEmpty()) {
			pages.paragraph(t(Label.NO_DATA), 9, GREY);
			pages.gap(6);
			return;
		}
		List<T> shown = items.subList(0, Math.min(TOP, items.size()));
		pages.table(columns, shown.stream().map(row).toList(),
				(link != null) ? shown.stream().map((item) -> nullToEmpty(link.apply(item))).toList() : List.of(), 0);
		if (items.size() > TOP) {
			String note = (total < 0) ? String.format(Locale.ROOT, t(Label.TOP_ROWS_SHOWN), TOP)
					: String.format(Locale.ROOT, t(Label.ROWS_SHOWN), TOP, total);
			pages.paragraph(note, 8, GREY);
		}
	}

	private void rejects(PdfPages pages, ReportData data) throws IOException {
		pages.section(t(Label.REJECTS_BY_REASON), 60);
		pages.paragraph(t(Label.REJECTS_NOTE), 8, GREY);
		long total = data.kpis().rejects();
		if (data.rejectsByReason().isEmpty()) {
			pages.paragraph(t(Label.NO_DATA), 9, GREY);
			return;
		}
		List<List<String>> rows = new ArrayList<>(countRows(data.rejectsByReason(), total));
		rows.add(List.of(t(Label.KPI_REJECTS), number(total), percent(total, total)));
		pages.table(List.of(new TableColumn(t(Label.REASON), 0.5f, false), new TableColumn(t(Label.COUNT), 0.25f, true),
				new TableColumn(t(Label.SHARE), 0.25f, true)), rows);
	}

	private void runs(PdfPages pages, ReportData data) throws IOException {
		pages.section(t(Label.RUNS), 60);
		pages.paragraph(t(Label.RUNS_NOTE) + " " + zoneNote(data), 8, GREY);
		List<List<String>> rows = new ArrayList<>();
		for (RunRow r : data.runs()) {
			rows.add(List.of(Long.toString(r.id()), r.job(), r.status(), dateTime(r.start()), dateTime(r.end()),
					number(r.read()), number(r.written()), number(r.articles())));
		}
		if (rows.isEmpty()) {
			pages.paragraph(t(Label.NO_DATA), 9, GREY);
			return;
		}
		pages.table(List.of(new TableColumn(t(Label.RUN_ID), 0.1f, true), new TableColumn(t(Label.JOB), 0.15f, false),
				new TableColumn(t(Label.STATUS), 0.13f, false), new TableColumn(t(Label.START), 0.17f, false),
				new TableColumn(t(Label.END), 0.17f, false), new TableColumn(t(Label.READ), 0.09f, true),
				new TableColumn(t(Label.WRITTEN), 0.09f, true), new TableColumn(t(Label.ARTICLE_COUNT), 0.1f, true)),
				rows);
	}

	private List<TableColumn> countColumns(String heading) {
		return List.of(new TableColumn(heading, 0.6f, false), new TableColumn(t(Label.ARTICLE_COUNT), 0.2f, true),
				new TableColumn(t(Label.SHARE), 0.2f, true));
	}

	private List<List<String>> countRows(List<Count> counts, long total) {
		return counts.stream()
			.map((c) -> List.of(orNone(c.label()), number(c.value()), percent(c.value(), total)))
			.toList();
	}

	private String orNone(String label) {
		return label.isEmpty() ? t(Label.MISSING_VALUE) : label;
	}

	private static String nullToEmpty(String s) {
		return (s != null) ? s : "";
	}

	private static String number(long n) {
		return String.format(Locale.ROOT, "%,d", n);
	}

	private static String percent(long n, long total) {
		return (total == 0) ? "" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / total);
	}

	/** A time, or only its date when it is midnight: a page that gave no time of day. */
	private static String dateTime(LocalDateTime t) {
		if (t == null) {
			return "";
		}
		return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.format(DATE_TIME);
	}

	/** The period's length: "1 day", "7 days". */
	private String days(long days) {
		return (days == 1) ? t(Label.ONE_DAY) : String.format(Locale.ROOT, t(Label.DAYS), days);
	}

}