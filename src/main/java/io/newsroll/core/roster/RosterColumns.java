package io.newsroll.core.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a roster table holds what, recognized from the header row in Chinese or
 * English (姓名/name, 职务/title(s), 单位/organization, 部门/department, 日期/as_of, 名单/roster).
 * Columns with any other header are kept as attributes under their header text.
 *
 * @param name the name column (required: without it no row can be read)
 * @param titles the title column, or -1
 * @param organization the organization column, or -1
 * @param department the department column, or -1
 * @param asOf the as-of date column, or -1
 * @param heading the roster name column, or -1
 * @param header the header cells as written, trimmed
 */
public record RosterColumns(int name, int titles, int organization, int department, int asOf, int heading,
		List<String> header) {

	/**
	 * The header names a roster table may use, for messages about tables without a usable
	 * header.
	 */
	public static final String EXPECTED = "姓名/name (required), 职务/title/titles, 单位/organization, 部门/department, "
			+ "日期/as_of, 名单/roster";

	private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("姓名", "name"), Map.entry("名字", "name"),
			Map.entry("人员", "name"), Map.entry("name", "name"), Map.entry("fullname", "name"),
			Map.entry("person", "name"), Map.entry("职务", "titles"), Map.entry("职位", "titles"),
			Map.entry("现任职务", "titles"), Map.entry("title", "titles"), Map.entry("titles", "titles"),
			Map.entry("position", "titles"), Map.entry("单位", "organization"), Map.entry("工作单位", "organization"),
			Map.entry("组织", "organization"), Map.entry("机构", "organization"), Map.entry("organization", "organization"),
			Map.entry("organisation", "organization"), Map.entry("org", "organization"), Map.entry("部门", "department"),
			Map.entry("department", "department"), Map.entry("dept", "department"), Map.entry("日期", "as_of"),
			Map.entry("截至日期", "as_of"), Map.entry("asof", "as_of"), Map.entry("date", "as_of"),
			Map.entry("名单", "roster"), Map.entry("名单名称", "roster"), Map.entry("roster", "roster"),
			Map.entry("heading", "roster"));

	public RosterColumns {
		if (name < 0) {
			throw new IllegalArgumentException("a roster table needs a name column");
		}
		header = List.copyOf(header);
	}

	/**
	 * Recognizes a header row.
	 * @param cells the header cells as written
	 * @return the columns, or empty when no cell names the name column
	 */
	public static Optional<RosterColumns> recognize(List<String> cells) {
		int name = -1;
		int titles = -1;
		int organization = -1;
		int department = -1;
		int asOf = -1;
		int heading = -1;
		List<String> header = new ArrayList<>(cells.size());
		for (int i = 0; i < cells.size(); i++) {
			String cell = (cells.get(i) == null) ? "" : RosterText.clean(cells.get(i));
			header.add(cell);
			String key = KEYS.get(cell.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", ""));
			if (key == null) {
				continue;
			}
			switch (key) {
				case "name" -> name = (name < 0) ? i : name;
				case "titles" -> titles = (titles < 0) ? i : titles;
				case "organization" -> organization = (organization < 0) ? i : organization;
				case "department" -> department = (department < 0) ? i : department;
				case "as_of" -> asOf = (asOf < 0) ? i : asOf;
				default -> heading = (heading < 0) ? i : heading;
			}
		}
		if (name < 0) {
			return Optional.empty();
		}
		return Optional.of(new RosterColumns(name, titles, organization, department, asOf, heading, header));
	}

	/**
	 * The attribute key of column {@code i}: the canonical English name for known
	 * columns, else the header.
	 */
	String attributeKey(int i) {
		if (i == this.organization) {
			return "organization";
		}
		if (i == this.department) {
			return "department";
		}
		String written = this.header.get(i);
		return written.isEmpty() ? "column" + (i + 1) : written;
	}

	boolean isAttribute(int i) {
		return i != this.name && i != this.titles && i != this.asOf && i != this.heading;
	}

}
