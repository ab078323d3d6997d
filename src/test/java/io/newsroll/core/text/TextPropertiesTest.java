package io.newsroll.core.text;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The text normalizer and the date parser never throw, whatever the text, are idempotent
 * and keep their output within bounds.
 */
class TextPropertiesTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Property(tries = 1000)
	void normalizeSpaceIsIdempotentAndNeverLonger(@ForAll("text") String raw) {
		String once = ChineseText.normalizeSpace(raw);
		assertThat(ChineseText.normalizeSpace(once)).isEqualTo(once);
		assertThat(once.length()).isLessThanOrEqualTo(raw.length());
		assertThat(once).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
		assertThat(once.chars().noneMatch((c) -> ChineseText.isZeroWidth((char) c))).isTrue();
	}

	@Property(tries = 1000)
	void normalizeSpaceKeepingGapsIsIdempotentAndKeepsAtMostThreeSpaces(@ForAll("text") String raw) {
		String once = ChineseText.normalizeSpace(raw, true);
		assertThat(ChineseText.normalizeSpace(once, true)).isEqualTo(once);
		assertThat(once.length()).isLessThanOrEqualTo(raw.length());
		assertThat(once).doesNotContain("    ").doesNotEndWith(" ");
	}

	@Property(tries = 1000)
	void foldWidthIsIdempotentAndKeepsTheLength(@ForAll("text") String raw) {
		String once = ChineseText.foldWidth(raw);
		assertThat(ChineseText.foldWidth(once)).isEqualTo(once);
		assertThat(once).hasSameSizeAs(raw);
		assertThat(once.chars().noneMatch((c) -> (c >= 0xff10 && c <= 0xff19) || c == 0x3000)).isTrue();
	}

	@Property(tries = 2000)
	void fieldIsWidthFoldedThenNormalizedWhateverTheShortCut(@ForAll("text") String raw) {
		String steps = ChineseText.normalizeSpace(ChineseText.foldWidth(raw));
		assertThat(ChineseText.field(raw)).isEqualTo(steps.isEmpty() ? null : steps);
	}

	@Property(tries = 1000)
	void fieldIsIdempotentAndNeverBlank(@ForAll("text") String raw) {
		String once = ChineseText.field(raw);
		if (once == null) {
			assertThat(ChineseText.normalizeSpace(raw)).isEmpty();
			return;
		}
		assertThat(once).isNotBlank();
		assertThat(ChineseText.field(once)).isEqualTo(once);
		assertThat(once.length()).isLessThanOrEqualTo(raw.length());
	}

	@Property(tries = 1000)
	void squeezeIsIdempotentAndLeavesNoSpace(@ForAll("text") String raw) {
		String once = ChineseText.squeeze(raw);
		assertThat(ChineseText.squeeze(once)).isEqualTo(once);
		assertThat(once.chars().noneMatch((c) -> ChineseText.isSpace((char) c) || ChineseText.isZeroWidth((char) c)))
			.isTrue();
		assertThat(ChineseText.hanCount(once)).isEqualTo(ChineseText.hanCount(ChineseText.normalizeSpace(raw)));
	}

	@Property(tries = 2000)
	void dateFindingNeverThrowsAndStaysInASaneRange(@ForAll("dateText") String raw, @ForAll boolean dayFirst) {
		Optional<DateTimes.Found> found = DateTimes.find(raw, dayFirst);
		found.ifPresent((f) -> {
			assertThat(f.dateTime().getYear()).isBetween(1900, 2099);
			assertThat(f.start()).isBetween(0, raw.length());
			assertThat(f.end()).isBetween(f.start() + 1, raw.length());
			if (f.offset() != null) {
				assertThat(f.offset().getTotalSeconds()).isBetween(-18 * 3600, 18 * 3600);
			}
			assertThat(f.at(SHANGHAI)).isNotNull();
		});
	}

	@Property(tries = 2000)
	void theMatchedTextAloneParsesToTheSameDate(@ForAll("dateText") String raw) {
		DateTimes.find(raw).ifPresent((f) -> {
			String matched = raw.substring(f.start(), f.end());
			assertThat(DateTimes.find(matched)).as("date matched in %s", matched)
				.hasValueSatisfying((again) -> assertThat(again.dateTime()).isEqualTo(f.dateTime()));
		});
	}

	@Property(tries = 1000)
	void parsingAnyStringNeverThrows(@ForAll("text") String raw) {
		assertThat(DateTimes.parse(raw, SHANGHAI)).isNotNull();
		assertThat(DateTimes.find(raw, true)).isNotNull();
	}

	@Test
	void longRunsOfDateLikeTextDoNotMakeTheParserBacktrack() {
		String[] hostile = { "2019-05-".repeat(50_000), "2019年5月21日 下午".repeat(20_000) + "x",
				"December 21, ".repeat(40_000), "1/".repeat(200_000) + "2019", " ".repeat(300_000) + "2019-05-21 0",
				"12:".repeat(100_000) };
		for (String text : hostile) {
			assertTimeoutPreemptively(Duration.ofSeconds(5), () -> DateTimes.find(text, false));
		}
	}

	@Provide
	Arbitrary<String> text() {
		return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(80), Arbitraries.strings().all().ofMaxLength(40),
				Arbitraries.strings()
					.withChars("陈刚 \u00a0\u3000\u200b\u200d\ufeff\u00ad\t\n\r\u001c\u2028ＡＺａｚ０９，。、()（）x1\uFFFD")
					.ofMaxLength(60));
	}

	@Provide
	Arbitrary<String> dateText() {
		Arbitrary<String> piece = Arbitraries.of("2019", "1900", "2099", "1899", "2100", "-", "/", ".", "年", "月", "日",
				"05", "5", "13", "29", "30", "31", "02", "0", " ", "  ", ":", "：", "时", "分", "秒", "T", "Z", "+08:00",
				"-05", "+18:30", "+99:99", "上午", "下午", "晚上", "AM", "p.m.", "Dec.", "December", "Sept", "May", "21st",
				",", "at", "UTC", "GMT", "x", "中", "\u00a0", "\n", "23", "24", "59", "60", "12", ".123456789");
		return Arbitraries.oneOf(piece.list().ofMaxSize(16).map((l) -> String.join("", l)),
				Arbitraries.strings().withChars("0123456789-/.:年月日时分 TZ+APMapm").ofMaxLength(40),
				Arbitraries.strings().ofMaxLength(40));
	}

}
