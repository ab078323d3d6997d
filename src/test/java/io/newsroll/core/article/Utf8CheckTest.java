package io.newsroll.core.article;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PageDecoder} takes a UTF-8 decoding without U+FFFD as proof that the bytes were
 * strict UTF-8 ({@link PageDecoder#isUtf8}): the JDK's decoder must refuse everything
 * {@code isUtf8} refuses (overlong forms, surrogates, code points over U+10FFFF, stray
 * continuation bytes), which these tests check on every sequence of up to three bytes
 * after ASCII and on every four-byte lead.
 */
class Utf8CheckTest {

	@Test
	void decodesWithoutReplacementOnlyWhatIsStrictUtf8UpToThreeBytes() {
		byte[] two = new byte[3];
		byte[] three = new byte[4];
		two[0] = 'a';
		three[0] = 'a';
		for (int a = 0x80; a < 0x100; a++) {
			for (int b = 0; b < 0x100; b++) {
				two[1] = (byte) a;
				two[2] = (byte) b;
				assertAgrees(two);
				if (a >= 0xe0) {
					for (int c = 0; c < 0x100; c++) {
						three[1] = (byte) a;
						three[2] = (byte) b;
						three[3] = (byte) c;
						assertAgrees(three);
					}
				}
			}
		}
	}

	@Test
	void decodesWithoutReplacementOnlyWhatIsStrictUtf8InFourBytes() {
		byte[] four = new byte[6];
		int[] tails = { 0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0xbf, 0xc0, 0xff };
		for (int a = 0xf0; a < 0x100; a++) {
			for (int b = 0; b < 0x100; b++) {
				for (int c : tails) {
					for (int d : tails) {
						four[0] = 'x';
						four[1] = (byte) a;
						four[2] = (byte) b;
						four[3] = (byte) c;
						four[4] = (byte) d;
						four[5] = 'y';
						assertAgrees(four);
					}
				}
			}
		}
	}

	@Property(tries = 2000)
	void decodesRandomBytesWithoutReplacementOnlyWhenStrictUtf8(@ForAll @Size(max = 24) byte[] bytes) {
		assertAgrees(bytes);
	}

	@Test
	void aPageCutInsideASequenceIsStillUtf8ThoughItsDecodingEndsInAReplacement() {
		byte[] cut = Arrays.copyOf("中文".getBytes(StandardCharsets.UTF_8), 5);
		assertThat(new String(cut, StandardCharsets.UTF_8)).contains("\ufffd");
		assertThat(PageDecoder.isUtf8(cut)).isTrue();
	}

	private static void assertAgrees(byte[] bytes) {
		if (new String(bytes, StandardCharsets.UTF_8).indexOf('\ufffd') < 0) {
			assertThat(PageDecoder.isUtf8(bytes)).as(Arrays.toString(bytes)).isTrue();
		}
	}

}
