package io.newsroll.core.roster;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The small lexicon behind the title parser and the roster-block finder: words that end a
 * title (主席, 书记, 部长 …), the modifiers that attach to them (副, 常务, 第一 …), nouns that name
 * an organization in its own right (总工会, 政协, 集团 …) and the qualifiers that make any body
 * a standalone organization (全国, 中央, 安徽省 …). Generic Chinese office vocabulary, not a
 * list of any one roster's strings.
 */
final class RoleWords {

	private RoleWords() {
	}

	/** Base roles, matched longest first at the end of a title. */
	static final List<String> ROLES = sortedLongestFirst(List.of("主席", "副主席", "书记", "副书记", "成员", "委员", "常委", "主任",
			"副主任", "主任委员", "组长", "副组长", "部长", "副部长", "秘书长", "副秘书长", "院长", "副院长", "局长", "副局长", "厅长", "副厅长", "市长", "副市长",
			"省长", "副省长", "县长", "副县长", "区长", "副区长", "镇长", "乡长", "理事长", "副理事长", "理事", "常务理事", "总经理", "副总经理", "经理", "董事长",
			"副董事长", "董事", "监事长", "监事", "社长", "总编辑", "副总编辑", "主编", "校长", "副校长", "会长", "副会长", "行长", "副行长", "司长", "副司长",
			"处长", "副处长", "科长", "所长", "站长", "馆长", "检察长", "庭长", "政委", "司令员", "总裁", "副总裁", "委员长", "副委员长", "总理", "副总理",
			"巡视员", "调研员", "代表", "干事", "总工程师", "总会计师", "总经济师", "党组书记", "党委书记", "纪委书记", "书记处书记", "主席团成员", "常委会委员", "负责人",
			"首席执行官", "主持人"));

	/** Words that may precede a base role and belong to it: 常务副主席, 第一书记, 驻会副主席. */
	static final List<String> MODIFIERS = sortedLongestFirst(
			List.of("副", "常务", "第一", "第二", "执行", "名誉", "代理", "专职", "兼职", "挂职", "驻会", "首席", "党外"));

	/**
	 * Nouns that make an organization in their own right, whatever precedes them. 党委, 部,
	 * 委员会 are deliberately absent: without a qualifier they are units inside an
	 * organization (机关党委, 组织部, 经费审查委员会).
	 */
	static final List<String> ORGANIZATION_NOUNS = sortedLongestFirst(List.of("总工会", "工会", "政协", "人大", "常委会", "人民政府",
			"政府", "联合会", "妇联", "共青团", "团委", "纪委", "监委", "省委", "市委", "县委", "区委", "国务院", "集团", "公司", "大学", "学院", "医院",
			"银行", "协会", "学会", "研究院", "科学院", "出版社", "报社", "基金会", "法院", "检察院"));

	/** Characters and words an organization's name typically ends with. */
	static final List<String> ORGANIZATION_SUFFIXES = sortedLongestFirst(List.of("会", "委", "政协", "人大", "政府", "部", "局",
			"厅", "院", "集团", "公司", "组", "处", "室", "办", "所", "校", "中心", "社", "团", "队", "行", "署", "办公厅"));

	/** A scope that makes a body a standalone organization: 全国…, 中央…, 省…, 安徽省…, 北京市…. */
	static final Pattern SCOPE = Pattern
		.compile("^(全国|中华|中国|中共|中央|国家|国务院|省|市|县|区|乡|镇|自治区|\\p{IsHan}{2,7}?(省|自治区|自治州|特别行政区|市|县))");

	static String longestRoleSuffix(String s) {
		for (String role : ROLES) {
			if (s.endsWith(role)) {
				return role;
			}
		}
		return null;
	}

	static String modifierSuffix(String s) {
		for (String modifier : MODIFIERS) {
			if (s.endsWith(modifier)) {
				return modifier;
			}
		}
		return null;
	}

	/** The end index of the last organization noun in {@code s}, or -1. */
	static int endOfLastOrganizationNoun(String s) {
		int best = -1;
		for (String noun : ORGANIZATION_NOUNS) {
			int at = s.lastIndexOf(noun);
			if (at >= 0) {
				best = Math.max(best, at + noun.length());
			}
		}
		return best;
	}

	static boolean endsLikeOrganization(String s) {
		for (String suffix : ORGANIZATION_SUFFIXES) {
			if (s.endsWith(suffix)) {
				return true;
			}
		}
		return false;
	}

	static boolean hasScope(String s) {
		return SCOPE.matcher(s).find();
	}

	private static List<String> sortedLongestFirst(List<String> words) {
		return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
	}

}
