package io.newsroll.batch.rosters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;
import io.newsroll.core.roster.Roster;
import io.newsroll.core.roster.RosterMember;
import io.newsroll.core.roster.Title;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RosterFileReaderTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final String ROSTER = """
			姓名,职务,单位,部门,备注
			王东明,主席,全国总工会,,
			陈 刚,"党组书记、副主席、书记处第一书记,机关党委书记",全国总工会,书记处,常务
			张茂华,书记处书记、党组成员,全国总工会,组织部,
			""";

	@TempDir
	Path dir;

	private final RosterFileReader reader = new RosterFileReader(SHANGHAI);

	@Test
	void readsUtf8Csv() throws IOException {
		Path file = write("领导.csv", ROSTER.getBytes(StandardCharsets.UTF_8));

		assertStandardRoster(this.reader.read(file, "rosters/领导.csv"), "rosters/领导.csv");
	}

	@Test
	void readsUtf8CsvWithBom() throws IOException {
		byte[] text = ROSTER.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);

		assertStandardRoster(this.reader.read(write("领导.csv", withBom), "领导.csv"), "领导.csv");
	}

	@Test
	void readsGbkCsvAsExcelExportsIt() throws IOException {
		Path file = write("领导.csv", ROSTER.replace("\n", "\r\n").getBytes(Charset.forName("GBK")));

		assertStandardRoster(this.reader.read(file, "领导.csv"), "领导.csv");
	}

	@Test
	void readsTabSeparatedUtf16WithBom() throws IOException {
		String tabbed = ROSTER.lines().map((line) -> toTabs(line)).reduce("", (a, b) -> a + b + "\n");
		Path file = write("领导.csv", tabbed.getBytes(StandardCharsets.UTF_16));

		assertStandardRoster(this.reader.read(file, "领导.csv"), "领导.csv");
	}

	@Test
	void usesFileDateAndNameWithoutDateOrRosterColumns() throws IOException {
		Path file = write("全总领导.csv", ROSTER.getBytes(StandardCharsets.UTF_8));
		// 2019-05-20T16:30Z is already the 21st in Shanghai
		Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2019-05-20T16:30:00Z")));

		Roster roster = this.reader.read(file, "全总领导.csv").rosters().get(0);

		assertThat(roster.heading()).isEqualTo("全总领导");
		assertThat(roster.asOf()).isEqualTo(LocalDate.of(2019, 5, 21));
	}

	@Test
	void takesHeadingAndLatestDateFromColumns() throws IOException {
		String csv = """
				name,title,organization,as_of,roster
				Wang Dongming,Chairman,ACFTU,2019/5/20,ACFTU leaders
				陈刚,副主席,全国总工会,2019年5月21日,
				""";
		Roster roster = this.reader.read(write("x.csv", csv.getBytes(StandardCharsets.UTF_8)), "x.csv")
			.rosters()
			.get(0);

		assertThat(roster.heading()).isEqualTo("ACFTU leaders");
		assertThat(roster.asOf()).isEqualTo(LocalDate.of(2019, 5, 21));
		assertThat(roster.members()).extracting(RosterMember::name).containsExactly("Wang Dongming", "陈刚");
		assertThat(roster.members().get(0).attributes()).containsEntry("organization", "ACFTU");
	}

	@Test
	void rejectsBadRowsWithTheirLinesAndLoadsTheRest() throws IOException {
		String csv = String.join("\n", "姓名,职务,单位", "张三,主席,安徽省总工会", "李四,副主席", ",主任,安徽省总工会", "王五,\"副主席,安徽省总工会",
				"赵六,党组成员,安徽省总工会", "", "钱七,\"秘书长\",安徽省总工会", "孙八,委员,安徽省总工会,多余", "");
		RosterFileResult result = this.reader.read(write("bad.csv", csv.getBytes(StandardCharsets.UTF_8)), "bad.csv");

		assertThat(result.violations()).extracting(Violation::location, Violation::reason)
			.containsExactly(tuple("3", ReasonCode.BAD_ROSTER_ROW), tuple("4", ReasonCode.BAD_ROSTER_ROW),
					tuple("5", ReasonCode.BAD_ROSTER_ROW), tuple("9", ReasonCode.BAD_ROSTER_ROW));
		assertThat(result.violations()).extracting(Violation::message)
			.containsExactly("2 fields, the header has 3", "no name (column 姓名 is empty)",
					"unbalanced quote: a quoted field opened here is never closed", "4 fields, the header has 3");
		assertThat(result.rosters().get(0).members()).extracting(RosterMember::name).containsExactly("张三", "赵六", "钱七");
	}

	@Test
	void quoteClosedOnALaterRowRejectsOnlyItsFirstLine() throws IOException {
		String csv = String.join("\n", "姓名,职务,单位", "王五,\"副主席,全总", "赵六,党组成员,全总", "钱七,秘书长\",全总", "孙八,委员,全总", "");
		RosterFileResult result = this.reader.read(write("bad.csv", csv.getBytes(StandardCharsets.UTF_8)), "bad.csv");

		assertThat(result.violations()).extracting(Violation::location).containsExactly("2", "4");
		assertThat(result.violations()).extracting(Violation::message)
			.allMatch((message) -> message.startsWith("broken quoting") || message.startsWith("unbalanced quote"));
		assertThat(result.rosters().get(0).members()).extracting(RosterMember::name).containsExactly("赵六", "孙八");
	}

	@Test
	void acceptsLineBreakInsideAQuotedCell() throws IOException {
		String csv = "姓名,职务\n王五,\"副主席\n党组成员\"\n赵六,委员\n";
		RosterFileResult result = this.reader.read(write("ok.csv", csv.getBytes(StandardCharsets.UTF_8)), "ok.csv");

		assertThat(result.violations()).isEmpty();
		assertThat(result.rosters().get(0).members()).extracting(RosterMember::name).containsExactly("王五", "赵六");
	}

	@Test
	void rejectsFileWithoutUsableHeaderNamingTheExpectedHeaders() throws IOException {
		String csv = "编号,职务\n1,主席\n";
		RosterFileResult result = this.reader.read(write("x.csv", csv.getBytes(StandardCharsets.UTF_8)), "x.csv");

		assertThat(result.rosters()).isEmpty();
		assertThat(result.violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.reason()).isEqualTo(ReasonCode.BAD_ROSTER_HEADER);
			assertThat(violation.message()).contains("[编号, 职务]").contains("姓名/name");
		});
	}

	@Test
	void headerWithoutRowsGivesNoRosterButAReject() throws IOException {
		RosterFileResult result = this.reader.read(write("x.csv", "姓名,职务\n\n".getBytes(StandardCharsets.UTF_8)),
				"x.csv");

		assertThat(result.rosters()).isEmpty();
		assertThat(result.violations()).extracting(Violation::reason).containsExactly(ReasonCode.BAD_ROSTER_ROW);
	}

	@Test
	void fileWhoseRowsAreAllRejectedGivesNoRoster() throws IOException {
		RosterFileResult result = this.reader.read(write("x.csv", "姓名,职务\n,主席\n".getBytes(StandardCharsets.UTF_8)),
				"x.csv");

		assertThat(result.rosters()).isEmpty();
		assertThat(result.violations()).extracting(Violation::location).containsExactly("2");
	}

	@Test
	void rejectsBytesThatAreNeitherUtf8NorGb18030() throws IOException {
		byte[] bytes = { (byte) 0x81, (byte) 0x20, (byte) 0xFF, (byte) 0x30 };

		assertThat(this.reader.read(write("x.csv", bytes), "x.csv").violations()).extracting(Violation::reason)
			.containsExactly(ReasonCode.UNREADABLE);
	}

	@Test
	void readsEveryRecognizableSheetOfAWorkbook() throws IOException {
		Path file = this.dir.resolve("领导名单.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet leaders = workbook.createSheet("领导");
			row(leaders, 0, "说明:内部名单");
			row(leaders, 1, "姓名", "职务", "单位", "日期", "工号");
			row(leaders, 2, "王东明", "主席", "全国总工会", null, null);
			row(leaders, 3, "陈 刚", "党组书记、副主席", "全国总工会", null, null);
			row(leaders, 4, "", "主任", "全国总工会", null, null);
			row(leaders, 6, "江广平", "副主席", "全国总工会", null, null);
			Cell error = leaders.getRow(6).createCell(4);
			error.setCellFormula("1/0");
			Row builtinDate = leaders.createRow(7);
			builtinDate.createCell(0).setCellValue("魏地春");
			CellStyle shortDate = workbook.createCellStyle();
			shortDate.setDataFormat((short) 14);
			Cell older = builtinDate.createCell(3);
			older.setCellValue(LocalDate.of(2019, 5, 1));
			older.setCellStyle(shortDate);
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			Cell date = leaders.getRow(2).createCell(3);
			date.setCellValue(LocalDate.of(2019, 5, 21));
			date.setCellStyle(dateStyle);
			leaders.getRow(2).createCell(4).setCellValue(1001);
			Cell formula = leaders.getRow(3).createCell(4);
			formula.setCellFormula("1000+2");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
			workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(error);
			Sheet notes = workbook.createSheet("说明");
			row(notes, 0, "本表由人事处维护");
			Sheet members = workbook.createSheet("委员");
			row(members, 0, "name", "titles");
			row(members, 1, "许山松", "书记处书记");
			workbook.write(out);
		}

		RosterFileResult result = this.reader.read(file, "领导名单.xlsx");

		assertThat(result.rosters()).extracting(Roster::heading).containsExactly("领导名单/领导", "领导名单/委员");
		Roster leaders = result.rosters().get(0);
		assertThat(leaders.asOf()).isEqualTo(LocalDate.of(2019, 5, 21));
		assertThat(leaders.members()).extracting(RosterMember::name).containsExactly("王东明", "陈刚", "魏地春");
		assertThat(leaders.members()).extracting((member) -> member.attributes().get("工号"))
			.containsExactly("1001", "1002", null);
		assertThat(leaders.members().get(1).titles()).extracting(Title::organization, Title::role)
			.containsExactly(tuple("全国总工会", "党组书记"), tuple("全国总工会", "副主席"));
		assertThat(result.violations()).extracting(Violation::location, Violation::reason)
			.containsExactly(tuple("领导!5", ReasonCode.BAD_ROSTER_ROW), tuple("领导!7", ReasonCode.BAD_ROSTER_ROW));
		assertThat(result.violations().get(1).message()).contains("E7").contains("#DIV/0!");
	}

	@Test
	void rejectsWorkbookWithoutAnyRecognizableSheet() throws IOException {
		Path file = this.dir.resolve("x.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			row(workbook.createSheet("a"), 0, "编号", "职务");
			workbook.write(out);
		}

		assertThat(this.reader.read(file, "x.xlsx").violations()).extracting(Violation::reason)
			.containsExactly(ReasonCode.BAD_ROSTER_HEADER);
	}

	@Test
	void rejectsNotAWorkbookAsUnreadable() throws IOException {
		Path file = write("x.xlsx", "姓名,职务".getBytes(StandardCharsets.UTF_8));

		assertThat(this.reader.read(file, "x.xlsx").violations()).extracting(Violation::reason)
			.containsExactly(ReasonCode.UNREADABLE);
	}

	@Test
	void rejectsFileOverTheSizeLimit() throws IOException {
		Path file = write("big.csv", ROSTER.getBytes(StandardCharsets.UTF_8));

		assertThat(new RosterFileReader(SHANGHAI, 10).read(file, "big.csv").violations()).extracting(Violation::reason)
			.containsExactly(ReasonCode.TOO_LARGE);
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				row.createCell(i).setCellValue(values[i]);
			}
		}
	}

	private static String toTabs(String line) {
		StringBuilder out = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			out.append((c == ',' && !quoted) ? '\t' : c);
		}
		return out.toString();
	}

	private void assertStandardRoster(RosterFileResult result, String file) {
		assertThat(result.violations()).isEmpty();
		assertThat(result.rosters()).hasSize(1);
		Roster roster = result.rosters().get(0);
		assertThat(roster.heading()).isEqualTo("领导");
		assertThat(roster.file()).isEqualTo(file);
		List<RosterMember> members = roster.members();
		assertThat(members).extracting(RosterMember::name, RosterMember::rawName)
			.containsExactly(tuple("王东明", "王东明"), tuple("陈刚", "陈 刚"), tuple("张茂华", "张茂华"));
		assertThat(members.get(1).titles()).extracting(Title::title, Title::organization, Title::role)
			.containsExactly(tuple("党组书记", "全国总工会", "党组书记"), tuple("副主席", "全国总工会", "副主席"),
					tuple("书记处第一书记", "全国总工会", "书记处第一书记"), tuple("机关党委书记", "全国总工会", "机关党委书记"));
		assertThat(members.get(1).attributes()).containsOnly(java.util.Map.entry("organization", "全国总工会"),
				java.util.Map.entry("department", "书记处"), java.util.Map.entry("备注", "常务"));
		assertThat(members.get(0).attributes()).containsOnlyKeys("organization");
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(this.dir.resolve(name), bytes);
	}

}
