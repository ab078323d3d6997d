package io.newsroll.core.article;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a body run carries that is not the article's text: ad slots and sign-up boxes,
 * embedded social posts, "MORE: …" links to other stories, a science story's references,
 * and the lists of teasers, replies or comments that follow a post.
 */
final class BodyClutter {

	/** A month and day, the year optional: 04-09, 2023-04-09, 4月9日. */
	private static final String MONTH_DAY = "(?:(?:19|20)\\d{2}[-/.年])?\\d{1,2}[-/.月]\\d{1,2}日?";

	/** A teaser's date alone on its line: 04-09, 2023-04-09, 4月9日, with a time or not. */
	private static final Pattern TEASER_DATE = Pattern.compile(MONTH_DAY + "(?:\\s{1,3}\\d{1,2}:\\d{2})?");

	/**
	 * A date and time near the end of a line, as replies, comments and teasers carry them
	 * ("…【黑眼圈猫猫】08-11 17:03 0字 [127/1]", "… 2023-04-09 10:12").
	 */
	private static final Pattern TAIL_STAMP = Pattern.compile(MONTH_DAY + "\\s{1,3}\\d{1,2}:\\d{2}(?::\\d{2})?");

	/** How near the line's end a stamp must stop. */
	private static final int TAIL_STAMP_CHARS = 24;

	/** How many lines a list's first items span. */
	private static final int TEASER_SPAN = 6;

	/**
	 * An embedded social post's signature: "— NFL on Prime Video (@NFLonPrime) December
	 * 22, 2023".
	 */
	private static final Pattern POST_SIGNATURE = Pattern
		.compile("[—–-]\\s?[^()]{1,60}\\(@\\w{1,30}\\)\\s{1,3}\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}, \\d{4}");

	/** An embedded post's furniture: its picture link, Instagram's frame. */
	private static final Pattern SOCIAL_EMBED = Pattern
		.compile("pic\\.twitter\\.com/\\w+|^View this post on Instagram$|^A post shared by .{1,80}$");

	/**
	 * "MORE: Simone Biles-Jonathan Owens relationship timeline": a link to another story.
	 */
	private static final Pattern LINK_TEASER = Pattern
		.compile(BoilerplateWords.LINK_TEASER_LABELS.alternation() + "\\s?:\\s?\\S.{0,140}|CLICK HERE [A-Z ]{2,80}");

	/**
	 * Where an ad, a gallery or a sign-up box was: "Advertisement - Scroll to continue",
	 * "Article continues below this ad", "32 Images", "Subscribe to our email
	 * newsletter."
	 */
	private static final Pattern ADVERTISEMENT_SLOT = Pattern
		.compile("(?i)advertisement(?:\\s*[-–—:]\\s*[\\p{L} ]{0,40})?|sponsored content|ad feedback"
				+ "|(?:article|story) continues (?:below|after)(?: this)? (?:ad|advertisement)"
				+ "|\\d{1,3} (?:images|photos|pictures)|turn on javascript.{0,60}"
				+ "|(?:instagram|twitter|tiktok|youtube|facebook) (?:content|post)|this content can also be viewed on the site it originates from\\.?");

	/** A call to sign up for a newsletter. */
	private static final Pattern NEWSLETTER_CALL = Pattern
		.compile("(?i)\\b(?:subscribe|sign up|sign-up)\\b.{0,80}\\b(?:newsletters?|inbox)\\b");

	/** The references under a science story: a line opening with a source note. */
	private static final Pattern SOURCE_NOTE = Pattern.compile(BoilerplateWords.SOURCE_NOTES.alternation() + "\\b.*");

	private static final String SOURCE_NOTE_FIRST_CHARS = BoilerplateWords.SOURCE_NOTES.firstChars();

	private BodyClutter() {
	}

	/**
	 * Whether line {@code i} is the date of a teaser that starts a list of them: a date
	 * alone on its line, and another one within a few lines.
	 */
	static boolean teaserListStarts(LineSet lines, int i, int end) {
		return listStarts(lines, i, end, BodyClutter::isTeaserDate, 2, 2);
	}

