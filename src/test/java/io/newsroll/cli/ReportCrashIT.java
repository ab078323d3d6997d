package io.newsroll.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.newsroll.batch.db.HsqldbUrls;
import io.newsroll.batch.CliProcess;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code newsroll report} killed with SIGKILL while it writes: no file is ever left under
 * a final report name unless it is complete (opens with POI or PDFBox), and the next
 * report run succeeds.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ReportCrashIT {

	private static final String XLSX = "newsroll-2023-01-01_2023-12-31-zh.xlsx";

	private static final String PDF = "newsroll-2023-01-01_2023-12-31-zh.pdf";

	/**
	 * Enough articles that writing the workbook takes a few seconds on a busy machine.
	 */
	private static final int ARTICLES = 15_000;

	@TempDir
	Path dir;

	@Test
	void aKilledReportLeavesNoHalfWrittenFileUnderItsFinalNameAndTheNextRunSucceeds() throws Exception {
		// no lock file: after each SIGKILL the next open would wait about 10 s for the
		// stale lock (the stale
		// lock itself is covered by the ingest crash tests); the kills here are about the
		// report files
		String db = HsqldbUrls.file(this.dir.resolve("db/newsroll")) + ";hsqldb.lock_file=false";
		io.newsroll.batch.report.BenchReportDatabase.fill(db, ARTICLES);
		Path out = this.dir.resolve("reports");
		List<String> killPoints = new ArrayList<>();

		// kill point 1: while the workbook is being written (its hidden .part file
		// exists)
		killWhen(db, out, (d) -> hasPart(d, XLSX), "xlsx being written", killPoints);
		assertOnlyCompleteFiles(out);
		// kill point 2: the workbook is done, the PDF is being written
		killWhen(db, out, (d) -> Files.exists(d.resolve(XLSX)) && hasPart(d, PDF), "pdf being written", killPoints);
		assertOnlyCompleteFiles(out);
		assertThat(out.resolve(XLSX)).as("the workbook finished before the kill").isRegularFile();
		// kill points 3 and 4: right after start (JVM and database opening) and a fixed
		// time into the run
		killAfter(db, out, 300, killPoints);
		assertOnlyCompleteFiles(out);
		killAfter(db, out, 2_500, killPoints);
		assertOnlyCompleteFiles(out);

		Files.deleteIfExists(out.resolve(XLSX));
		Files.deleteIfExists(out.resolve(PDF));
		CliProcess.Result next = CliProcess.run(this.dir, Map.of(), report(db, out));
		assertThat(next.exitCode()).as(next.err()).isZero();
		assertThat(out.resolve(XLSX)).isRegularFile();
		assertThat(out.resolve(PDF)).isRegularFile();
		assertOnlyCompleteFiles(out);
		assertThat(killPoints).hasSize(4);
		System.out.printf("report kill points: %s; next run %s%n", killPoints, next.out().strip());
	}

	private void killWhen(String db, Path out, Predicate<Path> point, String name, List<String> killPoints)
			throws Exception {
		Files.createDirectories(out);
		Process p = CliProcess.start(this.dir, Map.of(), report(db, out));
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (!point.test(out)) {
			assertThat(p.isAlive()).as("newsroll report ended before the kill point '%s' was seen", name).isTrue();
			assertThat(System.nanoTime()).as("kill point '%s' reached within 2 minutes", name).isLessThan(deadline);
			Thread.sleep(5);
		}
		p.destroyForcibly().waitFor();
		killPoints.add(name);
	}

	private void killAfter(String db, Path out, long millis, List<String> killPoints) throws Exception {
		Process p = CliProcess.start(this.dir, Map.of(), report(db, out));
		if (!p.waitFor(millis, TimeUnit.MILLISECONDS)) {
			p.destroyForcibly().waitFor();
		}
		killPoints.add(millis + " ms after start");
	}

	private static String[] report(String db, Path out) {
		return new String[] { "report", "--from", "2023-01-01", "--to", "2023-12-31", "--out", out.toString(),
				"--db-url", db };
	}

	private static boolean hasPart(Path dir, String finalName) {
		try (var files = Files.list(dir)) {
			return files.anyMatch((p) -> p.getFileName().toString().startsWith("." + finalName + ".")
					&& p.getFileName().toString().endsWith(".part"));
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Every file under a final (not hidden) name opens as what it claims to be. */
	private static void assertOnlyCompleteFiles(Path dir) throws IOException {
		try (var files = Files.list(dir)) {
			for (Path p : files.filter((f) -> !f.getFileName().toString().startsWith(".")).toList()) {
				String name = p.getFileName().toString();
				assertThat(name).isIn(XLSX, PDF);
				if (name.endsWith(".xlsx")) {
					try (XSSFWorkbook wb = new XSSFWorkbook(p.toFile())) {
						assertThat(wb.getNumberOfSheets()).isPositive();
					}
					catch (Exception ex) {
						throw new AssertionError(name + " is under its final name but does not open", ex);
					}
				}
				else {
					try (PDDocument pdf = Loader.loadPDF(p.toFile())) {
						assertThat(pdf.getNumberOfPages()).isPositive();
					}
				}
			}
		}
	}

}
