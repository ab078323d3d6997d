package io.newsroll.batch.rosters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

import io.newsroll.core.article.Deadline;
import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code newsroll.ingest.max-file-millis} for roster files: a CSV or a workbook that runs
 * out of time is rejected whole as TIME_LIMIT (a roster file is one snapshot: none of its
 * rows load). A test clock that moves five milliseconds each time it is read decides when
 * time runs out, so the outcome does not depend on the machine's speed: under a limit of
 * 50 ms a file runs out at the eleventh look at the clock (a big file looks more often
 * than that, a small one less).
 */
class RosterTimeLimitTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final int ROWS = 16_000;

	private static final Duration LIMIT = Duration.ofMillis(50);

	@TempDir
	static Path dir;

	static Path bigCsv;

	static Path bigXlsx;

	private final RosterFileReader reader = new RosterFileReader(SHANGHAI);

	@BeforeAll
	static void writeBigRosters() throws IOException {
		bigCsv = dir.resolve("big.csv");
		try (Writer out = Files.newBufferedWriter(bigCsv, StandardCharsets.UTF_8)) {
			out.write("姓名,职务,单位\n");
			for (int i = 0; i < ROWS; i++) {
				out.write(name(i) + ",副主席,第" + i + "工会\n");
			}
		}
		bigXlsx = dir.resolve("big.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(bigXlsx)) {
			Sheet sheet = workbook.createSheet("名单");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("姓名");
			header.createCell(1).setCellValue("职务");
			header.createCell(2).setCellValue("单位");
			for (int i = 0; i < ROWS; i++) {
				Row row = sheet.createRow(i + 1);
				row.createCell(0).setCellValue(name(i));
				row.createCell(1).setCellValue("副主席");
				row.createCell(2).setCellValue("第" + i + "工会");
			}
			workbook.write(out);
		}
	}

	@Test
	void csvOverTheTimeLimitIsRejectedWholeNamingTheFileAndTheLimit() {
		RosterFileResult result = this.reader.read(bigCsv, "rosters/big.csv", ticking(LIMIT));

		assertThat(result.rosters()).isEmpty();
		assertThat(result.violations()).singleElement().satisfies((v) -> {
			assertThat(v.reason()).isEqualTo(ReasonCode.TIME_LIMIT);
			assertThat(v.file()).isEqualTo("rosters/big.csv");
			assertThat(v.message()).isEqualTo("rosters/big.csv: took longer than the time limit of 50 ms per file");
		});
	}

	@Test
	void workbookOverTheTimeLimitIsRejectedWholeNamingTheFileAndTheLimit() {
		RosterFileResult result = this.reader.read(bigXlsx, "rosters/big.xlsx", ticking(LIMIT));

		assertThat(result.rosters()).isEmpty();
		assertThat(result.violations()).extracting(Violation::reason, Violation::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ReasonCode.TIME_LIMIT,
					"rosters/big.xlsx: took longer than the time limit of 50 ms per file"));
	}

	@Test
	void theSameFilesLoadWholeWithoutALimit() {
		assertThat(this.reader.read(bigCsv, "big.csv", Deadline.none()).memberCount()).isEqualTo(ROWS);
		assertThat(this.reader.read(bigXlsx, "big.xlsx", Deadline.none()).memberCount()).isEqualTo(ROWS);
	}

	@Test
	void smallFilesLoadUnderTheSameClockAndLimit() throws IOException {
		Path csv = Files.writeString(dir.resolve("small.csv"), "姓名,职务\n王东明,主席\n陈刚,副主席\n", StandardCharsets.UTF_8);
		Path xlsx = dir.resolve("small.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(xlsx)) {
			Sheet sheet = workbook.createSheet("名单");
			sheet.createRow(0).createCell(0).setCellValue("姓名");
			sheet.createRow(1).createCell(0).setCellValue("王东明");
			workbook.write(out);
		}

		assertThat(this.reader.read(csv, "small.csv", ticking(LIMIT)).memberCount()).isEqualTo(2);
		assertThat(this.reader.read(xlsx, "small.xlsx", ticking(LIMIT)).memberCount()).isOne();
	}

	/** A deadline on a clock that moves five milliseconds each time it is read. */
	private static Deadline ticking(Duration limit) {
		AtomicLong nanos = new AtomicLong();
		return Deadline.after(limit, () -> nanos.getAndAdd(5_000_000));
	}

	/** Distinct two-character names. */
	private static String name(int i) {
		return "王李张刘陈杨黄赵".charAt(i % 8) + String.valueOf((char) ('一' + i / 8));
	}

}
