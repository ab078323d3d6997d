package io.newsroll.core.text;

import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DateTimesTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2019-05-21 07:39:30|2019-05-21T07:39:30+08:00",
			"2019年5月21日 07:39|2019-05-21T07:39+08:00", "2019年05月21日07:39|2019-05-21T07:39+08:00",
			"2019/05/21|2019-05-21T00:00+08:00", "2019.5.21|2019-05-21T00:00+08:00",
			"发布时间：2022-02-13 23:37 来源：扬子晚报|2022-02-13T23:37+08:00", "2005年08月22日19:13:18|2005-08-22T19:13:18+08:00",
			"2005年4月5日 下午3:05|2005-04-05T15:05+08:00", "2023-12-21T10:30:00Z|2023-12-21T10:30Z",
			"2023-12-21T10:30:00.000-05:00|2023-12-21T10:30-05:00", "December 21, 2023|2023-12-21T00:00+08:00",
			"Published Dec. 22, 2023 at 4:15 PM|2023-12-22T16:15+08:00",
			"Published: 11:25, 17 Dec 2023|2023-12-17T11:25+08:00",
			"Updated 3:54 PM EST, Tue December 19, 2023|2023-12-19T15:54+08:00",
			"10:30 AM · Dec 22, 2023|2023-12-22T10:30+08:00", "12:30 PM Dec 22, 2023|2023-12-22T12:30+08:00",
			"12:30 AM Dec 22, 2023|2023-12-22T00:30+08:00", "19 December 2023 • 3:54pm|2023-12-19T15:54+08:00",
			"Score 3:1 on Dec 22, 2023|2023-12-22T00:00+08:00", "Updated 21 December 2023|2023-12-21T00:00+08:00",
			"Sept 5th, 2023, 12:05 am|2023-09-05T00:05+08:00", "２０１９年５月２１日|2019-05-21T00:00+08:00",
			"By Erin Taylor • 08/25/22 12:54pm|2022-08-25T12:54+08:00", "12/01/23 9:05 AM|2023-12-01T09:05+08:00",
			"19.10.19, 08:16 Uhr|2019-10-19T08:16+08:00", "• 06.11.23 20:15|2023-11-06T20:15+08:00",
			"12-19-2023|2023-12-19T00:00+08:00", "19.12.2023 14:30|2023-12-19T14:30+08:00",
			"Stand: 05.06.2023|2023-06-05T00:00+08:00", "Von Deutscher Tennis Bund 4. 2. 2022.|2022-02-04T00:00+08:00",
			"4. 2. 2022 um 10:30|2022-02-04T10:30+08:00", "Thu 21 Dec 2023 13.30 GMT|2023-12-21T13:30Z",
			"Last updated Dec. 23, 2023, 7:58 AM UTC|2023-12-23T07:58Z", "Posted 21-Dec-2023|2023-12-21T00:00+08:00",
			"21-Dec-2023 09:15|2023-12-21T09:15+08:00", "2023-12-21 10:30 GMT+08:00|2023-12-21T10:30+08:00",
			"Dec 21, 2023 10.30am|2023-12-21T10:30+08:00", "Dec 21, 2023 rose 10.25 percent|2023-12-21T00:00+08:00",
			"2023年12月21日 星期四 10:30|2023-12-21T10:30+08:00", "2023-12-21 周四 10:30|2023-12-21T10:30+08:00",
			"2023年12月21日（星期四） 10:30|2023-12-21T10:30+08:00", "2023年12月21日 星期四|2023-12-21T00:00+08:00",
			"2023 12/21 08:15:30|2023-12-21T08:15:30+08:00", "来源：新华网 2023 12/21 08:15|2023-12-21T08:15+08:00" })
	void parsesCommonChineseIsoAndEnglishForms(String text, String expected) {
		String folded = ChineseText.foldWidth(text);
		assertThat(DateTimes.parse(folded, SHANGHAI)).hasValueSatisfying((d) -> assertThat(d).hasToString(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2019-13-01", "2019-02-30", "版本 1.2.3", "电话 010-84151598", "Copyright 2008-2018",
			"京ICP证100580号", "", "Score 3/4/22 in the final", "Issue 12/05/23", "Updated 08/25/22 27:90",
			"Version 1.12.22", "v1.2.12.22 10:30", "12.12.22", "12-19/2023", "v1.12.2023.4", "电话 010-12-2023",
			"2023 12/21", "Top 2023 12/21/22 10:15", "4.  2. 2022" })
	void findsNoDateInTextThatHasNone(String text) {
		assertThat(DateTimes.find(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2019-05-21 25:61", "2019-05-21 24:00" })
	void keepsTheDateWhenTheTimeIsImpossible(String text) {
		assertThat(DateTimes.find(text)).hasValueSatisfying((f) -> {
			assertThat(f.hasTime()).isFalse();
			assertThat(f.dateTime().toLocalDate()).hasToString("2019-05-21");
		});
	}

	@ParameterizedTest
	@ValueSource(ints = { 1_000, 100_000 })
	void scansLongDigitRunsQuickly(int length) {
		String text = "2019-".repeat(length / 5) + "x";
		long start = System.nanoTime();
		DateTimes.find(text);
		assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "21. Dezember 2023|2023-12-21T00:00+08:00",
					"Veröffentlicht am 21. Dezember 2023, 10:30 Uhr|2023-12-21T10:30+08:00",
					"Montag, 4. März 2024 um 08:15|2024-03-04T08:15+08:00", "1er mars 2023|2023-03-01T00:00+08:00",
					"Publié le 21 décembre 2023 à 14h|2023-12-21T00:00+08:00", "21 déc. 2023|2023-12-21T00:00+08:00",
					"21 de diciembre de 2023|2023-12-21T00:00+08:00", "3 de mayo de 2021, 09:40|2021-05-03T09:40+08:00",
					"21 dicembre 2023|2023-12-21T00:00+08:00", "21 de dezembro de 2023|2023-12-21T00:00+08:00",
					"21 december 2023|2023-12-21T00:00+08:00", "21 grudnia 2023 o godz. 10:30|2023-12-21T10:30+08:00",
					"5 lutego 2022|2022-02-05T00:00+08:00", "aktualisiert am 3. Jan. 2022|2022-01-03T00:00+08:00" })
	void parsesDayMonthYearInOtherEuropeanLanguages(String text, String expected) {
		assertThat(DateTimes.parse(text, SHANGHAI)).hasValueSatisfying((d) -> assertThat(d).hasToString(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "21 Menschen 2023", "am 3. Tag 2022", "Seite 12 von 2023", "12.5 mars 2023" })
	void takesNoOtherWordForAMonth(String text) {
		assertThat(DateTimes.find(text)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "26 | 01 | 2022;2022-01-26T00:00+08:00",
			"26 | 01 | 2022   Schweiz | Praxis | Video;2022-01-26T00:00+08:00", "26|01|2022;2022-01-26T00:00+08:00" })
	void readsADateWhosePartsBarsSetApart(String text, String expected) {
		assertThat(DateTimes.parse(text, SHANGHAI)).hasValueSatisfying((d) -> assertThat(d).hasToString(expected));
	}

}
