package io.newsroll.batch.rosters;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.newsroll.batch.db.Migrations;
import io.newsroll.batch.rosters.RosterHistory.Change;
import io.newsroll.batch.rosters.RosterHistory.ChangeKind;
import io.newsroll.batch.rosters.RosterHistory.TitleSpan;
import io.newsroll.core.roster.Roster;
import io.newsroll.core.roster.RosterDigest.Origin;
import io.newsroll.core.roster.RosterDigest;
import io.newsroll.core.roster.RosterMember;
import io.newsroll.core.roster.TitleParser;
import org.hsqldb.jdbc.JDBCDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RosterStoreTest {

	private static final LocalDate MAY = LocalDate.of(2019, 5, 21);

	private static final LocalDate SEPTEMBER = LocalDate.of(2019, 9, 1);

	private DataSource dataSource;

	private JdbcTemplate jdbc;

	private RosterStore store;

	private RosterHistory history;

	@BeforeEach
	void database() {
		this.dataSource = new SimpleDriverDataSource(new JDBCDriver(), "jdbc:hsqldb:mem:" + UUID.randomUUID(), "SA",
				"");
		Migrations.migrate(this.dataSource);
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.store = new RosterStore(this.dataSource);
		this.history = new RosterHistory(this.dataSource);
	}

	@Test
	void savesSnapshotMembersAndTitles() {
		assertThat(this.store.save(may(), Origin.FILE, 1)).isTrue();

		assertThat(count("roster_snapshot")).isEqualTo(1);
		assertThat(count("roster_member")).isEqualTo(3);
		assertThat(count("roster_title")).isEqualTo(5);
		assertThat(this.jdbc.queryForList(
				"SELECT organization || '/' || role FROM roster_title ORDER BY member_position, position",
				String.class))
			.containsExactly("全国总工会/主席", "全国总工会/党组书记", "全国总工会/副主席", "全国总工会/副主席", "中华全国妇女联合会/副主席");
		assertThat(this.jdbc.queryForObject("SELECT attributes FROM roster_member WHERE name = '王东明'", String.class))
			.isEqualTo("department=书记处\norganization=全国总工会");
	}

	@Test
	void savingTheSameRosterTwiceChangesNothing() {
		this.store.save(may(), Origin.FILE, 1);
		List<Map<String, Object>> before = this.jdbc.queryForList("SELECT * FROM roster_snapshot");

		assertThat(this.store.save(may(), Origin.FILE, 2)).isFalse();

		assertThat(this.jdbc.queryForList("SELECT * FROM roster_snapshot")).isEqualTo(before);
		assertThat(count("roster_member")).isEqualTo(3);
		assertThat(count("roster_title")).isEqualTo(5);
	}

	@Test
	void changedFileBecomesANewSnapshot() {
		this.store.save(may(), Origin.FILE, 1);

		assertThat(this.store.save(september(), Origin.FILE, 2)).isTrue();

		assertThat(count("roster_snapshot")).isEqualTo(2);
		assertThat(RosterDigest.snapshotId(may(), Origin.FILE))
			.isNotEqualTo(RosterDigest.snapshotId(september(), Origin.FILE));
	}

	@Test
	void sameRosterBlockOnTwoPagesOfOneDayIsOneSnapshot() {
		Roster onePage = new Roster("全总领导", MAY, "a.html", may().members());
		Roster otherPage = new Roster("全总领导", MAY, "b.html", may().members());

		assertThat(this.store.save(onePage, Origin.PAGE, 1)).isTrue();
		assertThat(this.store.save(otherPage, Origin.PAGE, 1)).isFalse();
	}

	@Test
	void blockOnSeveralPagesIsCreditedToThePageWhosePathSortsFirstInAnyOrder() {
		Roster a = new Roster("全总领导", MAY, "a.html", may().members());
		Roster b = new Roster("全总领导", MAY, "b.html", may().members());
		Roster c = new Roster("全总领导", MAY, "c.html", may().members());

		this.store.save(b, Origin.PAGE, 1);
		this.store.save(c, Origin.PAGE, 1);
		assertThat(this.jdbc.queryForList("SELECT file FROM roster_snapshot", String.class)).containsExactly("b.html");
		this.store.save(a, Origin.PAGE, 2);
		this.store.save(c, Origin.PAGE, 2);

		assertThat(this.jdbc.queryForList("SELECT file FROM roster_snapshot", String.class)).containsExactly("a.html");
		assertThat(count("roster_member")).isEqualTo(3);
	}

	@Test
	void tellsWhenEachTitleWasFirstAndLastSeen() {
		this.store.save(may(), Origin.FILE, 1);
		this.store.save(september(), Origin.FILE, 2);

		List<TitleSpan> titles = this.history.titles("陈 刚");

		assertThat(titles).extracting(TitleSpan::title, TitleSpan::firstSeen, TitleSpan::lastSeen, TitleSpan::snapshots)
			.containsExactly(tuple("全国总工会党组书记", MAY, SEPTEMBER, 2), tuple("全国总工会副主席", MAY, SEPTEMBER, 2),
					tuple("全国总工会书记处第一书记", SEPTEMBER, SEPTEMBER, 1));
		assertThat(this.history.appearances("陈刚")).extracting(RosterHistory.Appearance::asOf)
			.containsExactly(MAY, SEPTEMBER);
	}

	@Test
	void listsChangesBetweenConsecutiveSnapshots() {
		this.store.save(may(), Origin.FILE, 1);
		this.store.save(september(), Origin.FILE, 2);

		List<Change> changes = this.history.changes("全总领导", null, null);

		assertThat(changes).extracting(Change::name, Change::kind, Change::title)
			.containsExactlyInAnyOrder(tuple("陈刚", ChangeKind.TITLE_ADDED, "全国总工会书记处第一书记"),
					tuple("马璐", ChangeKind.TITLE_ADDED, "中华全国妇女联合会副主席"),
					tuple("马璐", ChangeKind.TITLE_REMOVED, "中华全国妇女联合会副主席(候选人)"), tuple("江广平", ChangeKind.JOINED, null),
					tuple("王东明", ChangeKind.LEFT, null));
		assertThat(changes).allSatisfy((change) -> {
			assertThat(change.previousAsOf()).isEqualTo(MAY);
			assertThat(change.asOf()).isEqualTo(SEPTEMBER);
		});
	}

	@Test
	void changesAreFilteredByDateAndRoster() {
		this.store.save(may(), Origin.FILE, 1);
		this.store.save(september(), Origin.FILE, 2);

		assertThat(this.history.changes(null, LocalDate.of(2019, 10, 1), null)).isEmpty();
		assertThat(this.history.changes(null, null, LocalDate.of(2019, 8, 31))).isEmpty();
		assertThat(this.history.changes("别的名单", null, null)).isEmpty();
		assertThat(this.history.changes(null, SEPTEMBER, SEPTEMBER)).hasSize(5);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

	private static Roster may() {
		return new Roster("全总领导", MAY, "input/rosters/全总领导.csv",
				List.of(member("王东明", "全国总工会主席", Map.of("organization", "全国总工会", "department", "书记处")),
						member("陈 刚", "全国总工会党组书记、副主席", Map.of()),
						member("马璐", "全国总工会副主席,中华全国妇女联合会副主席(兼)候选人", Map.of())));
	}

	private static Roster september() {
		return new Roster("全总领导", SEPTEMBER, "input/rosters/全总领导.csv",
				List.of(member("陈 刚", "全国总工会党组书记、副主席、书记处第一书记", Map.of()),
						member("马璐", "全国总工会副主席,中华全国妇女联合会副主席(兼)", Map.of()), member("江广平", "全国总工会副主席", Map.of())));
	}

	private static RosterMember member(String rawName, String titles, Map<String, String> attributes) {
		return new RosterMember(rawName.replace(" ", ""), rawName, titles, TitleParser.parse(titles, null), attributes);
	}

}
