package io.newsroll.batch.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import io.newsroll.report.Label;
import io.newsroll.report.ReportData;
import io.newsroll.report.ReportFormat;
import io.newsroll.report.ReportLocale;
import io.newsroll.report.ReportPeriod;
import io.newsroll.report.TrendTable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReportServiceTest {

	private static final ReportPeriod PERIOD = new ReportPeriod(LocalDate.of(2019, 5, 20), LocalDate.of(2019, 5, 26));

	private static final String IN_PERIOD = "published_local >= TIMESTAMP '2019-05-20 00:00:00' "
			+ "AND published_local < TIMESTAMP '2019-05-27 00:00:00'";

	/**
	 * Rejects a report counts: of the runs that loaded the period's articles, or made in
	 * the period.
	 */
	private static final String REJECTS_BY_SQL = "SELECT COUNT(*) FROM reject WHERE run_id IN "
			+ "(SELECT run_id FROM article WHERE " + IN_PERIOD
			+ ") OR (created_at >= TIMESTAMP '2019-05-20 00:00:00+08:00' "
			+ "AND created_at < TIMESTAMP '2019-05-27 00:00:00+08:00')";

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2019-06-01T02:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path dir;

	private ReportDatabase db;

	private ReportService service;

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	@BeforeEach
	void setUp() throws Exception {
		this.db = new ReportDatabase(this.dir).withArticles().withMentions().withRuns();
		this.service = new ReportService(this.db.dataSource, CLOCK);
	}

	@AfterEach
	void tearDown() {
		this.db.shutdown();
	}

	private ReportRequest request(ReportPeriod period, ReportLocale locale) {
		return new ReportRequest(period, EnumSet.allOf(ReportFormat.class), locale, this.dir.resolve("out"),
				ReportRequest.DEFAULT_ZONE);
	}

	@Test
	void computesThePeriodsNumbersInTheDatabase() {
		ReportData data = this.service.data(request(PERIOD, ReportLocale.ZH));
		assertThat(data.kpis().articles()).isEqualTo(4)
			.isEqualTo(this.db.count("SELECT COUNT(*) FROM article WHERE " + IN_PERIOD));
		assertThat(data.inputs().articlesInDatabase()).isEqualTo(this.db.count("SELECT COUNT(*) FROM article"));
		assertThat(data.inputs().schemaVersion()).isGreaterThanOrEqualTo(2);
		assertThat(data.kpis().sites()).isEqualTo(3);
		assertThat(data.kpis().channels()).isEqualTo(2);
		assertThat(data.kpis().authors()).isEqualTo(3);
		assertThat(data.kpis().editors()).isEqualTo(2);
		assertThat(data.kpis().meanBodyChars()).isCloseTo(2290.0, within(1e-9));
		assertThat(data.kpis().medianBodyChars()).isCloseTo(1740.0, within(1e-9));
		assertThat(data.kpis().duplicates()).isEqualTo(1);
		assertThat(data.kpis().reprints()).isEqualTo(2);
		assertThat(data.kpis().rejects()).as("rejects of the runs that loaded the period's articles, or made in it")
			.isEqualTo(4)
			.isEqualTo(this.db.count(REJECTS_BY_SQL));
		assertThat(data.kpis().runs()).isEqualTo(2);
		assertThat(data.timeUnknown()).as("a3 gives only a date")
			.isEqualTo(1)
			.isEqualTo(this.db.count("SELECT COUNT(*) FROM article WHERE " + IN_PERIOD
					+ " AND CAST(published_local AS TIME) = TIME '00:00:00'"));
		assertThat(data.hours().get(0).value()).isZero();
		assertThat(data.previous().period())
			.isEqualTo(new ReportPeriod(LocalDate.of(2019, 5, 13), LocalDate.of(2019, 5, 19)));
		assertThat(data.previous().articles()).isEqualTo(1)
			.isEqualTo(this.db
				.count("SELECT COUNT(*) FROM article WHERE published_local >= TIMESTAMP '2019-05-13 00:00:00' "
						+ "AND published_local < TIMESTAMP '2019-05-20 00:00:00'"));
		assertThat(data.headlines()).extracting((h) -> h.id() + " " + h.copies())
			.as("the most copied first, then the latest")
			.containsExactly("a1 1", "a4 0", "a2 0", "a3 0");
		assertThat(data.headlines().get(0).url()).isEqualTo("http://www.example.cn/a1.shtml");
		assertThat(data.inputs().newestArticle()).isEqualTo("2019-05-27T00:00");
		assertThat(data.daily()).extracting((d) -> d.value()).containsExactly(1L, 2L, 0L, 0L, 0L, 0L, 1L);
		assertThat(data.hours().get(7).value()).isEqualTo(1);
		assertThat(data.hours().get(23).value()).isEqualTo(1);
		assertThat(data.authors().get(0).label()).isEqualTo("李明");
		assertThat(data.authors().get(0).value()).isEqualTo(2);
		assertThat(data.channels()).extracting((c) -> c.label() + "=" + c.value())
			.containsExactly("工会=2", "=1", "评论=1");
		assertThat(data.mentions()).extracting((m) -> m.name() + ":" + m.articles() + "/" + m.mentions())
			.containsExactly("王东明:2/4", "陈刚:1/2");
		assertThat(data.rosterContributors()).extracting((r) -> r.name() + " " + r.role() + " " + r.articles())
			.containsExactly("李明 AUTHOR 2", "尹文卓 EDITOR 3");
		assertThat(data.editors()).as("a3 names two editors, joined by 、: each counts once")
			.extracting((c) -> c.label() + "=" + c.value())
			.containsExactly("尹文卓=3", "=1", "赵六=1");
		assertThat(data.editors().get(0).value()).isEqualTo(this.db
			.count("SELECT COUNT(*) FROM article WHERE " + IN_PERIOD + " AND '、' || editor || '、' LIKE '%、尹文卓、%'"));
		assertThat(data.rosterContributors().get(0).titles()).isEqualTo("安徽省人大常委会副主任、省总工会主席");
		assertThat(data.reprinted().get(0).title()).isEqualTo(ReportDatabase.SEED_TITLE);
		assertThat(data.reprinted()).as("originals of the period with their copies; a copy is no original")
			.extracting((r) -> r.id() + " " + r.reprints() + " " + r.duplicates())
			.containsExactly("a1 1 0");
		assertThat(data.runs()).extracting((r) -> r.id() + " " + r.status() + " " + r.read() + " " + r.skipped())
			.containsExactly("10 COMPLETED 7 0", "11 FAILED 78 2");
		List<String> titles = new ArrayList<>();
		assertThat(data.articles().forEach((a) -> titles.add(a.title()))).isEqualTo(4);
		assertThat(titles).containsExactly("职工技能大赛在合肥举行", ReportDatabase.SEED_TITLE, ReportDatabase.FORMULA_TITLE,
				"@all 劳模精神代代相传");
	}

	@Test
	void topSitesAndSourcesAreFollowedStepByStepAsSqlCountsThem() {
		ReportData week = this.service.data(request(PERIOD, ReportLocale.ZH));
		assertThat(week.siteTrend().steps()).hasSize(7).startsWith("2019-05-20");
		assertThat(week.siteTrend().rows()).extracting(TrendTable.Row::label).containsExactly("中工网", "人民网", "新华网");
		assertMatchesSql(week.siteTrend(), "site", PERIOD);
		assertThat(week.sourceTrend().rows()).as("no (none) row")
			.extracting(TrendTable.Row::label)
			.containsExactly("工人日报", "新华社");
		assertMatchesSql(week.sourceTrend(), "source_publication", PERIOD);
		ReportPeriod years = new ReportPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2024, 12, 31));
		ReportData sixYears = this.service.data(request(years, ReportLocale.ZH));
		assertThat(sixYears.siteTrend().steps()).hasSize(24).startsWith("2019-Q1", "2019-Q2");
		assertThat(sixYears.siteTrend().rows().get(0).perStep().get(1)).as("b1, a1, a2, b2").isEqualTo(4);
		assertMatchesSql(sixYears.siteTrend(), "site", years);
	}

	/** Every cell of a trend table equals its count in SQL, day by day added up. */
	private void assertMatchesSql(TrendTable table, String column, ReportPeriod period) {
		io.newsroll.report.Granularity step = io.newsroll.report.Granularity.of(period);
		for (TrendTable.Row row : table.rows()) {
			java.util.Map<String, Long> bySql = new java.util.LinkedHashMap<>();
			table.steps().forEach((label) -> bySql.put(label, 0L));
			this.db.jdbc.query("SELECT CAST(published_local AS DATE), COUNT(*) FROM article WHERE " + column
					+ " = ? AND published_local >= ? AND published_local < ? GROUP BY CAST(published_local AS DATE)",
					(java.sql.ResultSet rs) -> {
						bySql.merge(step.label(rs.getObject(1, LocalDate.class)), rs.getLong(2), Long::sum);
					}, row.label(), period.from().atStartOfDay(), period.endExclusive().atStartOfDay());
			assertThat(row.perStep()).as(row.label()).containsExactlyElementsOf(bySql.values());
			assertThat(row.total()).isEqualTo(bySql.values().stream().mapToLong(Long::longValue).sum());
		}
	}

	@Test
	void rosterMatchesSayHowSureTheyAre() {
		// 李明's roster entry names his organisation, which his article a1 names too
		this.db.jdbc.update("UPDATE roster_member SET attributes = 'organization=中华全国总工会' WHERE name = '李明'");
		this.db.jdbc.update("UPDATE article SET body = '中华全国总工会召开会议' WHERE id = 'a1'");
		// 尹文卓 is on 全总领导 (no organisation column: the heading stands for it) and on
		// another organisation's roster; none of the articles they edited names either
		this.db.jdbc.update("INSERT INTO roster_snapshot (id, heading, as_of, file, source_kind, content_sha, run_id) "
				+ "VALUES ('s2', '某省总工会领导', DATE '2019-05-01', 's2.csv', 'FILE', 'sha2', 1)");
		assertThat(matches()).containsExactly("李明 AUTHOR SURE 中华全国总工会", "尹文卓 EDITOR NAME_ONLY 全总领导");
		this.db.jdbc.update("INSERT INTO roster_member (snapshot_id, position, name, raw_name, titles_raw, attributes) "
				+ "VALUES ('s2', 0, '尹文卓', '尹文卓', '副主席', 'organization=某省总工会')");
		assertThat(matches()).containsExactly("李明 AUTHOR SURE 中华全国总工会", "尹文卓 EDITOR NAME_AMBIGUOUS 全总领导、某省总工会");
		// a roster read from a page of 中工网, where 尹文卓 edited a1 and a2
		this.db.jdbc.update("UPDATE roster_snapshot SET file = 'input/articles/a2.txt' WHERE id = 's1'");
		assertThat(matches()).containsExactly("李明 AUTHOR SURE 中华全国总工会", "尹文卓 EDITOR SURE 全总领导、某省总工会");
	}

	private List<String> matches() {
		return this.service.data(request(PERIOD, ReportLocale.ZH))
			.rosterContributors()
			.stream()
			.map((r) -> r.name() + " " + r.role() + " " + r.match() + " " + r.organisations())
			.toList();
	}

	@Test
	void latestTitlesComeFromTheLatestDateThenTheSnapshotLoadedLastNeverTheSmallerId() {
		// two more snapshots of 李明 dated like the seed's: 'zz' (an id that sorts last) is
		// loaded first, 'aa' (an id that sorts first) last, in a later run: 'aa' is the
		// latest
		snapshot("zz", "2019-05-21", 2, "旧职务");
		snapshot("aa", "2019-05-21", 3, "新职务");
		assertThat(titlesOf("李明")).isEqualTo("新职务");
		// in the same run, the one loaded last
		snapshot("ab", "2019-05-21", 3, "最后载入的职务");
		assertThat(titlesOf("李明")).isEqualTo("最后载入的职务");
		// an earlier as-of date loses whatever its load order
		snapshot("ac", "2019-05-01", 4, "更早日期的职务");
		assertThat(titlesOf("李明")).isEqualTo("最后载入的职务");
	}

	private void snapshot(String id, String asOf, long run, String titles) {
		this.db.jdbc.update("INSERT INTO roster_snapshot (id, heading, as_of, file, source_kind, content_sha, run_id) "
				+ "VALUES (?, '全总领导', CAST(? AS DATE), ?, 'FILE', 'sha', ?)", id, asOf, id + ".csv", run);
		this.db.jdbc.update("INSERT INTO roster_member (snapshot_id, position, name, raw_name, titles_raw) "
				+ "VALUES (?, 0, '李明', '李明', ?)", id, titles);
	}

	private String titlesOf(String name) {
		return this.service.data(request(PERIOD, ReportLocale.ZH))
			.rosterContributors()
			.stream()
			.filter((r) -> r.name().equals(name))
			.findFirst()
			.orElseThrow()
			.titles();
	}

	@Test
	void workbookHasEverySheetAndItsFiguresEqualSql() throws Exception {
		List<Path> written = this.service.write(request(PERIOD, ReportLocale.ZH));
		assertThat(written).hasSize(2);
		Path xlsx = written.get(0);
		assertThat(xlsx.getFileName().toString()).isEqualTo("newsroll-2019-05-20_2019-05-26-zh.xlsx");
		long articles = this.db.count("SELECT COUNT(*) FROM article WHERE " + IN_PERIOD);
		try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
			List<String> names = new ArrayList<>();
			wb.forEach((s) -> names.add(s.getSheetName()));
			assertThat(names).as("a week has a trend by day and no weekday view")
				.containsExactly("概览", "发文趋势", "发布时段", "网站", "网站发文趋势", "频道", "专题", "作者", "编辑", "来源媒体", "来源媒体发文趋势",
						"正文长度分布", "拒收原因", "名单人物提及", "人物提及按月", "名单中的作者编辑", "转载与重复", "运行记录", "附录 数据来源", "文章列表", "拒收明细");
			for (Sheet sheet : wb) {
				assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(sheet.getSheetName()).isNotBlank();
				assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
				assertNoFormulas(sheet);
			}
			assertThat(valueOf(wb.getSheet("概览"), "文章总数")).isEqualTo(articles);
			assertThat(valueOf(wb.getSheet("概览"), "拒收记录")).isEqualTo(this.db.count(REJECTS_BY_SQL));
			Sheet summary = wb.getSheet("概览");
			assertThat(wb.getSheetIndex(summary)).isZero();
			assertThat(summary.getRow(1).getCell(0).getStringCellValue())
				.startsWith("本期共发布文章 4 篇，来自 3 个网站，比上期（2019-05-13 – 2019-05-19，1 篇）+300.0%")
				.contains("发文最多的一天是 2019-05-21（2 篇）", "发文最多的网站是中工网（2 篇）");
			Row articlesRow = rowOf(summary, "文章总数");
			assertThat(articlesRow.getCell(2).getNumericCellValue()).isEqualTo(1);
			assertThat(articlesRow.getCell(3).getNumericCellValue()).isEqualTo(3.0);
			assertThat(firstColumn(summary)).doesNotContain("数据库", "数据结构版本");
			Row headline = rowOf(summary, "发布时间");
			Row first = summary.getRow(headline.getRowNum() + 1);
			assertThat(first.getCell(2).getStringCellValue()).isEqualTo(ReportDatabase.SEED_TITLE);
			assertThat(first.getCell(4).getHyperlink().getAddress()).isEqualTo("http://www.example.cn/a1.shtml");
			assertThat(firstColumn(wb.getSheet("附录 数据来源"))).contains("数据库", "数据结构版本");
			assertThat(columnSum(wb.getSheet("发文趋势"), 1)).isEqualTo(articles);
			assertThat(wb.getSheet("发文趋势").getLastRowNum()).isEqualTo(7);
			assertThat(columnSum(wb.getSheet("网站"), 1)).isEqualTo(articles);
			assertThat(columnSum(wb.getSheet("频道"), 1)).isEqualTo(articles);
			assertThat(columnSum(wb.getSheet("发布时段"), 1)).isEqualTo(articles);
			assertThat(wb.getSheet("发布时段").getRow(25).getCell(0).getStringCellValue()).isEqualTo("时间未标明");
			assertThat(columnSum(wb.getSheet("正文长度分布"), 1)).isEqualTo(articles);
			assertThat(columnSum(wb.getSheet("拒收原因"), 1)).isEqualTo(this.db.count(REJECTS_BY_SQL));
			assertThat(wb.getSheet("网站").getRow(1).getCell(0).getStringCellValue()).isEqualTo("中工网");
			assertThat(wb.getSheet("频道").getRow(3).getCell(0).getStringCellValue()).as("counted, last, not charted")
				.isEqualTo("(未标明)");
			assertThat(wb.getSheet("作者").getRow(1).getCell(0).getStringCellValue()).isEqualTo("李明");
			Row roster = wb.getSheet("名单中的作者编辑").getRow(1);
			assertThat(roster.getCell(0).getStringCellValue()).isEqualTo("李明");
			assertThat(roster.getCell(3).getStringCellValue()).as("matched by name alone").isEqualTo("仅姓名相同（名单中唯一）");
			assertThat(roster.getCell(4).getStringCellValue()).isEqualTo("全总领导");

			Sheet list = wb.getSheet("文章列表");
			assertThat(list.getLastRowNum()).isEqualTo(articles);
			assertThat(list.getRow(0).getCell(4).getStringCellValue()).isEqualTo("标题");
			assertThat(list.getRow(2).getCell(4).getStringCellValue()).isEqualTo(ReportDatabase.SEED_TITLE);
			Cell formula = list.getRow(3).getCell(4);
			assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
			assertThat(formula.getStringCellValue()).isEqualTo(ReportDatabase.FORMULA_TITLE);
			assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(list.getRow(3).getCell(5).getCellType()).isEqualTo(CellType.STRING);
			assertThat(list.getRow(3).getCell(5).getStringCellValue()).isEqualTo("-张三");
			assertThat(list.getRow(1).getCell(0).getLocalDateTimeCellValue()).isEqualTo("2019-05-20T00:00");

			Sheet rejects = wb.getSheet("拒收明细");
			assertThat(rejects.getLastRowNum()).isEqualTo(4);
			assertThat(rejects.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.STRING);
			assertThat(rejects.getRow(1).getCell(5).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");

			assertThat(list.getRow(2).getCell(9).getHyperlink().getAddress())
				.isEqualTo("http://www.example.cn/a1.shtml");
			assertThat(((XSSFSheet) wb.getSheet("发文趋势")).getDrawingPatriarch().getCharts()).hasSize(1);
			assertThat(((XSSFSheet) wb.getSheet("网站")).getDrawingPatriarch().getCharts()).hasSize(1);
			assertThat(((XSSFSheet) wb.getSheet("频道")).getDrawingPatriarch().getCharts()).hasSize(1);
			assertThat(((XSSFSheet) wb.getSheet("发布时段")).getDrawingPatriarch().getCharts()).hasSize(1);

			Sheet sites = wb.getSheet("网站发文趋势");
			assertThat(sites.getRow(0).getCell(2).getStringCellValue()).isEqualTo("2019-05-20");
			assertThat(sites.getRow(0).getCell(8).getStringCellValue()).isEqualTo("2019-05-26");
			for (int r = 1; r <= 3; r++) {
				Row row = sites.getRow(r);
				String site = row.getCell(0).getStringCellValue();
				assertThat((long) row.getCell(1).getNumericCellValue()).as(site)
					.isEqualTo(this.db.count("SELECT COUNT(*) FROM article WHERE site = ? AND " + IN_PERIOD, site));
				for (int c = 2; c <= 8; c++) {
					LocalDate day = LocalDate.parse(sites.getRow(0).getCell(c).getStringCellValue());
					assertThat((long) row.getCell(c).getNumericCellValue()).as(site + " " + day)
						.isEqualTo(this.db.count("SELECT COUNT(*) FROM article WHERE site = ? "
								+ "AND CAST(published_local AS DATE) = ?", site, day));
				}
			}
			assertThat(((XSSFSheet) sites).getDrawingPatriarch().getCharts()).as("a line per site").hasSize(1);
			assertThat(((XSSFSheet) sites).getDrawingPatriarch()
				.getCharts()
				.get(0)
				.getChartSeries()
				.get(0)
				.getSeriesCount()).isEqualTo(3);
			assertThat(wb.getSheet("来源媒体发文趋势").getRow(1).getCell(0).getStringCellValue()).isEqualTo("工人日报");
		}
	}

	@Test
	void pdfShowsTheSameTotalsInAnEmbeddedSubsetChineseFont() throws Exception {
		List<Path> written = this.service.write(request(PERIOD, ReportLocale.ZH));
		Path pdf = written.get(1);
		assertThat(pdf.getFileName().toString()).isEqualTo("newsroll-2019-05-20_2019-05-26-zh.pdf");
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			assertThat(doc.getNumberOfPages()).isGreaterThan(1);
			assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.27f, within(0.1f));
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("新闻发布统计报告", "2019-05-20 – 2019-05-26", ReportDatabase.SEED_TITLE, "王东明", "尹文卓",
					"BAD_DATE", "jdbc:hsqldb:file:", "第 1 页 / 共 " + doc.getNumberOfPages() + " 页");
			PDFTextStripper firstPage = new PDFTextStripper();
			firstPage.setStartPage(1);
			firstPage.setEndPage(1);
			String summary = firstPage.getText(doc);
			assertThat(summary).contains("本期共发布文章 4 篇", "+300.0%", "中工网").doesNotContain("jdbc:hsqldb");
			assertThat(summary).containsPattern("文章总数\\s+4\\s+1\\s+\\+300\\.0%");
			assertThat(text).containsPattern("李明\\s+作者\\s+2\\s+仅姓名相同（名单中唯一）");
			assertThat(text).as("sites over the week: 中工网, 人民网, 新华网 per day, empty days collapsed")
				.containsPattern("日期\\s+中工网\\s+人民网\\s+新华网\\s+2019-05-20\\s+0\\s+1\\s+0\\s+2019-05-21\\s+2\\s+0\\s+0\\s+"
						+ "2019-05-22 – 2019-05-25\\s+0\\s+0\\s+0\\s+2019-05-26\\s+0\\s+0\\s+1");
			assertThat(text).containsPattern("文章总数\\s+4\\b")
				.containsPattern("拒收记录\\s+" + this.db.count(REJECTS_BY_SQL) + "\\b")
				.containsPattern("作者数\\s+3\\b")
				.containsPattern("正文字数中位数\\s+1,740\\.0");
			List<String> bookmarks = new ArrayList<>();
			for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
				bookmarks.add(item.getTitle());
			}
			assertThat(bookmarks).contains("概览", "本期文章标题", "每日发文量", "各时段发文量", "各频道发文量", "网站发文趋势", "作者 (前 20 名)", "拒收原因",
					"运行记录");
			List<String> links = new ArrayList<>();
			for (PDPage page : doc.getPages()) {
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
						links.add(uri.getURI());
						assertThat(annotation.getRectangle().getWidth()).isGreaterThan(100);
					}
				}
			}
			assertThat(links).as("the headlines' titles and the most copied stories open their article")
				.contains("http://www.example.cn/a1.shtml", "http://www.example.cn/a2.shtml",
						"http://www.example.cn/a3.shtml", "http://www.example.cn/a4.shtml")
				.containsOnly(this.db.jdbc.queryForList("SELECT url FROM article WHERE " + IN_PERIOD, String.class)
					.toArray(String[]::new));
			for (PDPage page : doc.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font).isInstanceOf(PDType0Font.class);
					assertThat(font.isEmbedded()).isTrue();
					assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
				}
			}
		}
		assertThat(Files.size(pdf)).isLessThan(1_000_000);
	}

	@Test
	void emptyPeriodGivesValidReportsThatSaySo() throws Exception {
		ReportPeriod empty = new ReportPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31));
		List<Path> written = this.service.write(request(empty, ReportLocale.ZH));
		try (Workbook wb = WorkbookFactory.create(written.get(0).toFile(), null, true)) {
			assertThat(valueOf(wb.getSheet("概览"), "文章总数")).isZero();
			assertThat(firstColumn(wb.getSheet("概览"))).contains(Label.EMPTY_PERIOD.zh());
			assertThat(wb.getSheet("发文趋势").getLastRowNum()).isEqualTo(31);
			assertThat(ReportService.warning(this.service.data(request(empty, ReportLocale.ZH))))
				.isEqualTo("the report of 2020-01-01 – 2020-01-31 has no articles; "
						+ "the newest article in the database was published on 2019-05-27");
			assertThat(ReportService.warning(this.service.data(request(PERIOD, ReportLocale.ZH)))).isNull();
			assertThat(wb.getSheet("文章列表").getRow(1).getCell(0).getStringCellValue()).isEqualTo("无数据");
			assertThat(wb.getSheet("概览").getRow(1).getCell(0).getStringCellValue())
				.isEqualTo("本期间没有文章；数据库中最新的文章发布于 2019-05-27。");
		}
		try (PDDocument doc = Loader.loadPDF(written.get(1).toFile())) {
			assertThat(doc.getNumberOfPages()).isGreaterThan(1);
			assertThat(new PDFTextStripper().getText(doc)).contains(Label.EMPTY_PERIOD.zh(), "2020-01-01 – 2020-01-31");
		}
	}

	@Test
	void englishLabelsOnRequest() throws Exception {
		List<Path> written = this.service.write(request(PERIOD, ReportLocale.EN));
		try (Workbook wb = WorkbookFactory.create(written.get(0).toFile(), null, true)) {
			assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
			assertThat(wb.getSheet("Articles").getRow(0).getCell(4).getStringCellValue()).isEqualTo("Title");
			assertThat(valueOf(wb.getSheet("Summary"), "Articles")).isEqualTo(4);
		}
		try (PDDocument doc = Loader.loadPDF(written.get(1).toFile())) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("Publication statistics report", "Page 1 of", ReportDatabase.SEED_TITLE);
		}
		ReportPeriod oneDay = new ReportPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1));
		try (PDDocument doc = Loader.loadPDF(this.service.write(request(oneDay, ReportLocale.EN)).get(1).toFile())) {
			assertThat(new PDFTextStripper().getText(doc)).contains("2020-01-01 – 2020-01-01 (1 day)")
				.doesNotContain("1 days");
		}
	}

	@Test
	void writesOnlyCompleteFilesUnderTheirFinalNames() throws Exception {
		ReportRequest xlsxOnly = new ReportRequest(PERIOD, EnumSet.of(ReportFormat.XLSX), ReportLocale.ZH,
				this.dir.resolve("out"), ReportRequest.DEFAULT_ZONE);
		this.service.write(xlsxOnly);
		this.service.write(xlsxOnly);
		try (Stream<Path> files = Files.list(this.dir.resolve("out"))) {
			assertThat(files.map((p) -> p.getFileName().toString()))
				.containsExactly("newsroll-2019-05-20_2019-05-26-zh.xlsx");
		}
	}

	@Test
	void reportNeedsOnlyTheSchema(@TempDir Path other) throws IOException {
		ReportDatabase bare = new ReportDatabase(other);
		try {
			ReportData data = new ReportService(bare.dataSource, CLOCK).data(request(PERIOD, ReportLocale.ZH));
			assertThat(data.isEmpty()).isTrue();
			assertThat(data.runs()).isEmpty();
			assertThat(data.inputs().runsAvailable()).isFalse();
			List<Path> written = new ReportService(bare.dataSource, CLOCK)
				.write(new ReportRequest(PERIOD, EnumSet.allOf(ReportFormat.class), ReportLocale.ZH,
						other.resolve("out"), ReportRequest.DEFAULT_ZONE));
			assertThat(written).allSatisfy((p) -> assertThat(p).isRegularFile());
		}
		finally {
			bare.shutdown();
		}
	}

	private static void assertNoFormulas(Sheet sheet) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
					.isNotEqualTo(CellType.FORMULA);
			}
		}
	}

	private static long valueOf(Sheet sheet, String indicator) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
					&& row.getCell(0).getStringCellValue().equals(indicator)) {
				return (long) row.getCell(1).getNumericCellValue();
			}
		}
		throw new AssertionError("no row " + indicator + " in " + sheet.getSheetName());
	}

	private static Row rowOf(Sheet sheet, String first) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
					&& row.getCell(0).getStringCellValue().equals(first)) {
				return row;
			}
		}
		throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
	}

	private static List<String> firstColumn(Sheet sheet) {
		List<String> values = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING) {
				values.add(row.getCell(0).getStringCellValue());
			}
		}
		return values;
	}

	private static long columnSum(Sheet sheet, int column) {
		long sum = 0;
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			sum += (long) sheet.getRow(r).getCell(column).getNumericCellValue();
		}
		return sum;
	}

	@SuppressWarnings("unused")
	private static File file(Path p) {
		return p.toFile();
	}

}
