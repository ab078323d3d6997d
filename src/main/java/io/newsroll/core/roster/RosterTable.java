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
 * Builds a roster from the rows of a table (a CSV file, a worksheet), whatever format
 * they were read from: each row becomes a member or a {@link ReasonCode#BAD_ROSTER_ROW}
 * violation, and the rest of the table loads.
 * <p>
 * The snapshot's heading is the 名单/roster column's first value, else the default the
 * caller gives (the file name without extension). Its as-of date is the latest date of
 * the 日期/as_of column, else the default the caller gives (the file's last-modified date):
 * a roster is as of the newest date it states. Blank rows (every cell empty) are not rows
 * and are skipped.
 */
public final class RosterTable {

	/**
	 * Longer names are no names (a pasted paragraph, a hostile file); the store keeps 200
	 * characters.
	 */
	public static final int MAX_NAME_CHARS = 200;

	/**
	 * Longer title or organization cells are rejected: every title segment must fit the
	 * store's 500.
	 */
	public static final int MAX_TITLES_CHARS = 500;

	/**
	 * Longer other cells (together) are rejected: the store keeps 4,000 characters of
	 * attributes.
	 */
	public static final int MAX_ATTRIBUTE_CHARS = 2000;

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
	 * @param location where the row is ("12" for a CSV line, "Sheet1!12" for a worksheet
	 * row)
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
		if (rawName.length() > MAX_NAME_CHARS || titlesRaw.length() > MAX_TITLES_CHARS
				|| (organization != null && organization.length() > MAX_TITLES_CHARS)) {
			return reject(location, "a cell is too long for a roster entry (names up to " + MAX_NAME_CHARS
					+ " characters, titles and organizations up to " + MAX_TITLES_CHARS + ")");
		}
		Map<String, String> attributes = new LinkedHashMap<>();
		int attributeChars = 0;
		for (int i = 0; i < width; i++) {
			if (this.columns.isAttribute(i) && !isBlank(cells.get(i))) {
				String value = RosterText.clean(cells.get(i));
				attributeChars += value.length() + this.columns.attributeKey(i).length();
				attributes.put(this.columns.attributeKey(i), value);
			}
		}
		if (attributeChars > MAX_ATTRIBUTE_CHARS) {
			return reject(location,
					"the other cells hold " + attributeChars + " characters, more than " + MAX_ATTRIBUTE_CHARS);
		}
		this.members
			.add(new RosterMember(name, rawName, titlesRaw, TitleParser.parse(titlesRaw, organization), attributes));
		if (date != null && (this.asOf == null || date.isAfter(this.asOf))) {
			this.asOf = date;
		}
		if (this.heading == null && this.columns.heading() >= 0 && !isBlank(cells.get(this.columns.heading()))) {
			String heading = RosterText.clean(cells.get(this.columns.heading()));
			// the store keeps 500 characters; a longer heading is cut rather than failing
			// the file
			this.heading = (heading.length() > MAX_TITLES_CHARS) ? heading.substring(0, MAX_TITLES_CHARS) : heading;
		}
		return Optional.empty();
	}

	/**
	 * Rejects a row that could not even be split into cells (broken quoting in a CSV
	 * file).
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
