package io.newsroll.core.article;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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

	static byte[] inflate(byte[] content, long maxBytes) throws PageProblem {
		if (!hasMagic(content)) {
			throw new PageProblem(ReasonCode.UNREADABLE, "named .gz but not gzip data (no gzip header)");
		}
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content), 8192)) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, content.length * 4));
			byte[] buffer = new byte[16384];
			long total = 0;
			int n;
			while ((n = in.read(buffer)) > 0) {
				total += n;
				if (total > maxBytes) {
					throw new PageProblem(ReasonCode.TOO_LARGE, "gzip content inflates beyond the limit of " + maxBytes
							+ " bytes (" + content.length + " bytes compressed)");
				}
				out.write(buffer, 0, n);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new PageProblem(ReasonCode.UNREADABLE, "corrupt gzip data: " + ex.getMessage());
		}
	}

}
