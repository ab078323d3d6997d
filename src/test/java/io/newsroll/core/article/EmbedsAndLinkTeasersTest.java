package io.newsroll.core.article;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Embedded social posts and "MORE: …" links to other stories sit among the paragraphs of
 * a page; they are not the article's text.
 */
class EmbedsAndLinkTeasersTest {

	private static final List<String> BODY = TextDumpPage.COUNCIL_BODY;

	@Test
	void anEmbeddedPostItsSignatureAndItsPictureLinkLeaveTheBody() {
		List<String> lines = TextDumpPage.councilPage(BODY.get(0),
				"The budget passed! Thanks to everyone who came out tonight to speak up for our schools. pic.twitter.com/AbC123xyZ",
				"— Example City Council (@ExampleCouncil) December 19, 2023", BODY.get(1),
				"Residents who waited six hours to speak deserve a better process than this one, honestly.",
				"— Jane Resident (@janeres) December 19, 2023", BODY.get(2), "View this post on Instagram",
				"A post shared by Example News (@examplenews)", BODY.get(3));

		assertThat(TextDumpPage.paragraphs(lines)).containsExactlyElementsOf(BODY);
	}

	@Test
	void aLinkToAnotherStoryLeavesTheBody() {
		List<String> lines = TextDumpPage.councilPage(BODY.get(0), "MORE: How the school budget grew over ten years",
				BODY.get(1), "RELATED: Council delays vote on road repairs", BODY.get(2),
				"SEE ALSO: The mayor's first year in office", BODY.get(3));

		assertThat(TextDumpPage.paragraphs(lines)).containsExactlyElementsOf(BODY);
	}

	@Test
	void adSlotsGalleryCountersAndNewsletterCallsLeaveTheBody() {
		List<String> lines = TextDumpPage.councilPage(BODY.get(0), "Article continues below this ad", BODY.get(1),
				"32 Images", "Instagram content", "This content can also be viewed on the site it originates from.",
				BODY.get(2), "Want to keep up with city hall? Subscribe to our email newsletter.",
				"CLICK HERE TO READ MORE ON EXAMPLE BUSINESS", BODY.get(3));

		assertThat(TextDumpPage.paragraphs(lines)).containsExactlyElementsOf(BODY);
	}

	@Test
	void aScienceStorysReferencesEndItsBody() {
		List<String> lines = TextDumpPage.councilPage(BODY.get(0), BODY.get(1), BODY.get(2), BODY.get(3),
				"Materials provided by Example University. Note: Content may be edited for style and length.",
				"Journal Reference:",
				"1. Jane Doe, John Roe. Roads, schools and the municipal budget. Journal of Civic Studies, 2023; 12 (4): 101 DOI: 10.1000/jcs.2023.101",
				"Example University. \"Council backs spending plan.\" ExampleDaily, 19 December 2023.");

		assertThat(TextDumpPage.paragraphs(lines)).containsExactlyElementsOf(BODY);
	}

	@Test
	void sentencesThatMentionAHandleOrALabelStay() {
		String handle = "The council's account, @ExampleCouncil, posted the result minutes after the vote, and residents replied in their hundreds.";
		String label = "More than two hundred residents signed up to speak, the largest turnout the clerk could remember.";
		String subscribe = "Residents can subscribe to the council's minutes, which are published a week after each meeting.";
		List<String> lines = TextDumpPage.councilPage(BODY.get(0), handle, label, BODY.get(1), subscribe, BODY.get(2));

		assertThat(TextDumpPage.paragraphs(lines)).containsExactly(BODY.get(0), handle, label, BODY.get(1), subscribe,
				BODY.get(2));
	}

}
