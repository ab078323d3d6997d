package io.newsroll.core.article;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import io.newsroll.core.reject.ReasonCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Inflating trusts the gzip trailer's length only as a first guess: whatever the trailer
 * says, the page comes back whole, and the limit holds.
 */
class GzipTest {

	private static final byte[] PAGE = page(300_000);

	@Test
	void inflatesAPageWhoseTrailerGivesItsLength() throws Exception {
		assertThat(Gzip.inflate(gzip(PAGE), 10_000_000)).isEqualTo(PAGE);
	}

	@Test
	void inflatesEveryMemberOfAConcatenatedFileThoughTheTrailerCountsOnlyTheLast() throws Exception {
		byte[] first = Arrays.copyOf(PAGE, 200_000);
		byte[] last = "<p>tail</p>".getBytes(StandardCharsets.UTF_8);
		byte[] both = concat(gzip(first), gzip(last));

		assertThat(Gzip.inflate(both, 10_000_000)).isEqualTo(concat(first, last));
	}

	@Test
	void aTrailerWithTheWrongLengthIsCorruptDataNeverAShortOrPaddedPage() throws Exception {
		for (long claimed : new long[] { 0, 10, PAGE.length - 1, PAGE.length + 1, 5_000_000, 0xffffffffL }) {
			byte[] gz = gzip(PAGE);
			int n = gz.length;
			gz[n - 4] = (byte) claimed;
			gz[n - 3] = (byte) (claimed >>> 8);
			gz[n - 2] = (byte) (claimed >>> 16);
			gz[n - 1] = (byte) (claimed >>> 24);

			assertThatThrownBy(() -> Gzip.inflate(gz, 10_000_000)).as("claimed %d", claimed)
				.isInstanceOfSatisfying(PageProblem.class,
						(problem) -> assertThat(problem.reason()).isEqualTo(ReasonCode.UNREADABLE))
				.hasMessageContaining("corrupt gzip data");
		}
	}

	@Test
	void stopsAtTheLimitWhateverTheTrailerSays() throws Exception {
		byte[] bomb = gzip(new byte[5_000_000]);

		assertThatThrownBy(() -> Gzip.inflate(bomb, 1_000_000)).isInstanceOf(PageProblem.class)
			.hasMessageContaining("inflates beyond the limit of 1000000 bytes");
		assertThat(Gzip.inflate(bomb, 5_000_000)).hasSize(5_000_000);
	}

	@Test
	void inflatesAnEmptyPage() throws Exception {
		assertThat(Gzip.inflate(gzip(new byte[0]), 1000)).isEmpty();
	}

	private static byte[] page(int size) {
		Random random = new Random(7);
		StringBuilder sb = new StringBuilder(size);
		while (sb.length() < size) {
			sb.append("<p>工会 paragraph ").append(random.nextInt(1_000_000)).append("</p>\n");
		}
		return sb.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] gzip(byte[] data) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
			gz.write(data);
		}
		return out.toByteArray();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

}
