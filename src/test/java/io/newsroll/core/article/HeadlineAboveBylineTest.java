package io.newsroll.core.article;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text dumps whose headline rewords the page's title: the headline is found above the
 * English byline.
 */
class HeadlineAboveBylineTest {

	private static final List<String> BODY = List.of(
			"There are plenty of different types of saws in the world, but each of them is good at specific things, and knowing which one to reach for saves both time and wood.",
			"A table saw makes long straight cuts quickly and accurately, while a miter saw is the tool of choice for cutting boards to length at a precise angle.",
			"Hand saws still have their place: they are quiet, cheap, and perfect for the odd cut where setting up a power tool would take longer than the cut itself.");

	@Test
	void findsTheRewordedHeadlineAboveTheBylineAndItsDek() {
		Article article = extract("Types of saws and what they're good at | Popular Science", "• DIY", "• Life Skills",
				"A woodworker’s guide to choosing the right saw for each cut",
				"How to know when to use the table saw, pull out a hand saw, or grab something else.",
				"By Jean Levasseur | Published Oct 27, 2023 1:03 PM EDT");

		assertThat(article.title()).isEqualTo("A woodworker’s guide to choosing the right saw for each cut");
		assertThat(article.authors()).containsExactly("Jean Levasseur");
	}

	@Test
	void aPhotoCreditIsNoBylineAndAGluedLinkListIsNoHeadline() {
		Article article = extract("Minneapolis Is on a Quest to Defeat Chronic Homelessness - Bloomberg",
				"Homeless in America:",
				"Inside LA's PlanOff the Streets in MinneapolisNYC's Right to ShelterTiny Homes in San Jose",
				"Photo by Aaron Lavinsky/Star Tribune via Getty Images", "Citylab",
				"Beating the Odds on Chronic Homelessness in Minneapolis",
				"Hennepin County has reduced its population of the most vulnerable people living on the streets by almost 36% in just two years.",
				"By Sarah Holder", "December 22, 2023 at 8:00 AM EST");

		assertThat(article.title()).isEqualTo("Beating the Odds on Chronic Homelessness in Minneapolis");
	}

	@Test
	void aHeadlineMayEndWithInitials() {
		Article article = extract("What families do when they don't celebrate Christmas in L.A. - Los Angeles Times",
				"Lifestyle",
				"‘Always the darkest house on the street’: What it’s like to not celebrate Christmas in L.A.",
				"From above, a family plays cards on the couch.", "(Dania Maxwell / Los Angeles Times)",
				"By Deborah NetburnStaff Writer", "Dec. 21, 2023 3 AM PT");

		assertThat(article.title())
			.isEqualTo("‘Always the darkest house on the street’: What it’s like to not celebrate Christmas in L.A.");
	}

	@Test
	void gluedLinkItemsAreCountedButOneNameIsNot() {
		assertThat(
				LineShapes.gluedWords("Inside LA's PlanOff the Streets in MinneapolisNYC's Right to ShelterTiny Homes"))
			.isEqualTo(2);
		assertThat(LineShapes.gluedWords("McDonald's opens in Moscow")).isEqualTo(1);
		assertThat(HeadlineFinder.headlineShaped("McDonald's opens in Moscow")).isTrue();
	}

	private static Article extract(String... header) {
		List<String> lines = new ArrayList<>(List.of(header));
		lines.addAll(BODY);
		return TextDumpPage.extract(lines);
	}

}
