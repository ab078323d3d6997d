package io.newsroll.core.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;

/**
 * Builds a roster from the rows of a table (a CSV file, a worksheet), whatever format they were read
 * from: each row becomes a member or a {@link ReasonCode#BAD_ROSTER_ROW} violation, and the rest of the
 * table loads.
 * <p>
 * The snapshot's heading is the 名单/roster column's first value, else the default the caller gives
 * (the file name without extension). Its as-of date is the latest date of the 日期/as_of column, else
 * the default the caller gives (the file's last-modified date): a roster is as of the newest date it
 * states. Blank rows (every cell empty) are not rows and are skipped.
 */
public final class RosterTable {

	private final String file;

	private final RosterColumns columns;

	private final List<RosterMember> members = new ArrayList<>();

	private final List<Violation> violations = new ArrayList<>();

	private String heading;

	private LocalDate asOf;

	public RosterTable(String file, RosterColumns columns) {
		this.file = Objects.requireNonNull(file, "file");
		this.columns = Objects.requireNonNull(columns, "columns");
	}

	/**
	 * Reads one row.
	 * @param location where the row is ("12" for a CSV line, "Sheet1!12" for a worksheet row)
	 * @param cells the cells; trailing empty cells beyond the header are ignored
	 * @return the violation when the row was rejected
	 */
	public Optional<Violation> row(String location, List<String> cells) {
		int width = this.columns.header().size();
		int count = cells.size();
		while (count > width && isBlank(cells.get(count - 1))) {
			count--;
		}
		if (cells.stream().allMatch(RosterTable::isBlank)) {
			return Optional.empty();
		}
		if (count != width) {
			return reject(location, count + " fields, the header has " + width);
		}
		String rawName = RosterText.strip(cells.get(this.columns.name()));
		String name = PersonNames.normalize(rawName);
		if (name.isEmpty()) {
			return reject(location, "no name (column " + this.columns.header().get(this.columns.name()) + " is empty)");
		}
		LocalDate date = null;
		if (this.columns.asOf() >= 0 && !isBlank(cells.get(this.columns.asOf()))) {
			Optional<LocalDate> parsed = RosterDates.parse(cells.get(this.columns.asOf()));
			if (parsed.isEmpty()) {
				return reject(location, "unreadable date '" + RosterText.strip(cells.get(this.columns.asOf())) + "'");
			}
			date = parsed.get();
		}
		String titlesRaw = (this.columns.titles() >= 0) ? RosterText.strip(cells.get(this.columns.titles())) : "";
		String organization = (this.columns.organization() >= 0) ? cells.get(this.columns.organization()) : null;
		Map<String, String> attributes = new LinkedHashMap<>();
		for (int i = 0; i < width; i++) {
			if (this.columns.isAttribute(i) && !isBlank(cells.get(i))) {
				attributes.put(this.columns.attributeKey(i), RosterText.clean(cells.get(i)));
			}
		}
		this.members.add(new RosterMember(name, rawName, titlesRaw, TitleParser.parse(titlesRaw, organization),
				attributes));
		if (date != null && (this.asOf == null || date.isAfter(this.asOf))) {
			this.asOf = date;
		}
		if (this.heading == null && this.columns.heading() >= 0 && !isBlank(cells.get(this.columns.heading()))) {
			this.heading = RosterText.clean(cells.get(this.columns.heading()));
		}
		return Optional.empty();
	}

	/**
	 * Rejects a row that could not even be split into cells (broken quoting in a CSV file).
	 * @param location where the row is
	 * @param message what was wrong
	 * @return the violation, also kept in {@link #violations()}
	 */
	public Violation rejectRow(String location, String message) {
		Violation violation = new Violation(this.file, location, ReasonCode.BAD_ROSTER_ROW, message);
		this.violations.add(violation);
		return violation;
	}

	private Optional<Violation> reject(String location, String message) {
		return Optional.of(rejectRow(location, message));
	}

	public List<Violation> violations() {
		return List.copyOf(this.violations);
	}

	/** The number of columns of the table's header. */
	public int columnCount() {
		return this.columns.header().size();
	}

	public int memberCount() {
		return this.members.size();
	}

	/**
	 * The roster read so far.
	 * @param defaultHeading the heading when the table has no roster column value
	 * @param defaultAsOf the date when the table has no date column value
	 */
	public Roster roster(String defaultHeading, LocalDate defaultAsOf) {
		return new Roster((this.heading != null) ? this.heading : defaultHeading,
				(this.asOf != null) ? this.asOf : defaultAsOf, this.file, this.members);
	}

	private static boolean isBlank(String cell) {
		return cell == null || RosterText.strip(cell).isEmpty();
	}

}
