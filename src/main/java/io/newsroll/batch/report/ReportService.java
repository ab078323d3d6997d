package io.newsroll.batch.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.newsroll.report.AtomicFile;
import io.newsroll.report.ReportData;
import io.newsroll.report.ReportFormat;
import io.newsroll.report.pdf.PdfReportWriter;
import io.newsroll.report.xlsx.XlsxReportWriter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the report of a period: numbers from the database, then one file per requested
 * format, each moved into place only once complete. Used by {@code newsroll report} and
 * by scheduled jobs; it needs only newsroll's schema, never a previous job run.
 */
public class ReportService {

	private static final Logger log = LoggerFactory.getLogger(ReportService.class);

	private final DataSource dataSource;

	private final Clock clock;

	public ReportService(DataSource dataSource, Clock clock) {
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/** The numbers of a request's period, without writing anything. */
	public ReportData data(ReportRequest request) {
		ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(request.zone()));
		return new ReportQueries(this.dataSource).load(request.period(), request.zone(), now);
	}

	/**
	 * Writes the requested files and returns their paths, in format order (xlsx, then
	 * pdf).
	 */
	public List<Path> write(ReportRequest request) {
		return written(request).files();
	}

	/**
	 * The files written, and a warning for the console when the period has no articles
	 * (saying where the newest article is), else null.
	 */
	public record Written(List<Path> files, String warning) {
	}

	/** Writes the requested files; see {@link Written}. */
	public Written written(ReportRequest request) {
		long started = System.nanoTime();
		ReportData data = data(request);
		log.info("Report {}: {} articles, numbers computed in {} ms", request.period().slug(), data.kpis().articles(),
				(System.nanoTime() - started) / 1_000_000);
		List<Path> written = new ArrayList<>();
		for (ReportFormat format : ReportFormat.values()) {
			if (!request.formats().contains(format)) {
				continue;
			}
			long t0 = System.nanoTime();
			Path target = request.file(format);
			try {
				written.add(AtomicFile.write(target, (out) -> {
					switch (format) {
						case XLSX -> new XlsxReportWriter(request.locale()).write(data, out);
						case PDF -> new PdfReportWriter(request.locale()).write(data, out);
					}
				}));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot write " + target + ": " + ex.getMessage(), ex);
			}
			log.info("Report {} written in {} ms", target, (System.nanoTime() - t0) / 1_000_000);
		}
		return new Written(written, warning(data));
	}

	/** What an empty report should tell the person who asked for it. */
	static String warning(ReportData data) {
		if (!data.isEmpty()) {
			return null;
		}
		LocalDateTime newest = data.inputs().newestArticle();
		return "the report of " + data.period() + " has no articles; "
				+ ((newest != null) ? "the newest article in the database was published on " + newest.toLocalDate()
						: "the database holds no articles yet");
	}

}
