package io.newsroll.core.article;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The credits of a Chinese page decided with knowledge (core/names), on small pages made
 * for the test: a source without the link text after it, every editor, no outlet or
 * compiler's word as an author; and bylines of other languages.
 */
class ChineseCreditsTest {

	private static final String BODY = "<p>　　全国总工会近日召开会议，部署今冬明春职工服务工作。会议强调，各级工会要把职工群众的安危冷暖放在心上，扎实做好困难职工帮扶、农民工欠薪治理和冬季送温暖等工作。</p>"
			+ "<p>　　会议指出，今年以来各级工会组织认真履行维护职工合法权益的基本职责，推动解决了一批职工群众急难愁盼问题，取得了明显成效，职工群众的获得感、幸福感、安全感不断增强。</p>";

	private final PageExtractor extractor = new PageExtractor(ExtractionSettings.defaults());

	@Test
	void anOutletBesideTheTimeIsTheSourceWithoutALabel() {
		assertThat(ChineseCredits.outletBesideTime("2020-10-08 12:00:31 新京报 举报")).isEqualTo("新京报");
		assertThat(ChineseCredits.outletBesideTime("城市晚报 2019-11-25 10:37:31")).isEqualTo("城市晚报");
		assertThat(ChineseCredits.outletBesideTime("原创城市晚报 2019-09-09 16:01:46")).isEqualTo("城市晚报");
		assertThat(ChineseCredits.outletBesideTime("2024-05-09 22:30·新华社")).isEqualTo("新华社");
		// a person, two names, a date without a time, or more words than the row's: none
		assertThat(ChineseCredits.outletBesideTime("2020-10-08 12:00 李晓明")).isNull();
		assertThat(ChineseCredits.outletBesideTime("2020-10-08 12:00 新京报 城市晚报")).isNull();
		assertThat(ChineseCredits.outletBesideTime("2020-10-08 新京报")).isNull();
		assertThat(ChineseCredits.outletBesideTime("2020-10-08 12:00 新京报 报道了这件事")).isNull();
	}

	@Test
	void aSelfMediaPageNamesItsAuthorBetweenTheOriginalWorkMarkAndTheAccount() {
		assertThat(ChineseCredits.originalWorkAuthor("原创 李晓明 城市观察")).containsExactly("李晓明");
		assertThat(ChineseCredits.originalWorkAuthor("原创 penname 某某Code")).containsExactly("penname");
		// the account alone, an outlet, or prose: nobody
		assertThat(ChineseCredits.originalWorkAuthor("原创 城市观察")).isEmpty();
		assertThat(ChineseCredits.originalWorkAuthor("原创 新京报 城市观察")).isEmpty();
		assertThat(ChineseCredits.originalWorkAuthor("原创作品需要保护 我们 一起")).isEmpty();
	}

	@Test
	void aSourceLosesTheLinkTextPrintedAfterIt() {
		Article article = chinese("<div>2023-12-21 08:15 来源：<a href=\"#\">新京报</a> <a href=\"#\">举报</a></div>", "");

		assertThat(article.source()).isEqualTo("新京报");
	}

	@Test
	void keepsEveryEditorTheLinesAfterTheBodyName() {
		Article article = chinese("<div>2023-12-21 08:15 来源：工人日报</div>",
				"<p>编辑 刘晓阳 校对 李铭</p><div>本文来源：新京报责任编辑：姚立伟_NT6056</div>");

		assertThat(article.editor()).isEqualTo("刘晓阳、姚立伟");
	}

	@Test
	void anOutletOrACompilersWordIsNoAuthor() {
		assertThat(chinese("<div>作者：新浪科技 2023-12-21 08:15</div>", "").authors()).doesNotContain("新浪科技");
		assertThat(chinese("<div>作者：陈智 整合 2023-12-21 08:15</div>", "").authors()).containsExactly("陈智");
	}

	@Test
	void readsABylineOfAnotherLanguageAndItsDate() {
		String html = "<html><head><title>Stadtrat beschließt neuen Haushalt</title></head><body>"
				+ "<h1>Stadtrat beschließt neuen Haushalt</h1><p>Von Felix Eisenreich // 1. November 2023</p>"
				+ "<p>Der Stadtrat hat am Dienstag nach einer langen Debatte einen neuen Haushalt für Schulen und Straßen beschlossen, der im kommenden Jahr gilt.</p>"
					.repeat(3)
				+ "</body></html>";

		Article article = article(html);

		assertThat(article.authors()).containsExactly("Felix Eisenreich");
		assertThat(article.published().toLocalDate()).isEqualTo(LocalDate.of(2023, 11, 1));
	}

	@Test
	void takesOtherLanguagesByWordsAndGluedPictureWordsOffAName() {
		assertThat(OtherLanguageBylines.withoutBy("Von Felix Eisenreich")).isEqualTo("Felix Eisenreich");
		assertThat(OtherLanguageBylines.withoutBy("Artikel von: hausinfo")).isEqualTo("hausinfo");
		assertThat(OtherLanguageBylines.withoutBy("vom Support Team")).isEqualTo("Support Team");
		assertThat(OtherLanguageBylines.withoutBy("Par Jean Dupont")).isEqualTo("Jean Dupont");
		assertThat(OtherLanguageBylines.withoutBy("AvatarAvatarNicole Collignon")).isEqualTo("Nicole Collignon");
		assertThat(OtherLanguageBylines.withoutBy("Vonderheide Anna")).isEqualTo("Vonderheide Anna");
		assertThat(OtherLanguageBylines.withoutBy("Fotograf Max")).isEqualTo("Fotograf Max");
	}

	private Article chinese(String byline, String after) {
		return article("<html><head><title>全总部署今冬明春职工服务工作_中工网</title></head><body><h1>全总部署今冬明春职工服务工作</h1>" + byline
				+ BODY + after + "</body></html>");
	}

	private Article article(String html) {
		PageExtraction result = this.extractor.extract("page.html", html.getBytes(StandardCharsets.UTF_8));
		assertThat(result).isInstanceOf(PageExtraction.Extracted.class);
		return ((PageExtraction.Extracted) result).article();
	}

}
