package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroll.core.text.ChineseText;

/**
 * The lines around an article's body that carry its byline, date, series and kicker: the
 * lines between the headline and the body, the few lines after the body, and the short
 * lines just above the headline.
 *
 * @param byline the lines between the headline (or a few lines above the body) and the
 * body, links left out but for an author's linked name; the body's own byline lines
 * joined by {@link #withByline}
 * @param after the few lines just after the body
 * @param above the short lines just above the headline, nearest first
 * @param series a series named in 【】 just above the body, or null
 * @param kicker the label over the headline's dek ("● 聚焦"), or null
 */
record Margins(List<String> byline, List<String> after, List<String> above, String series, String kicker) {

	/** How many lines above the headline a date (or a byline) still belongs to it. */
	static final int ABOVE_HEADLINE_LINES = 8;

	/** How many lines after the body its credits may take. */
	private static final int AFTER_BODY_LINES = 8;

	/** How many lines above the body the byline may start when no headline was found. */
	private static final int BYLINE_ABOVE_BODY = 6;

	private static final Pattern KICKER = Pattern.compile("^[●■◆▲★◇□○▶►]\\s?(\\S.{0,30})$");

	private static final Pattern SERIES = Pattern.compile("^【([^】]{2,60})】$");

	Margins {
		byline = List.copyOf(byline);
		after = List.copyOf(after);
		above = List.copyOf(above);
	}

	/**
	 * The margins of the body run {@code region} under the headline at {@code titleIndex}
	 * (or -1).
	 */
	static Margins around(LineSet lines, int titleIndex, Region region) {
		int bylineFrom = (titleIndex >= 0) ? titleIndex + 1 : Math.max(0, region.start() - BYLINE_ABOVE_BODY);
		List<String> byline = new ArrayList<>();
		for (int i = bylineFrom; i < region.start(); i++) {
			if (lines.get(i).linkRatio() < 0.5 || LineShapes.isAuthorLink(lines, i)) {
				byline.add(lines.text(i));
			}
		}
		List<String> after = new ArrayList<>();
		for (int i = region.end(); i < Math.min(lines.size(), region.end() + AFTER_BODY_LINES); i++) {
			after.add(lines.text(i));
		}
		List<String> above = new ArrayList<>(ABOVE_HEADLINE_LINES);
		for (int i = titleIndex - 1; i >= Math.max(0, titleIndex - ABOVE_HEADLINE_LINES); i--) {
			String text = lines.text(i);
			if (text.length() <= 80) {
				above.add(text);
			}
		}
		String series = null;
		for (int i = Math.max(0, (titleIndex >= 0 ? titleIndex : region.start()) - 3); i < region.start()
				&& series == null; i++) {
			Matcher m = SERIES.matcher(lines.text(i));
			if (m.matches()) {
				series = ChineseText.field(m.group(1));
			}
		}
		String kicker = null;
		if (!byline.isEmpty()) {
			Matcher m = KICKER.matcher(byline.get(byline.size() - 1));
			if (m.matches()) {
				kicker = ChineseText.field(m.group(1));
			}
		}
		return new Margins(byline, after, above, series, kicker);
	}

	/** These margins with the byline lines found at the top of the body added. */
	Margins withByline(List<String> more) {
		if (more.isEmpty()) {
			return this;
		}
		List<String> all = new ArrayList<>(this.byline);
		all.addAll(more);
		return new Margins(all, this.after, this.above, this.series, this.kicker);
	}

}
