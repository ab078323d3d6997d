package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroll.core.names.CreditClassifier;
import io.newsroll.core.names.CreditFields;
import io.newsroll.core.names.MediaOutlets;
import io.newsroll.core.text.ChineseText;
import io.newsroll.core.text.DateTimes;

/**
 * The credits of a Chinese article checked with knowledge rather than by their place: a
 * source without the link text printed after it (新京报 举报), every editor the lines around
 * the body name (编辑 刘晓阳 … 责任编辑：姚立伟_NT6056), authors that are people (an outlet, a
 * portal's channel or a compiler's word is none). The words are data in core/names
 * ({@link CreditClassifier}, {@link CreditFields}).
 */
final class ChineseCredits {

	/**
	 * An editor's label: the long ones anywhere (a text dump glues them to the text
	 * before: "本文来源:新京报责任编辑:姚立伟"), 编辑 alone only after a space, a bracket or a bar.
	 */
	private static final Pattern EDITOR_LABEL = Pattern
		.compile("(?:责任编辑|责编|值班编辑|实习编辑)|(?:^|[\\s（(【\\[|｜丨])编辑(?=\\s{0,2}[:：丨｜|]|\\s)");

	private ChineseCredits() {
	}

	/** How many lines between the headline and the body may hold its fields. */
	private static final int HEAD_LINES = 8;

	/** How long a line of the body's run may be and still be only a credit. */
	private static final int CREDIT_LINE_CHARS = 30;

	/**
	 * A strong editor's label, which a line of the body's run does not carry by chance.
	 */
	private static final Pattern STRONG_EDITOR_LABEL = Pattern.compile("责任编辑|责编");

	/**
	 * The lines between the headline and the body that may hold the article's fields: the
	 * byline lines, and those the margins leave out as links (a text dump marks a row "•
	 * 时间:… 来源:山西日报" as a list item).
	 */
	static List<String> headLines(LineSet lines, int titleIndex, Region region, Margins margins) {
		List<String> head = new ArrayList<>(margins.byline());
		int from = (titleIndex >= 0) ? titleIndex + 1 : Math.max(0, region.start() - HEAD_LINES);
		for (int i = Math.max(from, region.start() - HEAD_LINES); i < region.start(); i++) {
			if (!head.contains(lines.text(i))) {
				head.add(lines.text(i));
			}
		}
		return head;
	}

	/**
	 * The source without trailing link text: the one the credits found, unless that is
	 * the credit in brackets after a text (a video's "…被电信停机（来源：梨视频）") and a row of
	 * fields between the headline and the body names one ("时间：… 来源：新京报"); null when none.
	 * @param creditLines the lines the credits were read from (head lines, the body's
	 * run)
	 */
	static String source(String found, List<String> headLines, List<String> creditLines) {
		if (found == null || isCreditAfterText(found, headLines) || isCreditAfterText(found, creditLines)) {
			for (String line : headLines) {
				String s = CreditFields.source(Bylines.fieldSource(line));
				if (s != null) {
					return s;
				}
			}
		}
		if (found == null) {
			for (String line : headLines) {
				String s = outletBesideTime(line);
				if (s != null) {
					return s;
				}
			}
		}
		return CreditFields.source(ChineseText.field(found));
	}

	private static final Set<String> LINKS_BESIDE_SOURCE = Set.copyOf(BylineWords.LINKS_BESIDE_SOURCE.words());

	private static final Pattern FIELD_GAPS = Pattern.compile("[\\s|｜丨/·•]+");

	private static final Pattern ORIGINAL_MARK = Pattern.compile("^" + BylineWords.ORIGINAL_MARKS.alternation());

	/**
	 * The outlet a row of the time and the source names without a label, as the source
	 * position of a page prints it ("2020-10-08 12:00:31 新京报 举报"): the row holds a time,
	 * one outlet, and nothing but the links beside them; null otherwise.
	 */
	static String outletBesideTime(String line) {
		if (line.length() > 60) {
			return null;
		}
		Optional<DateTimes.Found> time = DateTimes.find(line);
		if (time.isEmpty() || !time.get().hasTime()) {
			return null;
		}
		String rest = line.substring(0, time.get().start()) + " " + line.substring(time.get().end());
		String outlet = null;
		for (String field : FIELD_GAPS.split(rest.strip())) {
			// a self-media page marks its own work: "原创南方都市报 2019-09-09 16:01"
			String word = ORIGINAL_MARK.matcher(field).replaceFirst("");
			if (word.isEmpty() || LINKS_BESIDE_SOURCE.contains(word)) {
				continue;
			}
			if (outlet != null || !MediaOutlets.isOutlet(word)
					|| CreditClassifier.classify(word) != CreditClassifier.Kind.ORGANISATION) {
				return null;
			}
			outlet = word;
		}
		return CreditFields.source(outlet);
	}

