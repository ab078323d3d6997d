package io.newsroll.core.roster;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MentionMatcherTest {

	private final MentionMatcher matcher = MentionMatcher.ofNames(Map.of("王东明", List.of("全国总工会", "主席"), "王东", List.of(),
			"陈刚", List.of("全国总工会", "党组书记", "副主席"), "王刚", List.of("安徽省总工会", "主席"), "江平", List.of("青海省政协", "副主席"), "马璐",
			List.of("全国总工会", "副主席", "中华全国妇女联合会"), "John Smith", List.of()));

	@Test
	void countsThreeCharacterNamesAnywhere() {
		assertThat(this.matcher.count("王东明强调,要团结动员广大职工。会上王东明还指出")).containsExactly(Map.entry("王东明", 2));
	}

	@Test
	void longerNameHidesTheShorterOneInsideIt() {
		assertThat(this.matcher.count("王东明主席出席")).containsOnlyKeys("王东明");
	}

	@ParameterizedTest
	@ValueSource(strings = { "陈刚表示,要加强团结。", "会见了陈刚。", "全国总工会党组书记、副主席陈刚在会上讲话", "(陈刚)", "记者陈刚报道", "马璐副主席出席会议",
			"与会者有马璐、陈刚等", "陈刚同志", "陈刚" })
	void countsTwoCharacterNamesAtBoundariesOrByTheirTitles(String text) {
		assertThat(this.matcher.count(text)).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "他王刚刚到达会场", "帝王刚毅的性格", "长江平原上的村庄", "这座城市的王刚性需求", "长江平稳流淌", "陈刚才走" })
	void ignoresTwoCharacterNamesInsideOrdinaryWords(String text) {
		assertThat(this.matcher.count(text)).isEmpty();
	}

	@Test
	void ownTitleNearbyMakesAShortNameCountInsideRunningText() {
		assertThat(this.matcher.count("青海省政协昨天召开会议,江平主持")).containsEntry("江平", 1);
		assertThat(this.matcher.count("青海省政协副主席江平强调")).containsEntry("江平", 1);
		assertThat(this.matcher.count("沿着长江平原一路向东")).isEmpty();
	}

	@Test
	void latinNamesNeedWordBoundaries() {
		assertThat(this.matcher.count("John Smith said")).containsEntry("John Smith", 1);
		assertThat(this.matcher.count("John Smithson said")).isEmpty();
	}

	@Test
	void linksAuthorsAndEditorsOnTheRosterEvenWithoutMentions() {
		List<MentionMatcher.Mention> mentions = this.matcher.mentions("王东明会见职工代表", "王东明指出,马璐副主席出席。王东明说", List.of("陈 刚"),
				"王刚");

		assertThat(mentions).containsExactly(new MentionMatcher.Mention("王东明", 1, 2, false, false),
				new MentionMatcher.Mention("马璐", 0, 1, false, false),
				new MentionMatcher.Mention("陈刚", 0, 0, true, false),
				new MentionMatcher.Mention("王刚", 0, 0, false, true));
	}

	@Test
	void buildsFromRostersWithTitlesAsContext() {
		Roster roster = PageRosters.find("p.txt", List.of("领导班子", "江 平 青海省政协副主席", "王东明 全国总工会主席", "马璐 全国总工会副主席"), null)
			.orElseThrow();

		MentionMatcher fromRoster = MentionMatcher.of(List.of(roster));

		assertThat(fromRoster.size()).isEqualTo(3);
		assertThat(fromRoster.count("青海省政协召开会议江平主持")).containsEntry("江平", 1);
		assertThat(fromRoster.count("长江平原")).isEmpty();
	}

	@Test
	void emptyInputsGiveNoMentions() {
		assertThat(this.matcher.count(null)).isEmpty();
		assertThat(MentionMatcher.ofNames(Map.of()).mentions("标题", "正文", List.of(), null)).isEmpty();
	}

}