	/**
	 * Whether line {@code i} opens a list of signed, stamped items: it and at least two
	 * more of the next lines end with a date and time. An article's own times stand
	 * inside its sentences, and rarely on three lines in a row.
	 */
	static boolean stampedListStarts(LineSet lines, int i, int end) {
		return listStarts(lines, i, end, BodyClutter::hasTailStamp, 1, 3);
	}

	/**
	 * Whether line {@code i} is an item and {@code items - 1} more follow it within
	 * {@value #TEASER_SPAN} lines, the first no nearer than {@code gap}.
	 */
	private static boolean listStarts(LineSet lines, int i, int end, Predicate<String> item, int gap, int items) {
		if (!item.test(lines.text(i))) {
			return false;
		}
		int found = 1;
		for (int j = i + gap; j < Math.min(end, i + TEASER_SPAN + 1) && found < items; j++) {
			if (item.test(lines.text(j))) {
				found++;
			}
		}
		return found >= items;
	}

	private static boolean isTeaserDate(String text) {
		return text.length() <= 16 && !text.isEmpty() && Character.isDigit(text.charAt(0))
				&& TEASER_DATE.matcher(text).matches();
	}

	private static boolean hasTailStamp(String text) {
		int from = Math.max(0, text.length() - TAIL_STAMP_CHARS - 20);
		if (text.indexOf(':', from) < 0) {
			// every stamp has a time
			return false;
		}
		Matcher m = TAIL_STAMP.matcher(text).region(from, text.length());
		while (m.find()) {
			if (text.length() - m.end() <= TAIL_STAMP_CHARS) {
				return true;
			}
		}
		return false;
	}

	static boolean isPostSignature(String text) {
		return text.length() <= 120 && !text.isEmpty() && "—–-".indexOf(text.charAt(0)) >= 0 && text.indexOf("(@") > 0
				&& POST_SIGNATURE.matcher(text).matches();
	}

	static boolean isSocialEmbed(String text) {
		return isPostSignature(text)
				|| (text.length() < Captions.MAX_CAPTION_CHARS && (text.contains("pic.twitter.com/")
						|| text.startsWith("View this post") || text.startsWith("A post shared"))
						&& SOCIAL_EMBED.matcher(text).find());
	}

	static boolean isLinkTeaser(String text) {
		return text.length() <= 150 && text.length() > 6 && Character.isUpperCase(text.charAt(0))
				&& Character.isUpperCase(text.charAt(1)) && LINK_TEASER.matcher(text).matches();
	}

	/**
	 * "Lesen Sie auch", "Lire aussi", "Zobacz także" as a whole short line: the heading
	 * of a box of links set between two paragraphs. It leaves the body, and weighs no
	 * more than a heading against it: the article goes on after the box.
	 */
	static boolean isListHeading(String text) {
		return text.length() <= LIST_HEADING_CHARS && text.length() > 4
				&& LIST_HEADING_FIRST_CHARS.indexOf(Character.toLowerCase(text.charAt(0))) >= 0
				&& LIST_HEADING.matcher(text).matches();
	}

	private static final int LIST_HEADING_CHARS = 40;

	private static final Pattern LIST_HEADING = Pattern
		.compile("(?iu)" + BoilerplateWords.OTHER_LIST_HEADINGS.alternation() + "\\s?[:：]?");

	private static final String LIST_HEADING_FIRST_CHARS = BoilerplateWords.OTHER_LIST_HEADINGS.lowerFirstChars();

	static boolean isAdvertisementSlot(String text) {
		if (text.length() > 160 || text.isEmpty()) {
			return false;
		}
		return (text.length() <= 80 && ADVERTISEMENT_SLOT.matcher(text).matches())
				|| ((text.contains("ewsletter") || text.contains("EWSLETTER") || text.contains("nbox"))
						&& NEWSLETTER_CALL.matcher(text).find());
	}

	static boolean isSourceNote(String text) {
		return !text.isEmpty() && SOURCE_NOTE_FIRST_CHARS.indexOf(text.charAt(0)) >= 0
				&& SOURCE_NOTE.matcher(text).matches();
	}

}