	/** Whether the source is read from a credit in brackets after a text in the lines. */
	private static boolean isCreditAfterText(String source, List<String> lines) {
		for (String line : lines) {
			if (line.contains(source) && source.equals(Bylines.source(line)) && Bylines.fieldSource(line) == null) {
				return true;
			}
		}
		return false;
	}

	/** The short lines of the body's run, where the credits read a source from. */
	static List<String> shortLinesInRun(LineSet lines, Region region) {
		List<String> found = new ArrayList<>();
		for (int i = region.start(); i < region.end(); i++) {
			if (lines.text(i).length() <= CREDIT_LINE_CHARS * 2) {
				found.add(lines.text(i));
			}
		}
		return found;
	}

	/**
	 * The short lines of the body's run with a strong editor's label (责任编辑, 责编): where
	 * the run goes on past the article's end into comments or teasers, the credit line
	 * ending the article lies inside it.
	 */
	static List<String> editorLinesInRun(LineSet lines, Region region) {
		List<String> found = new ArrayList<>();
		for (int i = region.start(); i < region.end(); i++) {
			String text = lines.text(i);
			if (text.length() <= CREDIT_LINE_CHARS + 10 && STRONG_EDITOR_LABEL.matcher(text).find()) {
				found.add(text);
			}
		}
		return found;
	}

	/**
	 * The authors a short line of the body's run credits when nothing else named one: a
	 * label and names of people only ("采写:南都见习记者林子沛"), where the run goes on past the
	 * article's end. A line whose names are not all people (记者：你怎么看) is an interview's,
	 * one that credits a picture (图片来源:记者张三摄) a photographer's.
	 */
	static List<String> creditLineAuthors(LineSet lines, Region region) {
		for (int i = region.start(); i < region.end(); i++) {
			String text = lines.text(i);
			if (text.length() > CREDIT_LINE_CHARS || isPictureCredit(text)) {
				continue;
			}
			List<String> names = Bylines.labelledAuthors(text);
			if (!names.isEmpty()
					&& names.stream().allMatch((n) -> CreditClassifier.classify(n) == CreditClassifier.Kind.PERSON)) {
				return names;
			}
		}
		return List.of();
	}

	/**
	 * Whether the line credits a picture: a caption word (图片来源, 摄影) or a name with 摄 at
	 * its end ("图片来源:每经记者张蕊摄").
	 */
	private static boolean isPictureCredit(String text) {
		String t = text.strip();
		if (t.endsWith("摄") || t.endsWith("摄）") || t.endsWith("摄)")) {
			return true;
		}
		for (String word : CreditWords.CHINESE_CAPTION_WORDS.words()) {
			if (t.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Every editor named: the one the credits found first, then those after each editor
	 * label of the lines after the body, of the byline lines and of the credit lines in
	 * the body's run, joined by 、 (the found one alone when no label names a person).
	 */
	static String editors(String found, Margins margins, List<String> runLines) {
		Set<String> names = new LinkedHashSet<>();
		if (found != null) {
			List<String> first = CreditFields.editors(found);
			names.addAll(first.isEmpty() ? List.of(found) : first);
		}
		List<String> lines = new ArrayList<>(margins.after());
		lines.addAll(margins.byline());
		lines.addAll(runLines);
		for (String line : lines) {
			Matcher m = EDITOR_LABEL.matcher(line);
			while (m.find()) {
				names.addAll(CreditFields.editors(line.substring(m.end())));
			}
		}
		return names.isEmpty() ? null : String.join("、", names);
	}

	/** "原创 张三 某某观察": the original-work mark, the author, the publishing account. */
	private static final Pattern ORIGINAL_WORK = Pattern
		.compile("^" + BylineWords.ORIGINAL_MARKS.alternation() + "[:：]?\\s+(\\S{1,20})\\s+\\S{1,30}$");

	/**
	 * The author a self-media page names between its original-work mark and its account
	 * ("原创 张三 某某观察", a pen name as well: "原创 kingname 某某Code"); nobody when the mark has
	 * only the account after it or the name is no person's.
	 */
	static List<String> originalWorkAuthor(String line) {
		Matcher m = ORIGINAL_WORK.matcher(line.strip());
		if (!m.matches()) {
			return List.of();
		}
		return CreditClassifier.personName(m.group(1)).map(List::of).orElse(List.of());
	}

	/**
	 * The authors that are people: a compiler's word taken off a name (陈智 整合), an outlet
	 * or an organisation dropped (网易, 新浪科技).
	 */
	static List<String> people(List<String> authors) {
		List<String> people = new ArrayList<>();
		for (String author : authors) {
			String name = CreditClassifier.withoutCompilerWord(author);
			if (name.isEmpty() || CreditClassifier.classify(name) == CreditClassifier.Kind.ORGANISATION
					|| CreditClassifier.classify(name) == CreditClassifier.Kind.COMPILER_WORD) {
				continue;
			}
			if (!people.contains(name)) {
				people.add(name);
			}
		}
		return people;
	}

}
