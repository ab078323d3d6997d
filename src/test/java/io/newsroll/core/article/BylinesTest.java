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
	void cutsARunOfGluedNamesTheWayWithFewestNames() {
		// 平, 凤 and 云 are family names too, so several cuts start every name with one:
		// three names of three characters is the one with the fewest names
		assertThat(Bylines.splitRun("王燕平方云凤柏建斌")).containsExactly("王燕平", "方云凤", "柏建斌");
		assertThat(Bylines.splitRun("刘国栋周炜")).containsExactly("刘国栋", "周炜");
		// a family name of two characters starts a name too
		assertThat(Bylines.hasSurname("欧阳修")).isTrue();
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
		assertThat(EnglishBylines.englishByline("By Chris E. Hayner and Tom Caswell"))
			.containsExactly("Chris E. Hayner", "Tom Caswell");
		assertThat(EnglishBylines.englishByline("By Madison Czopek, Katie Sanders | December 21, 2023"))
			.containsExactly("Madison Czopek", "Katie Sanders");
	}

	@Test
	void readsAnEnglishAuthorLabelWithAColonAndStopsAtTheNextCredit() {
		assertThat(EnglishBylines.englishByline("Author: John Smith")).containsExactly("John Smith");
		assertThat(EnglishBylines.englishByline("Authors: Jane Doe and John Roe")).containsExactly("Jane Doe",
				"John Roe");
		assertThat(EnglishBylines.englishByline("Reporting by John Smith; Editing by Mary Jones"))
			.containsExactly("John Smith");
		// not a label: a sentence that mentions authors
		assertThat(EnglishBylines.englishByline("authors: see the list below")).isEmpty();
	}

	@Test
	void cutsADateOrJobTitleGluedToAnEnglishByline() {
		assertThat(EnglishBylines.englishByline("By Kent GermanDec 22, 2023")).containsExactly("Kent German");
		assertThat(EnglishBylines.englishByline("By Deborah NetburnStaff Writer")).containsExactly("Deborah Netburn");
		// a photo credit glued before "By": the byline starts inside a word
		assertThat(
				EnglishBylines.englishByline("Headshot of Caroline DelbertBy Caroline DelbertPublished: Oct 16, 2023"))
			.containsExactly("Caroline Delbert");
	}

	@Test
	void dropsTheOutletAfterTheNamesOfAnEnglishByline() {
		assertThat(EnglishBylines.englishByline("by Bob Yirka , Phys.org")).containsExactly("Bob Yirka");
		assertThat(EnglishBylines.englishByline("By JANE DOE, Associated Press")).containsExactly("JANE DOE");
		assertThat(EnglishBylines.englishByline("By Jane Doe, The Washington Post")).containsExactly("Jane Doe");
		assertThat(EnglishBylines.englishByline("By Jane Doe and John Roe, CNN")).containsExactly("Jane Doe",
				"John Roe");
		assertThat(EnglishBylines.englishByline("By John Smith, Reuters Staff")).containsExactly("John Smith");
		// a second name after a comma stays a name
		assertThat(EnglishBylines.englishByline("By Jane Doe, John Roe and Jim Poe")).containsExactly("Jane Doe",
				"John Roe", "Jim Poe");
		assertThat(EnglishBylines.englishByline("By Janelle Ash FOXBusiness")).containsExactly("Janelle Ash");
		assertThat(EnglishBylines.englishByline("By Ann McDonald and Jo O'Neil")).containsExactly("Ann McDonald",
				"Jo O'Neil");
	}

	@Test
	void bareEnglishNameLineDropsTheOutletAfterABullet() {
		assertThat(EnglishBylines.englishBareName("John Garcia Jr. • Rivals.com", "John Garcia Jr. • Rivals.com"))
			.containsExactly("John Garcia Jr.");
	}

	@Test
	void wordsOfARoleOrAPhotoAreNoBareName() {
		assertThat(EnglishBylines.englishBareName("Author Photo", "Author Photo")).isEmpty();
		assertThat(EnglishBylines.englishBareName("National Recruiting Analyst", "National Recruiting Analyst"))
			.isEmpty();
		assertThat(EnglishBylines.englishBareName("Emily Dozier", "Emily Dozier")).containsExactly("Emily Dozier");
	}

	@Test
	void aCreditsOrASentencesByIsNoByline() {
		assertThat(EnglishBylines.englishByline("Video by MEGA Media.")).isEmpty();
		assertThat(EnglishBylines.englishByline("Squint and you'll see daylight. Photograph by Rob Brunner."))
			.isEmpty();
		assertThat(EnglishBylines.englishByline("Gadi was later identified as a U.S. citizen by Sen. Rick Scott"))
			.isEmpty();
		assertThat(EnglishBylines.englishByline("Presented by Example Motors")).isEmpty();
		// a byline's "by" after a date, a label or a mark stays one
		assertThat(EnglishBylines.englishByline("Dec 19, 2023 by News Staff")).containsExactly("News Staff");
		assertThat(EnglishBylines.englishByline("Posted by Jane Doe")).containsExactly("Jane Doe");
		assertThat(EnglishBylines.englishByline("Photo by Evy Mages | Story by Jane Doe")).containsExactly("Jane Doe");
		assertThat(EnglishBylines.englishByline("Story and photos by Jane Doe")).containsExactly("Jane Doe");
	}

	@Test
	void keepsADegreeAfterACommaWithItsName() {
		assertThat(EnglishBylines.englishByline("By Robert E. Moffit, Ph.D."))
			.containsExactly("Robert E. Moffit, Ph.D.");
		assertThat(EnglishBylines.englishByline("By John Smith, Jr. and Jane Doe")).containsExactly("John Smith, Jr.",
				"Jane Doe");
	}

	@Test
	void aNameThatBeginsLikeAMonthOrOnIsNoDate() {
		// "Jane" is not "Jan", "Ong" not "on": only a month with a day ends the names
		assertThat(EnglishBylines.englishByline("By John Smith and Jane Doe")).containsExactly("John Smith",
				"Jane Doe");
		assertThat(EnglishBylines.englishByline("By Jon Ong on Dec 5, 2023")).containsExactly("Jon Ong");
		assertThat(EnglishBylines.englishByline("By Kim Lee December 22, 2023")).containsExactly("Kim Lee");
	}

	@Test
	void readsALabelWithASpaceBeforeItsColon() {
		assertThat(EnglishBylines.englishByline("Posted On : May 20, 2018 Published By : William J. Patterson"))
			.containsExactly("William J. Patterson");
	}

	@Test
	void tellsALabelAloneFromANameAndFromACredit() {
		assertThat(EnglishBylines.isBylineLabel("COMMENTARY BY")).isTrue();
		assertThat(EnglishBylines.isBylineLabel("By:")).isTrue();
		assertThat(EnglishBylines.isBylineLabel("Author")).isTrue();
		assertThat(EnglishBylines.isBylineLabel("Written by:")).isTrue();
		assertThat(EnglishBylines.isBylineLabel("WRITTEN BY")).isTrue();
		assertThat(EnglishBylines.isBylineLabel("Photo by")).isFalse();
		assertThat(EnglishBylines.isBylineLabel("Sponsored by")).isFalse();
		assertThat(EnglishBylines.isBylineLabel("Jane Doe")).isFalse();
		assertThat(EnglishBylines.englishBareName("COMMENTARY BY", "COMMENTARY BY")).isEmpty();
	}

	@Test
	void aBareNameLeavesTheOutletAfterAWideGapAndATrailingSlash() {
		assertThat(EnglishBylines.englishBareName("Kaitlyn McCormick   Cherry Hill Courier-Post",
				"Kaitlyn McCormick   Cherry Hill Courier-Post"))
			.containsExactly("Kaitlyn McCormick");
		assertThat(EnglishBylines.englishBareName("Phillip Maciak/", "Phillip Maciak/"))
			.containsExactly("Phillip Maciak");
	}

	@Test
	void aSectionsNameIsNoPersonsName() {
		assertThat(EnglishBylines.englishBareName("Breaking News", "Breaking News")).isEmpty();
		assertThat(EnglishBylines.englishBareName("Top Stories", "Top Stories")).isEmpty();
		assertThat(EnglishBylines.englishBareName("Greg Potts", "Greg Potts")).containsExactly("Greg Potts");
	}

	@Test
	void tellsAJobLineUnderAName() {
		assertThat(EnglishBylines.isJobTitle("Forbes Staff")).isTrue();
		assertThat(EnglishBylines.isJobTitle("Senior Shopping Reporter")).isTrue();
		assertThat(EnglishBylines.isJobTitle("The staff of the council met on Tuesday")).isFalse();
	}

}
