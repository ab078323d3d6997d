package io.newsroll.core.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BylinesTest {

	@Test
	void splitsSeveralAuthorsOnOneByline() {
		assertThat(Bylines.labelledAuthors("记者 王建宏 张文攀")).containsExactly("王建宏", "张文攀");
		assertThat(Bylines.labelledAuthors("本报记者 王建宏 通讯员 张文攀")).containsExactly("王建宏", "张文攀");
	}

	@Test
	void readsFieldsGluedTogetherByMarkupWithoutSpaces() {
		// <span>时间…</span><span>来源…</span><span>作者…</span> with nothing between them
		assertThat(Bylines.labelledAuthors("时间:2024.05.11 来源:光明日报作者:南帆")).containsExactly("南帆");
		assertThat(Bylines.labelledAuthors("2023-12-21 08:15来源：工人日报作者：王五 赵六")).containsExactly("王五", "赵六");
		assertThat(Bylines.source("2022-02-13 07:00:00来源:央广网")).isEqualTo("央广网");
		// the word before the next colon is the next label, no name
		assertThat(Bylines.labelledAuthors("作者：张三 单位：某某大学")).containsExactly("张三");
		// a colon inside a sentence does not make a label of what follows
		assertThat(Bylines.labelledAuthors("他说：记者从上海昆剧团获悉，中国民主同盟盟员去世")).isEmpty();
	}

	@Test
	void joinsPaddedNames() {
		assertThat(Bylines.labelledAuthors("作者：陈 刚")).containsExactly("陈刚");
		assertThat(Bylines.bareNames("陈 刚")).containsExactly("陈刚");
	}

	@Test
	void readsTheReporterFromADateline() {
		assertThat(Bylines.datelineAuthors("本报讯（记者叶婉）近日，“心成长”项目启动。")).containsExactly("叶婉");
		assertThat(Bylines.datelineAuthors("新华社深圳5月12日电（记者戴小河、印朋）由我国自主设计建造的")).containsExactly("戴小河", "印朋");
	}

	@Test
	void doesNotTakeTheStartOfASentenceForAName() {
		assertThat(Bylines.labelledAuthors("记者从上海昆剧团获悉，中国民主同盟盟员去世")).isEmpty();
	}

	@Test
	void readsSourceEditorAndAuthorNote() {
		assertThat(Bylines.source("来源:中工网——《工人日报》")).isEqualTo("中工网——《工人日报》");
		assertThat(Bylines.publication("中工网——《工人日报》")).isEqualTo("工人日报");
		assertThat(Bylines.editor("编辑:尹文卓")).isEqualTo("尹文卓");
		assertThat(Bylines.editor("责任编辑：王 五")).isEqualTo("王五");
		assertThat(Bylines.authorNote("(作者为安徽省人大常委会副主任、省总工会主席)")).isEqualTo("作者为安徽省人大常委会副主任、省总工会主席");
	}

	@Test
	void readsEnglishBylines() {
		assertThat(Bylines.englishByline("By Chris E. Hayner and Tom Caswell")).containsExactly("Chris E. Hayner",
				"Tom Caswell");
		assertThat(Bylines.englishByline("By Madison Czopek, Katie Sanders | December 21, 2023"))
			.containsExactly("Madison Czopek", "Katie Sanders");
	}

	@Test
	void readsAnEnglishAuthorLabelWithAColonAndStopsAtTheNextCredit() {
		assertThat(Bylines.englishByline("Author: John Smith")).containsExactly("John Smith");
		assertThat(Bylines.englishByline("Authors: Jane Doe and John Roe")).containsExactly("Jane Doe", "John Roe");
		assertThat(Bylines.englishByline("Reporting by John Smith; Editing by Mary Jones"))
			.containsExactly("John Smith");
		// not a label: a sentence that mentions authors
		assertThat(Bylines.englishByline("authors: see the list below")).isEmpty();
	}

	@Test
	void cutsADateOrJobTitleGluedToAnEnglishByline() {
		assertThat(Bylines.englishByline("By Kent GermanDec 22, 2023")).containsExactly("Kent German");
		assertThat(Bylines.englishByline("By Deborah NetburnStaff Writer")).containsExactly("Deborah Netburn");
		// a photo credit glued before "By": the byline starts inside a word
		assertThat(Bylines.englishByline("Headshot of Caroline DelbertBy Caroline DelbertPublished: Oct 16, 2023"))
			.containsExactly("Caroline Delbert");
	}

	@Test
	void dropsTheOutletAfterTheNamesOfAnEnglishByline() {
		assertThat(Bylines.englishByline("by Bob Yirka , Phys.org")).containsExactly("Bob Yirka");
		assertThat(Bylines.englishByline("By JANE DOE, Associated Press")).containsExactly("JANE DOE");
		assertThat(Bylines.englishByline("By Jane Doe, The Washington Post")).containsExactly("Jane Doe");
		assertThat(Bylines.englishByline("By Jane Doe and John Roe, CNN")).containsExactly("Jane Doe", "John Roe");
		assertThat(Bylines.englishByline("By John Smith, Reuters Staff")).containsExactly("John Smith");
		// a second name after a comma stays a name
		assertThat(Bylines.englishByline("By Jane Doe, John Roe and Jim Poe")).containsExactly("Jane Doe", "John Roe",
				"Jim Poe");
		assertThat(Bylines.englishByline("By Janelle Ash FOXBusiness")).containsExactly("Janelle Ash");
		assertThat(Bylines.englishByline("By Ann McDonald and Jo O'Neil")).containsExactly("Ann McDonald", "Jo O'Neil");
	}

	@Test
	void bareEnglishNameLineDropsTheOutletAfterABullet() {
		assertThat(Bylines.englishBareName("John Garcia Jr. • Rivals.com", "John Garcia Jr. • Rivals.com"))
			.containsExactly("John Garcia Jr.");
	}

	@Test
	void wordsOfARoleOrAPhotoAreNoBareName() {
		assertThat(Bylines.englishBareName("Author Photo", "Author Photo")).isEmpty();
		assertThat(Bylines.englishBareName("National Recruiting Analyst", "National Recruiting Analyst")).isEmpty();
		assertThat(Bylines.englishBareName("Emily Dozier", "Emily Dozier")).containsExactly("Emily Dozier");
	}

	@Test
	void aCreditsOrASentencesByIsNoByline() {
		assertThat(Bylines.englishByline("Video by MEGA Media.")).isEmpty();
		assertThat(Bylines.englishByline("Squint and you'll see daylight. Photograph by Rob Brunner.")).isEmpty();
		assertThat(Bylines.englishByline("Gadi was later identified as a U.S. citizen by Sen. Rick Scott")).isEmpty();
		assertThat(Bylines.englishByline("Presented by Example Motors")).isEmpty();
		// a byline's "by" after a date, a label or a mark stays one
		assertThat(Bylines.englishByline("Dec 19, 2023 by News Staff")).containsExactly("News Staff");
		assertThat(Bylines.englishByline("Posted by Jane Doe")).containsExactly("Jane Doe");
		assertThat(Bylines.englishByline("Photo by Evy Mages | Story by Jane Doe")).containsExactly("Jane Doe");
		assertThat(Bylines.englishByline("Story and photos by Jane Doe")).containsExactly("Jane Doe");
	}

	@Test
	void keepsADegreeAfterACommaWithItsName() {
		assertThat(Bylines.englishByline("By Robert E. Moffit, Ph.D.")).containsExactly("Robert E. Moffit, Ph.D.");
		assertThat(Bylines.englishByline("By John Smith, Jr. and Jane Doe")).containsExactly("John Smith, Jr.",
				"Jane Doe");
	}

	@Test
	void aNameThatBeginsLikeAMonthOrOnIsNoDate() {
		// "Jane" is not "Jan", "Ong" not "on": only a month with a day ends the names
		assertThat(Bylines.englishByline("By John Smith and Jane Doe")).containsExactly("John Smith", "Jane Doe");
		assertThat(Bylines.englishByline("By Jon Ong on Dec 5, 2023")).containsExactly("Jon Ong");
		assertThat(Bylines.englishByline("By Kim Lee December 22, 2023")).containsExactly("Kim Lee");
	}

	@Test
	void readsALabelWithASpaceBeforeItsColon() {
		assertThat(Bylines.englishByline("Posted On : May 20, 2018 Published By : William J. Patterson"))
			.containsExactly("William J. Patterson");
	}

	@Test
	void tellsALabelAloneFromANameAndFromACredit() {
		assertThat(Bylines.isBylineLabel("COMMENTARY BY")).isTrue();
		assertThat(Bylines.isBylineLabel("By:")).isTrue();
		assertThat(Bylines.isBylineLabel("Author")).isTrue();
		assertThat(Bylines.isBylineLabel("Written by:")).isTrue();
		assertThat(Bylines.isBylineLabel("WRITTEN BY")).isTrue();
		assertThat(Bylines.isBylineLabel("Photo by")).isFalse();
		assertThat(Bylines.isBylineLabel("Sponsored by")).isFalse();
		assertThat(Bylines.isBylineLabel("Jane Doe")).isFalse();
		assertThat(Bylines.englishBareName("COMMENTARY BY", "COMMENTARY BY")).isEmpty();
	}

	@Test
	void aBareNameLeavesTheOutletAfterAWideGapAndATrailingSlash() {
		assertThat(Bylines.englishBareName("Kaitlyn McCormick   Cherry Hill Courier-Post",
				"Kaitlyn McCormick   Cherry Hill Courier-Post"))
			.containsExactly("Kaitlyn McCormick");
		assertThat(Bylines.englishBareName("Phillip Maciak/", "Phillip Maciak/")).containsExactly("Phillip Maciak");
	}

	@Test
	void aSectionsNameIsNoPersonsName() {
		assertThat(Bylines.englishBareName("Breaking News", "Breaking News")).isEmpty();
		assertThat(Bylines.englishBareName("Top Stories", "Top Stories")).isEmpty();
		assertThat(Bylines.englishBareName("Greg Potts", "Greg Potts")).containsExactly("Greg Potts");
	}

	@Test
	void tellsAJobLineUnderAName() {
		assertThat(Bylines.isJobTitle("Forbes Staff")).isTrue();
		assertThat(Bylines.isJobTitle("Senior Shopping Reporter")).isTrue();
		assertThat(Bylines.isJobTitle("The staff of the council met on Tuesday")).isFalse();
	}

}
