package io.newsroll.report;

import java.util.Locale;

/** The language of a report's labels: Chinese by default, English on request. */
public enum ReportLocale {

	ZH(Locale.SIMPLIFIED_CHINESE), EN(Locale.ENGLISH);

	private final Locale locale;

	ReportLocale(Locale locale) {
		this.locale = locale;
	}

	public Locale locale() {
		return this.locale;
	}

	/** {@code zh} or {@code en}: the report files' name ends with it. */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The label's text in this language. */
	public String text(Label label) {
		return (this == ZH) ? label.zh() : label.en();
	}

	/** {@code zh} or {@code en}, any case. */
	public static ReportLocale parse(String value) {
		for (ReportLocale l : values()) {
			if (l.name().equalsIgnoreCase(value.strip())) {
				return l;
			}
		}
		throw new IllegalArgumentException("unknown report locale '" + value + "' (use zh or en)");
	}

}
