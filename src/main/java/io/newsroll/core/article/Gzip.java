package io.newsroll.core.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import io.newsroll.core.reject.ReasonCode;

/**
 * Inflates gzip-compressed pages with a hard limit on the inflated size, so that a small
 * "gzip bomb" cannot fill the heap: reading stops as soon as the limit is passed.
 */
final class Gzip {

	private Gzip() {
	}

	static boolean hasMagic(byte[] content) {
		return content.length >= 2 && (content[0] & 0xff) == 0x1f && (content[1] & 0xff) == 0x8b;
	}

	/**
	 * The inflated bytes. The array is sized from the gzip trailer's length field, so a
	 * page is inflated into one array of its exact size (a large page used to pass
	 * through three growing buffers and a copy, each big enough for the garbage collector
	 * to treat it as a humongous object); a trailer that is wrong or belongs to the last
	 * of several members only costs a copy.
	 */
	static byte[] inflate(byte[] content, long maxBytes) throws PageProblem {
		if (!hasMagic(content)) {
			throw new PageProblem(ReasonCode.UNREADABLE, "named .gz but not gzip data (no gzip header)");
		}
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content), 8192)) {
			byte[] out = new byte[initialSize(content, maxBytes)];
			int length = in.readNBytes(out, 0, out.length);
			int next;
			// the array is full: more than the trailer said, or the end
			while (length == out.length && (next = in.read()) >= 0) {
				if (length >= cap(maxBytes)) {
					throw tooLarge(content, maxBytes);
				}
				out = Arrays.copyOf(out, (int) Math.min(Math.max(16384L, 2L * out.length), cap(maxBytes)));
				out[length++] = (byte) next;
				length += in.readNBytes(out, length, out.length - length);
			}
			return (length == out.length) ? out : Arrays.copyOf(out, length);
		}
		catch (IOException ex) {
			throw new PageProblem(ReasonCode.UNREADABLE, "corrupt gzip data: " + ex.getMessage());
		}
	}

	/**
	 * The inflated size the trailer gives (its last four bytes, little-endian), when it
	 * is possible for this much deflated data and within the limit; else a guess.
	 */
	private static int initialSize(byte[] content, long maxBytes) {
		long cap = cap(maxBytes);
		if (content.length >= 18) {
			int n = content.length;
			long size = (content[n - 4] & 0xffL) | (content[n - 3] & 0xffL) << 8 | (content[n - 2] & 0xffL) << 16
					| (content[n - 1] & 0xffL) << 24;
			// deflate cannot shrink data more than about 1,032 to 1
			if (size <= cap && size <= 1032L * n) {
				return (int) size;
			}
		}
		return (int) Math.min(cap, Math.max(1024L, content.length * 4L));
	}

	/** The largest array the limit allows. */
	private static long cap(long maxBytes) {
		return Math.min(maxBytes, Integer.MAX_VALUE - 16);
	}

	private static PageProblem tooLarge(byte[] content, long maxBytes) {
		return new PageProblem(ReasonCode.TOO_LARGE, "gzip content inflates beyond the limit of " + maxBytes
				+ " bytes (" + content.length + " bytes compressed)");
	}

}
