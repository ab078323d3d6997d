package io.newsroll.core.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a roster's title text ("全国总工会党组书记、副主席、书记处第一书记,机关党委书记") into ordered
 * {@link Title}s and tells organization from role in each.
 * <p>
 * Segments are separated by 、 , ， ; ； (not inside brackets). The marks (兼) and 候选人 become
 * the {@code concurrent} and {@code candidate} flags and leave the title. The role is the
 * longest known role word at the end of the segment (副主席, 书记, 部长 …) with the modifiers
 * before it (常务, 第一 …). What precedes the role is read as follows:
 * <ul>
 * <li>nothing: the organization is inherited from the previous segment, else the
 * organization column, else unknown (null);</li>
 * <li>an office stationed elsewhere ("中央纪委国家监委驻全国总工会机关纪检监察组"): that whole office is the
 * organization;</li>
 * <li>text containing an organization noun (总工会, 政协, 联合会, 集团 …): the organization runs to
 * the end of the last such noun; anything after it is a unit inside it and belongs to the
 * role ("全国总工会书记处书记" → 全国总工会 / 书记处书记);</li>
 * <li>text with a scope qualifier (全国, 中央, 国家, 省, 安徽省 …): the organization;</li>
 * <li>otherwise an unqualified unit (书记处, 机关党委, 组织部, 经费审查委员会) is a unit inside the
 * inherited organization, so it stays in the role and the organization is inherited. Only
 * when there is nothing to inherit does a unit that ends like an organization (…部, …委员会)
 * count as the organization itself ("财政部部长" alone → 财政部 / 部长).</li>
 * </ul>
 * A segment with no known role word keeps the whole segment as its role and takes the
 * organization column (or null); it does not change what later segments inherit.
 */
public final class TitleParser {

	private static final Pattern CONCURRENT = Pattern
		.compile("[(\\[【]\\s*兼\\s*[)\\]】]|^兼(?:任)?(?!职)(?=\\p{IsHan}{2,})");

	private static final Pattern CANDIDATE = Pattern.compile("[(\\[【]?\\s*候选人\\s*[)\\]】]?");

	private TitleParser() {
	}

	/**
	 * Parses a title text.
	 * @param titlesRaw the title text as written; null or blank gives an empty list
	 * @param organizationColumn the roster's organization column for this person, or null
	 * @return the titles in order
	 */
	public static List<Title> parse(String titlesRaw, String organizationColumn) {
		List<Title> titles = new ArrayList<>();
		if (titlesRaw == null) {
			return titles;
		}
		String column = (organizationColumn == null || RosterText.clean(organizationColumn).isEmpty()) ? null
				: RosterText.clean(organizationColumn);
		String inherited = column;
		for (String raw : segments(RosterText.fold(titlesRaw))) {
			String text = raw;
			boolean concurrent = false;
			boolean candidate = false;
			Matcher m = CONCURRENT.matcher(text);
			if (m.find()) {
				concurrent = true;
				text = m.replaceAll("");
			}
			m = CANDIDATE.matcher(text);
			if (m.find()) {
				candidate = true;
				text = m.replaceAll("");
			}
			text = RosterText.clean(text);
			if (text.isEmpty()) {
				continue;
			}
			Title title = split(text, concurrent, candidate, inherited, column);
			titles.add(title);
			if (title.organization() != null && RoleWords.longestRoleSuffix(text) != null) {
				inherited = title.organization();
			}
		}
		return titles;
	}

	private static Title split(String text, boolean concurrent, boolean candidate, String inherited, String column) {
		String role = RoleWords.longestRoleSuffix(text);
		if (role == null) {
			return new Title(text, concurrent, candidate, column, text);
		}
		String prefix = text.substring(0, text.length() - role.length());
		String modifier;
		while ((modifier = RoleWords.modifierSuffix(prefix)) != null) {
			role = modifier + role;
			prefix = prefix.substring(0, prefix.length() - modifier.length());
		}
		if (prefix.isEmpty()) {
			return new Title(text, concurrent, candidate, inherited, role);
		}
		if (prefix.contains("驻") && RoleWords.endsLikeOrganization(prefix)) {
			return new Title(text, concurrent, candidate, prefix, role);
		}
		int end = RoleWords.endOfLastOrganizationNoun(prefix);
		if (end > 0) {
			return new Title(text, concurrent, candidate, prefix.substring(0, end), prefix.substring(end) + role);
		}
		if (RoleWords.hasScope(prefix)) {
			return new Title(text, concurrent, candidate, prefix, role);
		}
		if (inherited == null && RoleWords.endsLikeOrganization(prefix)) {
			return new Title(text, concurrent, candidate, prefix, role);
		}
		return new Title(text, concurrent, candidate, inherited, prefix + role);
	}

	/**
	 * Splits on 、 , ; outside brackets (the text is already width-folded, so ， and ； are
	 * , and ;).
	 */
	static List<String> segments(String text) {
		List<String> out = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(' || c == '[' || c == '【' || c == '〔') {
				depth++;
			}
			else if ((c == ')' || c == ']' || c == '】' || c == '〕') && depth > 0) {
				depth--;
			}
			if (depth == 0 && (c == '、' || c == ',' || c == ';')) {
				out.add(current.toString());
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		out.add(current.toString());
		return out;
	}

}
