package io.newsroll.batch.rejects;

/**
 * Keeps text from input harmless in a CSV that a spreadsheet opens: a cell that starts
 * like a formula (= + - @, tab, CR) is prefixed with an apostrophe, as OWASP advises
 * against CSV injection.
 */
public final class CsvCells {

	private CsvCells() {
	}

	public static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return (value == null) ? "" : value;
		}
		char c = value.charAt(0);
		return (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') ? "'" + value : value;
	}

}
