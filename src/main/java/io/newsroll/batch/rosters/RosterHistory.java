package io.newsroll.batch.rosters;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import io.newsroll.core.roster.PersonNames;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads history out of the stored roster snapshots: when each person's each title was
 * first and last seen, and what changed between consecutive snapshots of one roster (same
 * heading, ordered by as-of date, then by the run that loaded them).
 * <p>
 * A title is identified by its organization, role and candidate flag, not by its text, so
 * "副主席" after "全国总工会党组书记" and "全国总工会副主席" on another roster are the same title.
 */
@Repository
public class RosterHistory {

	/** What changed for one person between two consecutive snapshots. */
	public enum ChangeKind {

		JOINED, LEFT, TITLE_ADDED, TITLE_REMOVED

	}

	/** One title of a person over time. */
	public record TitleSpan(String title, String organization, String role, boolean candidate, LocalDate firstSeen,
			LocalDate lastSeen, int snapshots) {
	}

	/** One snapshot a person appears on. */
	public record Appearance(String heading, LocalDate asOf, String file, String sourceKind) {
	}

	/**
	 * One change: {@code title} is null for JOINED and LEFT.
	 *
	 * @param previousAsOf the as-of date of the snapshot compared against
	 */
	public record Change(String heading, LocalDate previousAsOf, LocalDate asOf, String name, ChangeKind kind,
			String title) {
	}

	private final JdbcTemplate jdbc;

	public RosterHistory(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/**
	 * The titles a person held, in order of first sighting. The name is normalized first
	 * ("陈 刚" finds 陈刚).
	 */
	public List<TitleSpan> titles(String name) {
		return this.jdbc.query(
				"SELECT t.organization, t.role, t.candidate, MIN(s.as_of) AS first_seen, "
						+ "MAX(s.as_of) AS last_seen, COUNT(DISTINCT s.id) AS snapshots FROM roster_member m "
						+ "JOIN roster_snapshot s ON s.id = m.snapshot_id "
						+ "JOIN roster_title t ON t.snapshot_id = m.snapshot_id AND t.member_position = m.position "
						+ "WHERE m.name = ? GROUP BY t.organization, t.role, t.candidate "
						+ "ORDER BY first_seen NULLS FIRST, last_seen NULLS FIRST, t.organization NULLS FIRST, t.role",
				(rs, i) -> {
					String organization = rs.getString(1);
					String role = rs.getString(2);
					boolean candidate = rs.getBoolean(3);
					return new TitleSpan(display(organization, role, candidate), organization, role, candidate,
							localDate(rs.getDate(4)), localDate(rs.getDate(5)), rs.getInt(6));
				}, PersonNames.normalize(name));
	}

	/** The snapshots a person appears on, oldest first. */
	public List<Appearance> appearances(String name) {
		return this.jdbc.query("SELECT DISTINCT s.heading, s.as_of, s.file, s.source_kind FROM roster_member m "
				+ "JOIN roster_snapshot s ON s.id = m.snapshot_id WHERE m.name = ? ORDER BY s.as_of NULLS FIRST, s.heading, s.file",
				(rs, i) -> new Appearance(rs.getString(1), localDate(rs.getDate(2)), rs.getString(3), rs.getString(4)),
				PersonNames.normalize(name));
	}

	/**
	 * The changes between consecutive snapshots of each roster.
	 * @param heading only this roster, or null for all
	 * @param from only changes seen in snapshots dated on or after this day, or null
	 * @param to only changes seen in snapshots dated on or before this day, or null
	 */
	public List<Change> changes(String heading, LocalDate from, LocalDate to) {
		StringBuilder sql = new StringBuilder(
				"SELECT s.id, s.heading, s.as_of, m.name, t.organization, t.role, t.candidate "
						+ "FROM roster_snapshot s JOIN roster_member m ON m.snapshot_id = s.id "
						+ "LEFT JOIN roster_title t ON t.snapshot_id = m.snapshot_id AND t.member_position = m.position "
						+ "WHERE s.as_of IS NOT NULL");
		List<Object> args = new ArrayList<>();
		if (heading != null) {
			sql.append(" AND s.heading = ?");
			args.add(heading);
		}
		// to the snapshots themselves; the first one inside the window is compared with
		// the one before it
		if (to != null) {
			sql.append(" AND s.as_of <= ?");
			args.add(Date.valueOf(to));
		}
		sql.append(" ORDER BY s.heading, s.as_of, s.run_id, s.loaded_seq, m.position, t.position");
		Map<String, List<Snapshot>> byHeading = new LinkedHashMap<>();
		this.jdbc.query(sql.toString(), (rs) -> {
			String id = rs.getString(1);
			List<Snapshot> snapshots = byHeading.computeIfAbsent(rs.getString(2), (k) -> new ArrayList<>());
			if (snapshots.isEmpty() || !snapshots.get(snapshots.size() - 1).id().equals(id)) {
				snapshots.add(new Snapshot(id, localDate(rs.getDate(3)), new LinkedHashMap<>()));
			}
			Set<String> titles = snapshots.get(snapshots.size() - 1)
				.members()
				.computeIfAbsent(rs.getString(4), (k) -> new LinkedHashSet<>());
			String role = rs.getString(6);
			if (role != null) {
				titles.add(display(rs.getString(5), role, rs.getBoolean(7)));
			}
		}, args.toArray());
		List<Change> changes = new ArrayList<>();
		byHeading.forEach((name, snapshots) -> {
			for (int i = 1; i < snapshots.size(); i++) {
				Snapshot previous = snapshots.get(i - 1);
				Snapshot current = snapshots.get(i);
				if (from == null || !current.asOf().isBefore(from)) {
					compare(name, previous, current, changes);
				}
			}
		});
		return changes;
	}

	private static void compare(String heading, Snapshot previous, Snapshot current, List<Change> changes) {
		current.members().forEach((name, titles) -> {
			Set<String> before = previous.members().get(name);
			if (before == null) {
				changes.add(new Change(heading, previous.asOf(), current.asOf(), name, ChangeKind.JOINED, null));
				return;
			}
			titles.stream()
				.filter((title) -> !before.contains(title))
				.forEach((title) -> changes
					.add(new Change(heading, previous.asOf(), current.asOf(), name, ChangeKind.TITLE_ADDED, title)));
			before.stream()
				.filter((title) -> !titles.contains(title))
				.forEach((title) -> changes
					.add(new Change(heading, previous.asOf(), current.asOf(), name, ChangeKind.TITLE_REMOVED, title)));
		});
		previous.members()
			.keySet()
			.stream()
			.filter((name) -> !current.members().containsKey(name))
			.forEach((name) -> changes
				.add(new Change(heading, previous.asOf(), current.asOf(), name, ChangeKind.LEFT, null)));
	}

	/** A title as people read it: organization and role together, 候选人 marked. */
	static String display(String organization, String role, boolean candidate) {
		return Objects.requireNonNullElse(organization, "") + role + (candidate ? "(候选人)" : "");
	}

	private static LocalDate localDate(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	private record Snapshot(String id, LocalDate asOf, Map<String, Set<String>> members) {
	}

}
