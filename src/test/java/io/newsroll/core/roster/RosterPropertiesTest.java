package io.newsroll.core.roster;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roster splitters never throw, whatever the text, and keep their output within
 * bounds.
 */
class RosterPropertiesTest {

	@Property(tries = 500)
	void nameNormalizationNeverThrowsAndIsIdempotent(@ForAll("text") String raw) {
		String once = PersonNames.normalize(raw);
		assertThat(once).isNotNull();
		assertThat(PersonNames.normalize(once)).isEqualTo(once);
		assertThat(once.length()).isLessThanOrEqualTo(raw.length());
	}

	@Property(tries = 500)
	void titleParsingNeverThrowsAndKeepsEverySegmentNonBlank(@ForAll("text") String raw,
			@ForAll @StringLength(max = 12) String organizationColumn) {
		List<Title> titles = TitleParser.parse(raw, organizationColumn);
		assertThat(titles).isNotNull();
		for (Title t : titles) {
			assertThat(t.title()).isNotBlank();
			assertThat(t.role()).isNotNull();
			assertThat(t.title().length()).isLessThanOrEqualTo(raw.length());
		}
	}

	@Property(tries = 300)
	void titleParsingIsStableOnItsOwnOutput(@ForAll("titles") String raw) {
		List<Title> titles = TitleParser.parse(raw, null);
		String rejoined = String.join("、", titles.stream().map(Title::title).toList());
		assertThat(TitleParser.parse(rejoined, null)).extracting(Title::title)
			.containsExactlyElementsOf(titles.stream().map(Title::title).toList());
	}

	@Property(tries = 200)
	void rosterBlocksAreNeverFoundInRandomLinesAndNeverThrow(@ForAll("lines") List<String> lines) {
		var roster = PageRosters.find("random.txt", lines, LocalDate.of(2019, 5, 21));
		roster.ifPresent((r) -> assertThat(r.members()).hasSizeGreaterThanOrEqualTo(PageRosters.MIN_MEMBERS));
	}

	@Provide
	Arbitrary<String> text() {
		return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
				Arbitraries.strings()
					.withChars("陈刚马璐 \u00a0\u3000\u200b、,，;；()（）兼候选人主席副书记全国总工会ＡＢ１２\t\n")
					.ofMaxLength(40));
	}

	@Provide
	Arbitrary<String> titles() {
		Arbitrary<String> segment = Arbitraries.of("全国总工会副主席", "书记处书记", "党组成员", "青海省政协副主席", "省总工会主席", "组织部部长",
				"经费审查委员会主任", "副主席(兼)", "中华全国妇女联合会副主席(兼)候选人", "机关党委书记");
		return segment.list().ofMinSize(1).ofMaxSize(5).map((l) -> String.join("、", l));
	}

	@Provide
	Arbitrary<List<String>> lines() {
		return Arbitraries.oneOf(text(), titles(), Arbitraries.of("全总领导", "领导班子", "陈 刚 全国总工会副主席")).list().ofMaxSize(30);
	}

}
