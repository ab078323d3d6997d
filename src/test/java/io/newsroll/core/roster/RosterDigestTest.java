package io.newsroll.core.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot's id depends on where the roster came from and on everything it holds, and
 * on nothing else: the application and the Spark job compute it here, so both give one
 * roster one id.
 */
class RosterDigestTest {

	private static final LocalDate MAY = LocalDate.of(2019, 5, 1);

	@Test
	void theSameRosterReadAgainHasTheSameIdAndEveryChangeGivesAnotherOne() {
		Roster roster = roster("全国总工会主席", Map.of("organization", "全国总工会"), MAY, "a.csv");
		String id = RosterDigest.snapshotId(roster, RosterDigest.Origin.FILE);

		assertThat(RosterDigest.snapshotId(roster("全国总工会主席", Map.of("organization", "全国总工会"), MAY, "a.csv"),
				RosterDigest.Origin.FILE))
			.isEqualTo(id)
			.hasSize(64)
			.matches("[0-9a-f]{64}");
		assertThat(RosterDigest.snapshotId(roster("全国总工会副主席", Map.of("organization", "全国总工会"), MAY, "a.csv"),
				RosterDigest.Origin.FILE))
			.isNotEqualTo(id);
		assertThat(RosterDigest.snapshotId(roster("全国总工会主席", Map.of("organization", "全国总工会"), MAY.plusDays(1), "a.csv"),
				RosterDigest.Origin.FILE))
			.isNotEqualTo(id);
		assertThat(RosterDigest.snapshotId(roster("全国总工会主席", Map.of("organization", "全国总工会"), MAY, "b.csv"),
				RosterDigest.Origin.FILE))
			.as("another file is another source")
			.isNotEqualTo(id);
		assertThat(RosterDigest.snapshotId(roster, RosterDigest.Origin.PAGE)).isNotEqualTo(id);
	}

	@Test
	void aBlockInPagesIsOneSnapshotWhicheverPageItCameFrom() {
		assertThat(RosterDigest.snapshotId(roster("全国总工会主席", Map.of(), MAY, "p1.html"), RosterDigest.Origin.PAGE))
			.isEqualTo(RosterDigest.snapshotId(roster("全国总工会主席", Map.of(), MAY, "p2.html"), RosterDigest.Origin.PAGE));
	}

	@Test
	void attributesAreSortedKeyValueLinesWithTheirSeparatorsEscaped() {
		assertThat(RosterDigest.attributes(Map.of("b", "2", "a=x", "1\n3"))).isEqualTo("a\\=x=1 3\nb=2");
		assertThat(RosterDigest.attributes(Map.of())).isNull();
	}

	private static Roster roster(String title, Map<String, String> attributes, LocalDate asOf, String file) {
		return new Roster("全总领导", asOf, file,
				List.of(new RosterMember("王东明", "王东明", title, TitleParser.parse(title, null), attributes)));
	}

}
