package io.newsroll.batch.report;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the reports count of the articles published on one day: per hour, site, channel,
 * series, editor, source publication, author and body length. Days add up to any period
 * (every view is a count), so a day's counts are computed once, kept in
 * {@code report_day} and only recomputed when an article of that day changes (see
 * {@link DaySummaries}).
 *
 * <p>
 * Kept as text, one line per counted value, so that a summary is one row to read rather
 * than thousands: {@code <kind> TAB <label> TAB <count>}, where a label escapes
 * backslash, tab and line breaks. Missing values are the empty label.
 */
final class DayCounts {

	/**
	 * How ingest joins an article's authors into {@code article.authors} (see
	 * ArticleRepository), and the credits join several editors into
	 * {@code article.editor} (see core/article/ChineseCredits.editors).
	 */
	static final String NAME_SEPARATOR = "、";

	/** The views a day is counted by, each with its one-letter tag in the text form. */
	enum View {

		SITE('s'), CHANNEL('c'), SERIES('r'),
		/**
		 * Each editor named, once per article ({@code E}); summaries of the older form
		 * ({@code e}, the joined string counted as one editor) are out of date.
		 */
		EDITOR('E'), SOURCE('p'), AUTHOR('a'),
		/** The job execution that loaded the article ({@code article.run_id}). */
		RUN('n');

		private final char tag;

		View(char tag) {
			this.tag = tag;
		}

		static View of(char tag) {
			for (View view : values()) {
				if (view.tag == tag) {
					return view;
				}
			}
			throw new IllegalArgumentException("unknown view tag '" + tag + "'");
		}

	}

	/**
	 * The hours line: 24 hours, then the articles whose time of day is unknown. Summaries
	 * of the older form ({@code h}, 24 hours, date-only pages counted at hour 0) are out
	 * of date and counted again.
	 */
	private static final char HOUR = 'H';

	private static final char OLD_HOUR = 'h';

	private static final char OLD_EDITOR = 'e';

	/** The hour slot of an article whose page gives only a date. */
	static final int TIME_UNKNOWN = 24;

	private static final char LENGTH = 'l';

	private final long[] hours = new long[25];

	private final Map<View, Map<String, long[]>> labels = new HashMap<>();

	private final Map<Integer, long[]> lengths = new HashMap<>();

	/**
	 * Counts one article; {@code hour} is 0 to 23, or {@link #TIME_UNKNOWN} for a page
	 * that gives only a date.
	 */
	void add(int hour, String site, String channel, String series, String editor, String source, int bodyChars,
			String authorList, long runId) {
		this.hours[hour]++;
		increment(View.RUN, Long.toString(runId), 1);
		increment(View.SITE, site, 1);
		increment(View.CHANNEL, channel, 1);
		increment(View.SERIES, series, 1);
		Set<String> editors = names(editor);
		if (editors.isEmpty()) {
			// no editor named: counted on the "(none)" row
			increment(View.EDITOR, "", 1);
		}
		editors.forEach((name) -> increment(View.EDITOR, name, 1));
		increment(View.SOURCE, source, 1);
		this.lengths.computeIfAbsent(bodyChars, (k) -> new long[1])[0]++;
		names(authorList).forEach((name) -> increment(View.AUTHOR, name, 1));
	}

	/**
	 * The names of a joined list ({@code 李明、王五}), trimmed, each once: a person named
	 * twice in one byline still wrote (or edited) one article. Empty for null or blank.
	 */
	static Set<String> names(String list) {
		Set<String> names = new LinkedHashSet<>();
		if (list != null) {
			for (String name : list.split(NAME_SEPARATOR)) {
				if (!name.isBlank()) {
					names.add(name.strip());
				}
			}
		}
		return names;
	}

	private void increment(View view, String label, long n) {
		this.labels.computeIfAbsent(view, (v) -> new HashMap<>())
			.computeIfAbsent((label != null) ? label : "", (k) -> new long[1])[0] += n;
	}

	/** Articles counted. */
	long articles() {
		long n = 0;
		for (long h : this.hours) {
			n += h;
		}
		return n;
	}

	/** Articles per hour of the day, 0 to 23, then (24) those of unknown time. */
	long[] hours() {
		return this.hours.clone();
	}

	/** Articles per label of a view; an author or editor counts once per article. */
	Map<String, long[]> counts(View view) {
		return this.labels.getOrDefault(view, Map.of());
	}

	/** Articles per body length in characters. */
	Map<Integer, long[]> lengths() {
		return this.lengths;
	}

	/** The text form kept in {@code report_day.counts}. */
	String encode() {
		StringBuilder out = new StringBuilder();
		out.append(HOUR);
		for (long h : this.hours) {
			out.append('\t').append(h);
		}
		out.append('\n');
		for (View view : View.values()) {
			counts(view).forEach((label, n) -> {
				out.append(view.tag).append('\t');
				escape(label, out);
				out.append('\t').append(n[0]).append('\n');
			});
		}
		this.lengths.forEach((length,
				n) -> out.append(LENGTH).append('\t').append(length.intValue()).append('\t').append(n[0]).append('\n'));
		return out.toString();
	}

	/** Reads the text form back; anything malformed is refused, never half read. */
	static DayCounts decode(String text) {
		DayCounts day = new DayCounts();
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			day.read(text, start, end);
			start = end + 1;
		}
		return day;
	}

	private void read(String text, int start, int end) {
		char tag = text.charAt(start);
		if (text.charAt(start + 1) != '\t') {
			throw new IllegalArgumentException("malformed day counts line at " + start);
		}
		if (tag == OLD_HOUR) {
			throw new IllegalArgumentException("summary made before the time of day was told from a date alone");
		}
		if (tag == OLD_EDITOR) {
			throw new IllegalArgumentException("summary made before several editors of an article were told apart");
		}
		if (tag == HOUR) {
			String[] values = text.substring(start + 2, end).split("\t");
			if (values.length != this.hours.length) {
				throw new IllegalArgumentException(
						"day counts need " + this.hours.length + " hour slots, found " + values.length);
			}
			for (int h = 0; h < this.hours.length; h++) {
				this.hours[h] = Long.parseLong(values[h]);
			}
			return;
		}
		int tab = text.lastIndexOf('\t', end - 1);
		if (tab <= start + 1) {
			throw new IllegalArgumentException("malformed day counts line at " + start);
		}
		long n = Long.parseLong(text.substring(tab + 1, end));
		String label = unescape(text.substring(start + 2, tab));
		if (tag == LENGTH) {
			this.lengths.computeIfAbsent(Integer.parseInt(label), (k) -> new long[1])[0] += n;
		}
		else {
			increment(View.of(tag), label, n);
		}
	}

	private static void escape(String label, StringBuilder out) {
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
	}

	private static String unescape(String label) {
		if (label.indexOf('\\') < 0) {
			return label;
		}
		StringBuilder out = new StringBuilder(label.length());
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			if (c == '\\' && i + 1 < label.length()) {
				char next = label.charAt(++i);
				out.append(switch (next) {
					case 't' -> '\t';
					case 'n' -> '\n';
					case 'r' -> '\r';
					default -> next;
				});
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
