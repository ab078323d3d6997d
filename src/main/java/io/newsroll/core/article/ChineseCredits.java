package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroll.core.names.CreditClassifier;
import io.newsroll.core.names.CreditFields;
import io.newsroll.core.text.ChineseText;

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

	/** The source without trailing link text; null stays null. */
	static String source(String source) {
		return CreditFields.source(ChineseText.field(source));
	}

	/**
	 * Every editor named: the one the credits found first, then those after each editor
	 * label of the lines after the body and of the byline lines, joined by 、 (the found
	 * one alone when no label names a person).
	 */
	static String editors(String found, Margins margins) {
		Set<String> names = new LinkedHashSet<>();
		if (found != null) {
			List<String> first = CreditFields.editors(found);
			names.addAll(first.isEmpty() ? List.of(found) : first);
		}
		List<String> lines = new ArrayList<>(margins.after());
		lines.addAll(margins.byline());
		for (String line : lines) {
			Matcher m = EDITOR_LABEL.matcher(line);
			while (m.find()) {
				names.addAll(CreditFields.editors(line.substring(m.end())));
			}
		}
		return names.isEmpty() ? null : String.join("、", names);
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
