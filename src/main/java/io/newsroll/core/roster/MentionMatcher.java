package io.newsroll.core.roster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds which roster people an article mentions, with one automaton pass per text (never
 * a loop over names), and links authors and editors who are on a roster to the person.
 * <p>
 * The rule against false matches, since two-character names (陈刚, 马璐, 王刚) also occur
 * inside ordinary words (王刚刚, 帝王刚毅):
 * <ol>
 * <li>Where names overlap, the longest wins and names inside it do not count (王东明 hides
 * 王东).</li>
 * <li>A name of three or more Chinese characters counts wherever it occurs.</li>
 * <li>A two-character (or one-character) Chinese name counts only when both of its sides
 * are a boundary, or when one of the person's own roster words (an organization or role
 * of their titles, such as 全国总工会 or 副主席) is within {@value #WINDOW} characters. A left
 * boundary is the start of the text, a character that is not Chinese (punctuation,
 * digits, Latin, spaces), a role word (…主席马璐), or a word that commonly precedes a name
 * (了, 与, 和, 同志 …, 记者, 编辑). A right boundary is the end, a non-Chinese character, a role
 * word (马璐副主席), or a word that commonly follows a name (同志, 表示, 指出, 强调, 说, 在, 等, 报道, 摄
 * …).</li>
 * <li>A name with Latin letters counts only between characters that are not letters or
 * digits.</li>
 * </ol>
 */
public final class MentionMatcher {

	/** How far, in characters, a person's own title words make a short name count. */
	static final int WINDOW = 12;

	private static final List<String> LEFT_CUES = List.of("了", "与", "和", "同", "及", "由", "对", "向", "给", "是", "为", "请",
			"据", "称", "记者", "编辑", "作者", "通讯员", "同志", "、");

	private static final List<String> RIGHT_CUES = List.of("同志", "表示", "指出", "强调", "说", "认为", "介绍", "称", "出席", "主持",
			"讲话", "会见", "在", "等", "一行", "率", "带领", "调研", "参加", "提出", "要求", "作", "发表", "回答", "说明", "和", "与", "及", "、",
			"也", "还", "则", "先生", "女士", "教授", "代表", "报道", "摄", "撰文", "采写", "整理", "供稿");

	private final List<String> names;

	private final Set<String> known;

	private final List<List<String>> context;

	private final NameAutomaton automaton;

	private MentionMatcher(Map<String, Set<String>> people) {
		this.names = List.copyOf(people.keySet());
		this.known = Set.copyOf(this.names);
		this.context = this.names.stream().map((name) -> List.copyOf(people.get(name))).toList();
		this.automaton = new NameAutomaton(this.names);
	}

	/**
	 * A matcher for the people of some rosters; each person's organizations and roles
	 * become their context words.
	 */
	public static MentionMatcher of(Collection<Roster> rosters) {
		Map<String, Set<String>> people = new LinkedHashMap<>();
		for (Roster roster : rosters) {
			for (RosterMember member : roster.members()) {
				Set<String> words = people.computeIfAbsent(member.name(), (k) -> new LinkedHashSet<>());
				for (Title title : member.titles()) {
					words.add(title.role());
					if (title.organization() != null) {
						words.add(title.organization());
					}
				}
			}
		}
		return new MentionMatcher(people);
	}

	/**
	 * A matcher for names with their context words (organizations, roles).
	 * @param people normalized names, each with the words that make a short name count
	 * nearby
	 */
	public static MentionMatcher ofNames(Map<String, ? extends Collection<String>> people) {
		Map<String, Set<String>> copy = new LinkedHashMap<>();
		people.forEach((name, words) -> {
			if (!name.isBlank()) {
				copy.computeIfAbsent(name, (k) -> new LinkedHashSet<>()).addAll(words);
			}
		});
		return new MentionMatcher(copy);
	}

	public int size() {
		return this.names.size();
	}

	/**
	 * How often each roster person is mentioned in {@code text}, in order of first
	 * mention.
	 */
	public Map<String, Integer> count(String text) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		if (text == null || text.isEmpty() || this.names.isEmpty()) {
			return counts;
		}
		List<NameAutomaton.Hit> accepted = new ArrayList<>();
		for (NameAutomaton.Hit hit : this.automaton.scan(text)) {
			if (accepts(text, hit)) {
				accepted.add(hit);
			}
		}
		accepted.sort(Comparator.comparingInt(NameAutomaton.Hit::start)
			.thenComparing(Comparator.comparingInt((NameAutomaton.Hit hit) -> hit.end() - hit.start()).reversed()));
		int coveredUntil = 0;
		for (NameAutomaton.Hit hit : accepted) {
			if (hit.start() < coveredUntil) {
				continue;
			}
			coveredUntil = hit.end();
			counts.merge(this.names.get(hit.pattern()), 1, Integer::sum);
		}
		return counts;
	}

	/**
	 * The roster people an article mentions or that wrote or edited it.
	 * @param title the headline
	 * @param body the body text
	 * @param authors the byline's names
	 * @param editor the editor's name, or null
	 * @return one mention per person, in order of first appearance
	 */
	public List<Mention> mentions(String title, String body, List<String> authors, String editor) {
		Map<String, Integer> inTitle = count(title);
		Map<String, Integer> inBody = count(body);
		Set<String> writers = new LinkedHashSet<>();
		for (String author : authors) {
			writers.add(PersonNames.normalize(author));
		}
		String editorName = PersonNames.normalize(editor);
		Set<String> people = new LinkedHashSet<>();
		people.addAll(inTitle.keySet());
		people.addAll(inBody.keySet());
		for (String writer : writers) {
			if (this.known.contains(writer)) {
				people.add(writer);
			}
		}
		if (this.known.contains(editorName)) {
			people.add(editorName);
		}
		List<Mention> mentions = new ArrayList<>();
		for (String name : people) {
			mentions.add(new Mention(name, inTitle.getOrDefault(name, 0), inBody.getOrDefault(name, 0),
					writers.contains(name), name.equals(editorName)));
		}
		return mentions;
	}

	private boolean accepts(String text, NameAutomaton.Hit hit) {
		String name = this.names.get(hit.pattern());
		if (!RosterText.isHan(name)) {
			return !isWordChar(text, hit.start() - 1) && !isWordChar(text, hit.end());
		}
		if (name.length() >= 3) {
			return true;
		}
		if (leftBoundary(text, hit.start()) && rightBoundary(text, hit.end())) {
			return true;
		}
		int from = Math.max(0, hit.start() - WINDOW);
		int to = Math.min(text.length(), hit.end() + WINDOW);
		String near = text.substring(from, hit.start()) + "\u0000" + text.substring(hit.end(), to);
		return this.context.get(hit.pattern()).stream().anyMatch((word) -> word.length() >= 2 && near.contains(word));
	}

	private static boolean leftBoundary(String text, int start) {
		if (start == 0 || !RosterText.isHan(text.charAt(start - 1))) {
			return true;
		}
		String before = text.substring(Math.max(0, start - 8), start);
		return RoleWords.longestRoleSuffix(before) != null || LEFT_CUES.stream().anyMatch(before::endsWith);
	}

	private static boolean rightBoundary(String text, int end) {
		if (end == text.length() || !RosterText.isHan(text.charAt(end))) {
			return true;
		}
		String after = text.substring(end, Math.min(text.length(), end + 8));
		return RoleWords.ROLES.stream().anyMatch(after::startsWith)
				|| RoleWords.MODIFIERS.stream()
					.anyMatch((m) -> after.startsWith(m)
							&& RoleWords.ROLES.stream().anyMatch((role) -> after.startsWith(m + role)))
				|| RIGHT_CUES.stream().anyMatch(after::startsWith);
	}

	private static boolean isWordChar(String text, int i) {
		return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
	}

	/**
	 * One roster person linked to an article.
	 *
	 * @param name the person's normalized name
	 * @param titleMentions mentions in the headline
	 * @param bodyMentions mentions in the body
	 * @param author the person is one of the article's authors
	 * @param editor the person is the article's editor
	 */
	public record Mention(String name, int titleMentions, int bodyMentions, boolean author, boolean editor) {

		public Mention {
			Objects.requireNonNull(name, "name");
		}

	}

}
