package io.newsroll.core.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class SeedRosterTest {

	private static final String FILE = "workercn-2019-05-21-anhui.txt";

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void findsTheSeedRosterExactlyAsExpected() throws IOException {
		Optional<Roster> roster = PageRosters.find(FILE, seedLines(), LocalDate.of(2019, 5, 21));

		assertThat(roster).isPresent();
		JsonNode expected = expectedRoster();
		assertThat(toJson(roster.get())).isEqualTo(expected);
	}

	@Test
	void seedRosterHasNineteenMembersWithPaddingRemoved() throws IOException {
		Roster roster = PageRosters.find(FILE, seedLines(), LocalDate.of(2019, 5, 21)).orElseThrow();

		assertThat(roster.members()).hasSize(19);
		assertThat(roster.members()).extracting(RosterMember::name).contains("陈刚", "马璐", "邹震");
		assertThat(roster.members().get(12).rawName()).isEqualTo("马\u00a0\u00a0 璐");
	}

	@Test
	void seedRosterTitlesInheritTheUnionAsOrganization() throws IOException {
		Roster roster = PageRosters.find(FILE, seedLines(), LocalDate.of(2019, 5, 21)).orElseThrow();

		for (RosterMember member : roster.members()) {
			for (Title title : member.titles()) {
				assertThat(title.organization()).as(member.name() + " " + title.title()).isNotNull();
				assertThat(title.title()).as(member.name()).endsWith(title.role());
			}
		}
	}

	@Test
	void onlyTheRosterLinesOfTheSeedReadAsMembers() throws IOException {
		List<String> lines = seedLines();
		Roster roster = PageRosters.find(FILE, lines, LocalDate.of(2019, 5, 21)).orElseThrow();

		List<String> memberLines = lines.stream().filter((line) -> PageRosters.member(line).isPresent()).toList();

		assertThat(memberLines).hasSize(19);
		assertThat(memberLines).allSatisfy((line) -> assertThat(roster.members())
			.anySatisfy((member) -> assertThat(line).startsWith(member.rawName()).endsWith(member.titlesRaw())));
	}

	@Test
	void withoutItsHeadingTheSeedHasNoRoster() throws IOException {
		List<String> lines = seedLines().stream().filter((line) -> !line.equals("全总领导")).toList();

		assertThat(PageRosters.find(FILE, lines, null)).isEmpty();
	}

	private ObjectNode toJson(Roster roster) {
		ObjectNode node = this.json.createObjectNode();
		node.put("kind", "roster");
		node.put("heading", roster.heading());
		node.put("as_of", roster.asOf().toString());
		node.put("file", roster.file());
		ArrayNode members = node.putArray("members");
		for (RosterMember member : roster.members()) {
			ObjectNode m = members.addObject();
			m.put("name", member.name());
			m.put("raw_name", member.rawName());
			m.put("titles_raw", member.titlesRaw());
			ArrayNode titles = m.putArray("titles");
			for (Title title : member.titles()) {
				ObjectNode t = titles.addObject();
				t.put("title", title.title());
				t.put("concurrent", title.concurrent());
				t.put("candidate", title.candidate());
			}
		}
		return node;
	}

	static List<String> seedLines() throws IOException {
		try (InputStream in = SeedRosterTest.class.getResourceAsStream("/seed/" + FILE)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}

	private JsonNode expectedRoster() throws IOException {
		try (InputStream in = SeedRosterTest.class.getResourceAsStream("/seed/expected.json")) {
			return this.json.readTree(in).get("roster");
		}
	}

}
