package io.newsroll.core.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Fingerprints of an article body for finding copies: an exact hash of the normalized
 * body (same text, whatever the whitespace, punctuation or width) and a 64-bit simhash
 * over character bigrams, so that reprints whose bodies differ by a few lines lie within
 * a few bits of each other.
 *
 * @param hash SHA-256 (hex) of the body's letters and digits, NFKC-folded and lower-cased
 * @param simhash the 64-bit simhash
 */
public record BodyFingerprint(String hash, long simhash) {

	/** Reprints are bodies whose simhashes differ in at most this many bits. */
	public static final int NEAR_BITS = 3;

	public static BodyFingerprint of(String body) {
		String units = letters(body);
		return new BodyFingerprint(sha256(units), simhash(units));
	}

	/**
	 * The four 16-bit bands: two simhashes within {@link #NEAR_BITS} bits share at least
	 * one.
	 */
	public int band(int i) {
		return (int) ((this.simhash >>> (16 * i)) & 0xFFFF);
	}

	public static int distance(long a, long b) {
		return Long.bitCount(a ^ b);
	}

	public boolean isNear(long otherSimhash) {
		return distance(this.simhash, otherSimhash) <= NEAR_BITS;
	}

	private static String letters(String body) {
		String folded = Normalizer.normalize(body, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder sb = new StringBuilder(folded.length());
		folded.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
		return sb.toString();
	}

	/** One bit of each of the eight bytes of a long. */
	private static final long LOW_BITS = 0x0101010101010101L;

	/**
	 * The simhash: bit b is set when more bigram hashes have it set than not. The ones
	 * are counted eight bit positions at a time, in the byte lanes of eight counters
	 * (lane k of counter j counts bit 8k + j), emptied before a lane can overflow: the
	 * same counts as a loop over the 64 bits of every hash, at an eighth of the work.
	 */
	static long simhash(String units) {
		int n = units.length();
		if (n < 2) {
			return 0L;
		}
		int[] ones = new int[64];
		long[] lanes = new long[8];
		int pending = 0;
		for (int i = 0; i + 1 < n; i++) {
			long h = mix((((long) units.charAt(i)) << 16) | units.charAt(i + 1));
			for (int j = 0; j < 8; j++) {
				lanes[j] += (h >>> j) & LOW_BITS;
			}
			if (++pending == 255) {
				drain(lanes, ones);
				pending = 0;
			}
		}
		drain(lanes, ones);
		int count = n - 1;
		long result = 0L;
		for (int bit = 0; bit < 64; bit++) {
			if (2 * ones[bit] > count) {
				result |= 1L << bit;
			}
		}
		return result;
	}

	private static void drain(long[] lanes, int[] ones) {
		for (int j = 0; j < 8; j++) {
			long lane = lanes[j];
			for (int k = 0; k < 8; k++) {
				ones[8 * k + j] += (int) ((lane >>> (8 * k)) & 0xFF);
			}
			lanes[j] = 0L;
		}
	}

	/** SplitMix64's finalizer: a well-spread 64-bit hash of a bigram. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	private static String sha256(String s) {
		try {
			MessageDigest md = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

}
