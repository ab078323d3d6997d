package io.newsroll.report;

import java.util.EnumSet;
import java.util.Set;

/** The files a report can be written as. */
public enum ReportFormat {

	XLSX("xlsx"), PDF("pdf");

	private final String extension;

	ReportFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return this.extension;
	}

	/**
	 * Parses {@code xlsx,pdf} (any case, blanks ignored); at least one format is
	 * required.
	 */
	public static Set<ReportFormat> parseList(String value) {
		Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
		for (String part : value.split(",")) {
			String p = part.strip();
			if (p.isEmpty()) {
				continue;
			}
			formats.add(parse(p));
		}
		if (formats.isEmpty()) {
			throw new IllegalArgumentException("no report format given (use xlsx, pdf or xlsx,pdf)");
		}
		return formats;
	}

	public static ReportFormat parse(String value) {
		for (ReportFormat f : values()) {
			if (f.extension.equalsIgnoreCase(value.strip())) {
				return f;
			}
		}
		throw new IllegalArgumentException("unknown report format '" + value + "' (use xlsx or pdf)");
	}

}
