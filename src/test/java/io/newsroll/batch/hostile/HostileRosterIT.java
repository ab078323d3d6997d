package io.newsroll.batch.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.opencsv.CSVReader;
import io.newsroll.batch.Workspace;
import io.newsroll.batch.articles.IngestLauncher;
import io.newsroll.batch.run.JobRunner;
import io.newsroll.cli.NewsrollCommand;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile roster files, generated here, through the whole ingest job beside a good roster
 * and good pages: every file ends loaded or rejected with a specific reason, nothing
 * crashes or hangs, the good files load, formula-looking cells stay text in the rejects
 * CSV and the report workbook, and workbook XML is read without external entities.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class HostileRosterIT {

	static final String FORMULA = "=cmd|'/C calc'!A0";

	static final String SECRET = "SECRET-XXE-CONTENT-4711";

	@TempDir
	static Path tmp;

	static Workspace ws;

	static JobRunner.Launch launch;

	static ServerSocket listener;

	static final AtomicInteger fetches = new AtomicInteger();

	/** Roster file → the outcomes it may end with: LOADED, or reject reason codes. */
	static final Map<String, Set<String>> EXPECTED = new LinkedHashMap<>();

	@BeforeAll
	static void ingestTheHostileRosters() throws Exception {
		ws = Workspace.withSamplePages(tmp.resolve("ws"));
		// a page by 张明, so that the roster's titles of 张明 reach the report workbook
		Files.writeString(ws.articles.resolve("corpus/by-zhang-ming.html"),
				HostileInputIT.page("职工之家建设取得新进展的报道", "2019-05-21 10:00:00", "UTF-8"));
		listener = new ServerSocket(0);
		listener.setSoTimeout(200);
		Thread accept = new Thread(() -> {
			while (!listener.isClosed()) {
				try (var s = listener.accept()) {
					fetches.incrementAndGet();
				}
				catch (SocketTimeoutException ex) {
					// poll again until closed
				}
				catch (IOException ex) {
					return;
				}
			}
		});
		accept.setDaemon(true);
		accept.start();

		Path r = ws.rosters;
		csv(r, "good.csv", "姓名,职务,单位\n王东明,主席,全国总工会\n陈刚,副主席,全国总工会\n", "LOADED");
		csv(r, "wrong-field-counts.csv", "姓名,职务,单位\n李强,书记处书记,全国总工会\n赵一,主席,全国总工会,多余,又多,还多,再多\n孙二\n,,\n周三,副主席,全国总工会\n",
				"LOADED");
		csv(r, "unbalanced-quotes.csv", "姓名,职务,单位\n吴四,\"副主席,全国总工会\n郑五,主席,全国总工会\n\"\"\"\n", "LOADED", "BAD_ROSTER_ROW");
		csv(r, "formula-cells.csv", "姓名,职务,单位\n张明,\"" + FORMULA.replace("\"", "\"\"") + "\",全国总工会\n" + FORMULA
				+ ",主席,全国总工会\n@SUM(1+1)*cmd|' /C calc'!A0,+1+1,-2+3\n", "LOADED", "BAD_ROSTER_ROW");
		csv(r, "=HYPERLINK(1)+1.csv", "no,header\n1,2\n", "BAD_ROSTER_HEADER");
		csv(r, "only-quotes.csv", "\"".repeat(100_000), "BAD_ROSTER_HEADER", "BAD_ROSTER_ROW");
		csv(r, "long-line.csv", "姓名,职务\n" + "长".repeat(2_000_000) + ",主席\n", "LOADED", "BAD_ROSTER_ROW",
				"BAD_ROSTER_HEADER");
		workbookWithFormulasAndExternalLink(r.resolve("formulas.xlsx"));
		EXPECTED.put("formulas.xlsx", Set.of("LOADED"));
		workbookWithExternalEntities(r.resolve("xxe.xlsx"), tmp.resolve("secret.txt"), listener.getLocalPort());
		EXPECTED.put("xxe.xlsx", Set.of("UNREADABLE", "BAD_ROSTER_HEADER", "BAD_ROSTER_ROW"));
		zipBomb(r.resolve("bomb-huge.xlsx"), 300L << 20);
		EXPECTED.put("bomb-huge.xlsx", Set.of("TOO_LARGE"));
		zipBomb(r.resolve("bomb-ratio.xlsx"), 60L << 20);
		EXPECTED.put("bomb-ratio.xlsx", Set.of("UNREADABLE", "TOO_LARGE"));
		Files.write(r.resolve("not-a-zip.xlsx"), "PK\u0003\u0004 nothing".getBytes(StandardCharsets.ISO_8859_1));
		EXPECTED.put("not-a-zip.xlsx", Set.of("UNREADABLE"));
		// rosters without a date column are dated by their file's modification time:
		// fixed
		// dates, so that which roster of 张明 is the latest (the CSV with the formula
		// title)
		// does not depend on the day the test runs
		try (var files = Files.list(r)) {
			for (Path f : files.toList()) {
				Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2019-05-01T00:00:00Z")));
			}
		}
		Files.setLastModifiedTime(r.resolve("formula-cells.csv"), FileTime.from(Instant.parse("2019-06-01T00:00:00Z")));

		try (ConfigurableApplicationContext ctx = ws.open(Map.of())) {
			launch = ctx.getBean(IngestLauncher.class).ingest(ws.articles, ws.rosters);
		}
		HostileTally.print("rosters", ws, EXPECTED.keySet());
	}

	@AfterAll
	static void stopListening() throws IOException {
		listener.close();
	}

	@Test
	void runCompletesDespiteTheHostileRosters() {
		assertThat(launch.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void everyRosterFileEndsLoadedOrRejectedWithAnExpectedReason() throws Exception {
		for (Map.Entry<String, Set<String>> e : EXPECTED.entrySet()) {
			String status = ledgerStatus(e.getKey());
			List<String> reasons = reasons(e.getKey());
			assertThat(status).as("ledger row of %s", e.getKey()).isIn("LOADED", "REJECTED");
			if (status.equals("LOADED")) {
				assertThat(e.getValue()).as("%s loaded, rejects %s", e.getKey(), reasons).contains("LOADED");
			}
			else {
				assertThat(reasons).as("%s must be rejected with a reason", e.getKey()).isNotEmpty();
				assertThat(e.getValue()).as("reasons of %s", e.getKey()).containsAnyElementsOf(reasons);
			}
		}
	}

	@Test
	void goodRowsBesideBadOnesLoad() throws Exception {
		assertThat(members("good.csv")).containsExactly("王东明", "陈刚");
		assertThat(members("wrong-field-counts.csv")).contains("李强", "周三");
		assertThat(reasons("wrong-field-counts.csv")).isNotEmpty().allMatch("BAD_ROSTER_ROW"::equals);
		assertThat(members("formulas.xlsx")).contains("王东明");
		assertThat(ws.count("SELECT COUNT(*) FROM article WHERE file = 'corpus/by-zhang-ming.html'")).isOne();
	}

	@Test
	void zipBombsAreRejectedNamingTheLimit() throws Exception {
		assertThat(messages("bomb-huge.xlsx")).singleElement().asString().contains("inflates to more than");
		assertThat(messages("bomb-ratio.xlsx")).singleElement()
			.asString()
			.containsAnyOf("inflates to more than", "Zip bomb");
	}

	@Test
	void externalEntitiesAreNeitherFetchedNorExpanded() throws Exception {
		assertThat(fetches.get()).isZero();
		assertThat(
				ws.count("SELECT COUNT(*) FROM roster_member WHERE name LIKE '%SECRET%' OR titles_raw LIKE '%SECRET%'"))
			.isZero();
		assertThat(ws.count("SELECT COUNT(*) FROM reject WHERE message LIKE '%" + SECRET + "%'")).isZero();
	}

	@Test
	void formulaLookingCellsStayTextInTheRejectsCsv() throws Exception {
		Path csv;
		try (var files = Files.list(ws.output.resolve("rejects"))) {
			csv = files.filter((p) -> p.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
		}
		List<String[]> rows;
		try (CSVReader reader = new CSVReader(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
			rows = reader.readAll();
		}
		assertThat(rows).hasSizeGreaterThan(1);
		for (String[] row : rows.subList(1, rows.size())) {
			for (String cell : row) {
				assertThat(cell).as("a cell of the rejects CSV")
					.doesNotStartWith("=")
					.doesNotStartWith("+")
					.doesNotStartWith("-")
					.doesNotStartWith("@");
			}
		}
		assertThat(rows).anySatisfy((row) -> assertThat(row[1]).isEqualTo("'=HYPERLINK(1)+1.csv"));
	}

	@Test
	void formulaLookingCellsStayTextInTheReportWorkbook() throws Exception {
		Path out = tmp.resolve("report");
		int code = NewsrollCommand.run("report", "--from", "2019-05-01", "--to", "2019-06-30", "--format", "xlsx",
				"--out", out.toString(), "--db-url", ws.dbUrl());
		assertThat(code).isZero();
		List<String> formulaTexts = new ArrayList<>();
		try (var files = Files.list(out);
				XSSFWorkbook wb = new XSSFWorkbook(
						files.filter((p) -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow().toFile())) {
			for (Sheet sheet : wb) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).as("cell %s!%s", sheet.getSheetName(), cell.getAddress())
							.isNotEqualTo(CellType.FORMULA);
						if (cell.getCellType() == CellType.STRING) {
							String text = cell.getStringCellValue();
							if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0
									&& !text.matches("[-+][0-9.,%]+")) {
								formulaTexts.add(text);
								assertThat(cell.getCellStyle().getQuotePrefixed())
									.as("quote prefix on %s!%s: %s", sheet.getSheetName(), cell.getAddress(), text)
									.isTrue();
							}
						}
					}
				}
			}
		}
		assertThat(formulaTexts).as("formula-looking texts in the workbook").anyMatch((t) -> t.contains("cmd|"));
	}

	private static void csv(Path dir, String name, String text, String... outcomes) throws IOException {
		Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
		EXPECTED.put(name, Set.of(outcomes));
	}

	/**
	 * Formulas with and without cached values, a HYPERLINK and WEBSERVICE call, and a
	 * link to another workbook.
	 */
	private static void workbookWithFormulasAndExternalLink(Path target) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(); XSSFWorkbook other = new XSSFWorkbook()) {
			other.createSheet("Names").createRow(0).createCell(0).setCellValue("外部姓名");
			wb.linkExternalWorkbook("other.xlsx", other);
			XSSFSheet sheet = wb.createSheet("名单");
			String[][] rows = { { "姓名", "职务", "单位" }, { "王东明", "主席", "全国总工会" } };
			for (int i = 0; i < rows.length; i++) {
				Row row = sheet.createRow(i);
				for (int c = 0; c < rows[i].length; c++) {
					row.createCell(c).setCellValue(rows[i][c]);
				}
			}
			Row f = sheet.createRow(2);
			f.createCell(0).setCellFormula("\"张\"&\"明\"");
			f.getCell(0).setCellValue("张明");
			f.createCell(1).setCellFormula("HYPERLINK(\"http://127.0.0.1:" + listener.getLocalPort() + "/x\",\"副主席\")");
			f.createCell(2).setCellFormula("WEBSERVICE(\"http://127.0.0.1:" + listener.getLocalPort() + "/y\")");
			Row ext = sheet.createRow(3);
			ext.createCell(0).setCellFormula("[1]Names!A1");
			ext.createCell(1).setCellValue("委员");
			Row uncached = sheet.createRow(4);
			uncached.createCell(0).setCellFormula("1/0");
			uncached.createCell(1).setCellValue("委员");
			try (OutputStream out = Files.newOutputStream(target)) {
				wb.write(out);
			}
		}
	}

	/**
	 * A workbook whose sheet XML declares a DOCTYPE with an external file entity, an
	 * external URL entity and a billion-laughs entity, and uses them in cells.
	 */
	private static void workbookWithExternalEntities(Path target, Path secret, int port) throws IOException {
		Files.writeString(secret, SECRET);
		String doctype = "<!DOCTYPE worksheet [<!ENTITY file SYSTEM \"" + secret.toUri() + "\">"
				+ "<!ENTITY url SYSTEM \"http://127.0.0.1:" + port + "/entity\">"
				+ "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
				+ "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
				+ "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">"
				+ "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>";
		String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>职务</t></is></c></row>"
				+ "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&file;</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>&url;</t></is></c></row>"
				+ "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>&h;</t></is></c><c r=\"B3\" t=\"inlineStr\"><is><t>主席</t></is></c></row>"
				+ "</sheetData></worksheet>";
		replaceSheet(target, (out) -> out
			.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + sheet).getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * A workbook whose one sheet inflates to about {@code bytes}: one header, then the
	 * same row over and over.
	 */
	private static void zipBomb(Path target, long bytes) throws IOException {
		byte[] row = "<row><c t=\"inlineStr\"><is><t>张三</t></is></c><c t=\"inlineStr\"><is><t>主席</t></is></c></row>"
			.repeat(1000)
			.getBytes(StandardCharsets.UTF_8);
		replaceSheet(target, (out) -> {
			out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
					+ "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
					+ "<row><c t=\"inlineStr\"><is><t>姓名</t></is></c><c t=\"inlineStr\"><is><t>职务</t></is></c></row>")
				.getBytes(StandardCharsets.UTF_8));
			for (long written = 0; written < bytes; written += row.length) {
				out.write(row);
			}
			out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
		});
	}

	private interface SheetContent {

		void writeTo(OutputStream out) throws IOException;

	}

	/** A valid one-sheet workbook made by POI, with the sheet's XML replaced. */
	private static void replaceSheet(Path target, SheetContent content) throws IOException {
		ByteArrayOutputStream template = new ByteArrayOutputStream();
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			wb.createSheet("名单").createRow(0).createCell(0).setCellValue("姓名");
			wb.write(template);
		}
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(template.toByteArray()));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			out.setLevel(9);
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(e.getName()));
				if (e.getName().equals("xl/worksheets/sheet1.xml")) {
					content.writeTo(out);
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
	}

	private static String ledgerStatus(String file) throws Exception {
		List<String> statuses = query("SELECT status FROM file_ledger WHERE path = ?", file);
		assertThat(statuses).as("ledger rows of " + file).hasSize(1);
		return statuses.get(0);
	}

	private static List<String> reasons(String file) throws Exception {
		return query("SELECT reason FROM reject WHERE file = ? ORDER BY id", file);
	}

	private static List<String> messages(String file) throws Exception {
		return query("SELECT message FROM reject WHERE file = ? ORDER BY id", file);
	}

	private static List<String> members(String file) throws Exception {
		return query("SELECT m.name FROM roster_member m JOIN roster_snapshot s ON s.id = m.snapshot_id "
				+ "WHERE s.file = ? ORDER BY m.position", file);
	}

	private static List<String> query(String sql, String parameter) throws Exception {
		try (var con = java.sql.DriverManager.getConnection(ws.dbUrl(), "SA", ""); var ps = con.prepareStatement(sql)) {
			ps.setString(1, parameter);
			List<String> values = new ArrayList<>();
			try (var rs = ps.executeQuery()) {
				while (rs.next()) {
					values.add(rs.getString(1));
				}
			}
			return values;
		}
	}

}
