package io.newsroll.core.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PageRostersTest {

	private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

	@Test
	void findsBlockUnderLeadershipHeadingWithoutBlankLines() {
		List<String> lines = List.of("首页 新闻 要闻", "领导班子", "张三丰 安徽省总工会主席", "李\u3000四 省总工会副主席、党组成员", "王五 省总工会经费审查委员会主任",
				"  联系我们");

		Roster roster = PageRosters.find("p.txt", lines, DAY).orElseThrow();

		assertThat(roster.heading()).isEqualTo("领导班子");
		assertThat(roster.asOf()).isEqualTo(DAY);
		assertThat(roster.members()).extracting(RosterMember::name).containsExactly("张三丰", "李四", "王五");
		assertThat(roster.members().get(1).titles()).extracting(Title::organization).containsExactly("省总工会", "省总工会");
	}

	@Test
	void blockEndsAtTheFirstLineThatIsNotAMember() {
		List<String> lines = List.of("主席团", "甲乙丙 主席", "丁戊己 副主席", "庚辛 副主席", "新闻中心", "壬癸 秘书长");

		assertThat(PageRosters.find("p.txt", lines, DAY).orElseThrow().members()).hasSize(3);
	}

	@Test
	void twoMemberLinesAreNotARoster() {
		List<String> lines = List.of("领导成员", "甲乙丙 主席", "丁戊己 副主席", "", "正文开始了。");

		assertThat(PageRosters.find("p.txt", lines, DAY)).isEmpty();
	}

	@Test
	void memberLinesWithoutAHeadingAreNotARoster() {
		List<String> lines = List.of("最新消息", "甲乙丙 主席", "丁戊己 副主席", "庚辛 副主席");

		assertThat(PageRosters.find("p.txt", lines, DAY)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "  学习领会和自觉践行习近平总书记关于工人阶级和工会工作的重要论述,关键是坚持党的领导。", "李明", "2019-05-21 07:39:30", "编辑:尹文卓",
			"中工网首页 时政 评论 国际 军事", "王东明 主席指出,要坚持党的领导。", "记者 张三 报道", "热词:滚动 生活宝典 大家谈", "李明 2019-05-21", "China Daily 主席",
			"新华社 记者 主任 报道", "• 首页", "(作者为安徽省人大常委会副主任、省总工会主席)", "张 三 李 四 王 五 赵 六 主任" })
	void ordinaryLinesAreNotMembers(String line) {
		assertThat(PageRosters.member(line)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "pages/mh-090704b0cb2e.txt", "pages/mh-45fcfa7d6741.txt" })
	void realPagesWithoutRosterGiveNone(String resource) throws IOException {
		List<String> lines = lines(resource);

		assertThat(PageRosters.find(resource, lines, DAY)).isEmpty();
		assertThat(lines).noneSatisfy((line) -> assertThat(PageRosters.member(line)).isPresent());
	}

	@ParameterizedTest
	@ValueSource(strings = { "全总领导", "领导班子", "领导成员", "班子成员", "主席团", "常委会成员", "现任领导", "领导之窗", "院领导" })
	void recognisesRosterHeadings(String heading) {
		assertThat(PageRosters.isHeading(heading)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "习近平总书记关于工人阶级和工会工作的重要论述领导", "领导讲话:加强团结", "深度报道", "中工工会" })
	void rejectsOtherHeadings(String heading) {
		assertThat(PageRosters.isHeading(heading)).isFalse();
	}

	private static List<String> lines(String resource) throws IOException {
		try (InputStream in = PageRostersTest.class.getResourceAsStream("/" + resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}

}
