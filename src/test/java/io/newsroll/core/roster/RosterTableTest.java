package io.newsroll.core.roster;

import java.time.LocalDate;
import java.util.List;

import io.newsroll.core.reject.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RosterTableTest {

	@Test
	void recognizesEnglishAndChineseHeadersWhateverTheirSpelling() {
		RosterColumns columns = RosterColumns
			.recognize(List.of(" Name ", "TITLES", "Organisation", "部门", "As Of", "工号"))
			.orElseThrow();

		assertThat(columns)
			.extracting(RosterColumns::name, RosterColumns::titles, RosterColumns::organization,
					RosterColumns::department, RosterColumns::asOf, RosterColumns::heading)
			.containsExactly(0, 1, 2, 3, 4, -1);
	}

	@Test
	void headerWithoutNameColumnIsNotUsable() {
		assertThat(RosterColumns.recognize(List.of("职务", "单位"))).isEmpty();
	}

	@Test
	void unreadableDateRejectsTheRow() {
		RosterTable table = new RosterTable("f.csv", RosterColumns.recognize(List.of("姓名", "日期")).orElseThrow());

		assertThat(table.row("2", List.of("王五", "下周一"))).hasValueSatisfying((violation) -> {
			assertThat(violation.reason()).isEqualTo(ReasonCode.BAD_ROSTER_ROW);
			assertThat(violation.location()).isEqualTo("2");
			assertThat(violation.message()).contains("下周一");
		});
		assertThat(table.roster("f", LocalDate.of(2020, 1, 1)).members()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "|", textBlock = """
			2019-05-21 | 2019-05-21
			2019/5/21 | 2019-05-21
			2019.05.21 | 2019-05-21
			2019年5月21日 | 2019-05-21
			20190521 | 2019-05-21
			2019-05-21 07:39:30 | 2019-05-21
			""")
	void readsCommonDateForms(String text, LocalDate expected) {
		assertThat(RosterDates.parse(text)).contains(expected);
	}

	@Test
	void rejectsImpossibleDates() {
		assertThat(RosterDates.parse("2019-02-30")).isEmpty();
		assertThat(RosterDates.parse("May 2019")).isEmpty();
	}

}
