package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.newsroll.core.text.ChineseText;

/**
 * A page's {@code <title>} cut into the headline and the site and channel names that sites append
 * ("团结动员…作贡献-工会-中工网", "Headline | CNN", "标题_新闻_新浪网").
 *
 * @param headline the headline part (the first segment, or a much longer later one)
 * @param channel the segment before the site name when there are three or more, else null
 * @param site the last segment when there are two or more, else null
 */
record PageTitle(String headline, String channel, String site) {

	private static final Pattern SEPARATORS = Pattern.compile(
			"\\s*[|｜_]\\s*|\\s*-{2,}\\s*|\\s+::\\s+|\\s+[-–—]\\s+|(?<=[\\p{IsHan}）”》!?！？])\\s?-\\s?(?=[\\p{IsHan}（“《A-Za-z])");

	static PageTitle of(String title) {
		if (title == null || title.isBlank()) {
			return new PageTitle(null, null, null);
		}
		List<String> segments = new ArrayList<>();
		for (String s : SEPARATORS.split(title)) {
			String v = ChineseText.field(s);
			if (v != null) {
				segments.add(v);
			}
		}
		if (segments.isEmpty()) {
			return new PageTitle(null, null, null);
		}
		int best = 0;
		for (int i = 1; i < segments.size(); i++) {
			if (segments.get(i).length() > 2 * segments.get(best).length() + 4) {
				best = i;
			}
		}
		String headline = segments.get(best);
		String site = null;
		String channel = null;
		if (best == 0 && segments.size() >= 2) {
			site = segments.get(segments.size() - 1);
			if (segments.size() >= 3) {
				channel = segments.get(segments.size() - 2);
			}
		}
		else if (best > 0) {
			site = segments.get(0);
		}
		return new PageTitle(headline, shortName(channel), shortName(site));
	}

	/** Site and channel names are short; a long segment is more of the headline, not a name. */
	private static String shortName(String s) {
		return (s == null || s.length() > 30) ? null : s;
	}

	/** A comparison key: no whitespace, width folded, lower case. */
	static String key(String s) {
		return ChineseText.squeeze(ChineseText.foldWidth(s)).toLowerCase(Locale.ROOT);
	}

}
