package io.newsroll.core.article;

import java.util.Optional;

import io.newsroll.core.text.DateTimes;

/**
 * What a single line looks like next to its neighbours: a date alone, byline material, an
 * author's name over a date or a job, a dump's glued link list. The headline, body and
 * author stages ask these questions alike.
 */
final class LineShapes {

	private LineShapes() {
	}

	/**
	 * Places where a lower-case letter runs into a capitalized word ("PlanOff the
	 * StreetsNYC's Right"): a dump that glued the items of a link list. One is a name
	 * (McDonald, YouTube).
	 */
	static int gluedWords(String text) {
		int glued = 0;
		for (int i = 0; i + 2 < text.length(); i++) {
			if (Character.isLowerCase(text.charAt(i)) && Character.isUpperCase(text.charAt(i + 1))
					&& Character.isLowerCase(text.charAt(i + 2))) {
				glued++;
			}
		}
		return glued;
	}

	/** A short line that is only a date: "Dec 8, 2023", "2023-12-08 10:15". */
	static boolean isDateAlone(String text) {
		if (text.length() > 30) {
			return false;
		}
		Optional<DateTimes.Found> found = DateTimes.find(text);
		return found.isPresent() && found.get().start() <= 2 && text.length() - found.get().end() <= 2;
	}

	/**
	 * A short line that only gives a date, or an author label: byline material, not body
	 * text.
	 */
	static boolean isMetaLine(String text, int units) {
		Optional<DateTimes.Found> date = DateTimes.find(text);
		if (date.isPresent() && text.length() - (date.get().end() - date.get().start()) < 30) {
			return true;
		}
		return units < 30
				&& (!Bylines.labelledAuthors(text).isEmpty() || !EnglishBylines.englishByline(text).isEmpty());
	}

	/**
	 * Whether a line is what follows an author's name printed alone: a date ("Published:
	 * 11:25, 17 Dec 2023") or a job ("Forbes Staff", "Senior Shopping Reporter").
	 */
	static boolean isNameFollower(String text, int units) {
		return isDateAlone(text) || (units < 12 && isMetaLine(text, units)) || EnglishBylines.isJobTitle(text);
	}

	/**
	 * A link that is only a person's name, over the date: the author's name linked to
	 * their page ("Greg Potts" over "Published: 22 Dec 2023").
	 */
	static boolean isAuthorLink(LineSet lines, int i) {
		String text = lines.text(i);
		return i + 1 < lines.size() && lines.units(i) <= 4 && isNameFollower(lines.text(i + 1), lines.units(i + 1))
				&& gluedWords(text) < 2 && !EnglishBylines.englishBareName(text, text).isEmpty();
	}

	/**
	 * A name alone under the headline and dek, over the date or the author's job: the
	 * author's.
	 */
	static boolean isNameOverFollower(String text, String next, int nextUnits) {
		return isNameFollower(next, nextUnits) && gluedWords(text) < 2
				&& !EnglishBylines.englishBareName(text, text).isEmpty();
	}

}
