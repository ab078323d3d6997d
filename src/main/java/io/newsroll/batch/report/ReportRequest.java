package io.newsroll.batch.report;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import io.newsroll.report.ReportFormat;
import io.newsroll.report.ReportLocale;
import io.newsroll.report.ReportPeriod;

/**
 * What to report and where: the period, the formats, the label language, the directory
 * the files go to, and the publication time zone (the one {@code published_local} is in;
 * rejects and runs are cut at midnight in that zone too).
 */
public record ReportRequest(ReportPeriod period, Set<ReportFormat> formats, ReportLocale locale, Path directory,
		ZoneId zone) {

	/** The wall clock of the articles' {@code published_local} column. */
	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	public ReportRequest {
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(locale, "locale");
		Objects.requireNonNull(directory, "directory");
		Objects.requireNonNull(zone, "zone");
		if (formats.isEmpty()) {
			throw new IllegalArgumentException("no report format requested");
		}
		formats = Set.copyOf(EnumSet.copyOf(formats));
	}

	/**
	 * A request for both formats, Chinese labels, into
	 * {@code <reportsRoot>/<from>_<to>/}.
	 */
	public static ReportRequest of(ReportPeriod period, Path reportsRoot) {
		return new ReportRequest(period, EnumSet.allOf(ReportFormat.class), ReportLocale.ZH,
				defaultDirectory(reportsRoot, period), DEFAULT_ZONE);
	}

	/** {@code <reportsRoot>/2019-05-01_2019-05-31}: one directory per period. */
	public static Path defaultDirectory(Path reportsRoot, ReportPeriod period) {
		return reportsRoot.resolve(period.slug());
	}

	/**
	 * {@code newsroll-2019-05-01_2019-05-31-zh.xlsx} in the request's directory: the
	 * label language is part of the name, so a Chinese and an English report of one
	 * period sit side by side.
	 */
	public Path file(ReportFormat format) {
		return this.directory
			.resolve("newsroll-" + this.period.slug() + "-" + this.locale.tag() + "." + format.extension());
	}

}
