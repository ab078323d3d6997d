package io.newsroll.core.roster;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TitleParserTest {

	@ParameterizedTest(name = "{0} -> {1} / {2}")
	@CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
			全国总工会主席 | 全国总工会 | 主席
			全国总工会党组书记 | 全国总工会 | 党组书记
			全国总工会副主席 | 全国总工会 | 副主席
			全国总工会党组成员 | 全国总工会 | 党组成员
			全国总工会书记处书记 | 全国总工会 | 书记处书记
			青海省政协副主席 | 青海省政协 | 副主席
			省总工会主席 | 省总工会 | 主席
			中华全国妇女联合会副主席 | 中华全国妇女联合会 | 副主席
			中央纪委国家监委驻全国总工会机关纪检监察组组长 | 中央纪委国家监委驻全国总工会机关纪检监察组 | 组长
			安徽省人大常委会副主任 | 安徽省人大常委会 | 副主任
			国家发展和改革委员会主任 | 国家发展和改革委员会 | 主任
			中共安徽省委书记 | 中共安徽省委 | 书记
			北京市人民政府常务副市长 | 北京市人民政府 | 常务副市长
			中国石油天然气集团有限公司董事长 | 中国石油天然气集团有限公司 | 董事长
			全国人大常委会副委员长 | 全国人大常委会 | 副委员长
			国务院副总理 | 国务院 | 副总理
			中共中央政治局委员 | 中共中央政治局 | 委员
			中央军委副主席 | 中央军委 | 副主席
			全国政协委员 | 全国政协 | 委员
			清华大学党委书记 | 清华大学 | 党委书记
			安徽省委常委 | 安徽省委 | 常委
			""")
	void splitsWrittenOrganizationFromRole(String text, String organization, String role) {
		List<Title> titles = TitleParser.parse(text, null);

		assertThat(titles).singleElement().satisfies((title) -> {
			assertThat(title.title()).isEqualTo(text);
			assertThat(title.organization()).isEqualTo(organization);
			assertThat(title.role()).isEqualTo(role);
		});
	}

	@Test
	void titleWithoutOrganizationInheritsThePreviousOne() {
		List<Title> titles = TitleParser.parse("全国总工会党组书记、副主席、书记处第一书记,机关党委书记", null);

		assertThat(titles).extracting(Title::title, Title::organization, Title::role)
			.containsExactly(tuple("全国总工会党组书记", "全国总工会", "党组书记"), tuple("副主席", "全国总工会", "副主席"),
					tuple("书记处第一书记", "全国总工会", "书记处第一书记"), tuple("机关党委书记", "全国总工会", "机关党委书记"));
	}

	@Test
	void unqualifiedUnitIsAUnitOfTheInheritedOrganization() {
		List<Title> titles = TitleParser.parse("全国总工会党组成员、 经费审查委员会主任", null);

		assertThat(titles).extracting(Title::title, Title::organization, Title::role)
			.containsExactly(tuple("全国总工会党组成员", "全国总工会", "党组成员"), tuple("经费审查委员会主任", "全国总工会", "经费审查委员会主任"));
	}

	@Test
	void departmentAfterOrganizationStaysInTheRole() {
		List<Title> titles = TitleParser.parse("全国总工会书记处书记、党组成员,组织部部长", null);

		assertThat(titles).extracting(Title::organization, Title::role)
			.containsExactly(tuple("全国总工会", "书记处书记"), tuple("全国总工会", "党组成员"), tuple("全国总工会", "组织部部长"));
	}

	@Test
	void departmentOfAProvincialCommitteeInheritsIt() {
		assertThat(TitleParser.parse("安徽省委常委、宣传部部长", null)).extracting(Title::organization, Title::role)
			.containsExactly(tuple("安徽省委", "常委"), tuple("安徽省委", "宣传部部长"));
	}

	@Test
	void inheritanceFollowsTheLatestWrittenOrganization() {
		List<Title> titles = TitleParser.parse("青海省政协副主席、省总工会主席、党组书记", null);

		assertThat(titles).extracting(Title::organization).containsExactly("青海省政协", "省总工会", "省总工会");
	}

	@Test
	void marksBecomeFlagsAndLeaveTheTitle() {
		List<Title> titles = TitleParser.parse("全国总工会副主席、书记处书记、党组成员,中华全国妇女联合会副主席(兼)候选人", null);

		assertThat(titles).extracting(Title::title, Title::concurrent, Title::candidate, Title::organization)
			.containsExactly(tuple("全国总工会副主席", false, false, "全国总工会"), tuple("书记处书记", false, false, "全国总工会"),
					tuple("党组成员", false, false, "全国总工会"), tuple("中华全国妇女联合会副主席", true, true, "中华全国妇女联合会"));
	}

	@Test
	void fullWidthMarksAndSeparatorsAreRead() {
		List<Title> titles = TitleParser.parse("全国总工会副主席（兼）；ＡＢＣ集团董事长，副主席候选人", null);

		assertThat(titles).extracting(Title::title, Title::concurrent, Title::candidate, Title::organization)
			.containsExactly(tuple("全国总工会副主席", true, false, "全国总工会"), tuple("ABC集团董事长", false, false, "ABC集团"),
					tuple("副主席", false, true, "ABC集团"));
	}

	@Test
	void leadingJianMarksConcurrentButJianzhiDoesNot() {
		assertThat(TitleParser.parse("兼组织部部长", "全国总工会")).singleElement()
			.satisfies((title) -> assertThat(title).extracting(Title::title, Title::concurrent, Title::organization)
				.containsExactly("组织部部长", true, "全国总工会"));
		assertThat(TitleParser.parse("兼职教授", null)).singleElement()
			.satisfies((title) -> assertThat(title.concurrent()).isFalse());
	}

	@Test
	void organizationColumnFillsTitlesThatWriteNone() {
		List<Title> titles = TitleParser.parse("主席、组织部部长", "安徽省总工会");

		assertThat(titles).extracting(Title::organization, Title::role)
			.containsExactly(tuple("安徽省总工会", "主席"), tuple("安徽省总工会", "组织部部长"));
	}

	@Test
	void organizationIsUnknownWhenNothingIsWrittenOrInherited() {
		assertThat(TitleParser.parse("副主席", null)).singleElement()
			.satisfies((title) -> assertThat(title.organization()).isNull());
	}

	@Test
	void unitAloneIsTheOrganizationWhenThereIsNothingToInherit() {
		assertThat(TitleParser.parse("财政部部长", null)).singleElement()
			.satisfies((title) -> assertThat(title).extracting(Title::organization, Title::role)
				.containsExactly("财政部", "部长"));
	}

	@Test
	void segmentWithoutRoleWordKeepsItAsRoleAndDoesNotChangeInheritance() {
		List<Title> titles = TitleParser.parse("全国总工会副主席、全国劳动模范、书记处书记", null);

		assertThat(titles).extracting(Title::title, Title::organization, Title::role)
			.containsExactly(tuple("全国总工会副主席", "全国总工会", "副主席"), tuple("全国劳动模范", null, "全国劳动模范"),
					tuple("书记处书记", "全国总工会", "书记处书记"));
	}

	@Test
	void separatorsInsideBracketsDoNotSplit() {
		assertThat(TitleParser.segments("主任(正部级,兼)、委员")).containsExactly("主任(正部级,兼)", "委员");
	}

	@Test
	void blankOrNullTextGivesNoTitles() {
		assertThat(TitleParser.parse(null, null)).isEmpty();
		assertThat(TitleParser.parse(" 、 ,", null)).isEmpty();
	}

}
