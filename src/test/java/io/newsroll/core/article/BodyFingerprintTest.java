package io.newsroll.core.article;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyFingerprintTest {

	@Test
	void simhashCountsBitsLikeALoopOverEveryBitOfEveryHash() {
		SplittableRandom random = new SplittableRandom(20261124L);
		// lengths around the 255-hash points where the byte lanes are emptied
		int[] lengths = { 0, 1, 2, 3, 255, 256, 257, 510, 511, 512, 1000, 4096, 20000 };
		for (int length : lengths) {
			for (int round = 0; round < 20; round++) {
				StringBuilder text = new StringBuilder(length);
				for (int i = 0; i < length; i++) {
					// a few letters make ties and long runs of the same bigram likely
					text.append((char) ((round % 2 == 0) ? 'a' + random.nextInt(3) : 0x4E00 + random.nextInt(20000)));
				}
				String units = text.toString();
				assertThat(BodyFingerprint.simhash(units)).as("length %d round %d", length, round)
					.isEqualTo(bitByBit(units));
			}
		}
	}

	@Test
	void aReprintWithAFewChangedWordsIsNearAndAnotherStoryIsNot() {
		String body = "The city council voted on Tuesday to approve a new spending plan for schools and roads, after a debate that lasted more than six hours. "
			.repeat(3);
		BodyFingerprint original = BodyFingerprint.of(body);
		BodyFingerprint reprint = BodyFingerprint.of(body.replaceFirst("Tuesday", "Wednesday"));
		BodyFingerprint other = BodyFingerprint
			.of("Officials said the numbers were checked twice by the auditors, who found no error in the accounts of the port authority.");

		assertThat(original.isNear(reprint.simhash())).isTrue();
		assertThat(original.isNear(other.simhash())).isFalse();
		assertThat(BodyFingerprint.of(body.toUpperCase(Locale.ROOT)).hash()).isEqualTo(original.hash());
	}

	/** The plain definition: +1 or -1 per bit of every bigram's hash. */
	private static long bitByBit(String units) {
		int n = units.length();
		if (n < 2) {
			return 0L;
		}
		int[] weights = new int[64];
		for (int i = 0; i + 1 < n; i++) {
			long z = (((long) units.charAt(i)) << 16) | units.charAt(i + 1);
			z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
			z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
			long h = z ^ (z >>> 31);
			for (int bit = 0; bit < 64; bit++) {
				weights[bit] += (((h >>> bit) & 1L) != 0) ? 1 : -1;
			}
		}
		long result = 0L;
		for (int bit = 0; bit < 64; bit++) {
			if (weights[bit] > 0) {
				result |= 1L << bit;
			}
		}
		return result;
	}

}
