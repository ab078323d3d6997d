package io.newsroll.core.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a UTF-8 page that carries some text in GB18030 (GBK): a template in UTF-8 with a
 * field a content system pasted in GBK. {@link PageDecoder} asks only after strict UTF-8
 * failed, so valid UTF-8 pages never come here.
 * <p>
 * The page is cut into stretches of text between two markup or line-break bytes
 * ({@code < > \n \r}, which never occur inside a GB18030 character). A stretch that is
 * valid UTF-8 is read as UTF-8. In a stretch that is not, ASCII is ASCII, and each run of
 * other bytes is read as GB18030 unless it is valid UTF-8 with a character of three bytes
 * or more (Chinese written in UTF-8; a GBK run that is valid UTF-8 by accident is at most
 * a few two-byte letters). The result is used only when every GB18030 run decodes cleanly
 * to ordinary characters, mostly of GB2312's area (as Chinese text in GBK does), the
 * UTF-8 side has several characters of three bytes or more of its own, and the runs read
 * as GB18030 are at most half of the page's bytes; anything else (random binary, a page
 * wholly in GBK, broken bytes, traditional characters in GBK) is left to charset
 * detection as before.
 */
final class MixedEncoding {

	/**
	 * Fewer UTF-8 characters of three bytes or more than this are no evidence that the
	 * page is UTF-8 (none of the development corpus's Chinese pages re-encoded in GBK had
	 * one by accident).
	 */
	static final int MIN_UTF8_CHARS = 8;

	/**
	 * Chinese text in GBK keeps nearly all its characters in GB2312's area (leads A1-F7,
	 * trails A1-FE: the common hanzi and full-width punctuation); random high bytes,
	 * which GB18030 decodes too, land there a third to a half of the time.
	 */
	static final double MIN_COMMON_SHARE = 0.8;

	/** A page read from both charsets, and how many runs were read as GB18030. */
	record Read(String text, int gb18030Runs) {
	}

	private MixedEncoding() {
	}

	/**
	 * Reads the bytes as UTF-8 with GB18030 runs, or says that they are not such a page.
	 */
	static Optional<Read> read(byte[] bytes) {
		CharsetDecoder gb = PageDecoder.GB18030.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		StringBuilder text = new StringBuilder(bytes.length);
		int runs = 0;
		long gbBytes = 0;
		long utf8Chars = 0;
		long gbChars = 0;
		long gbCommon = 0;
		int n = bytes.length;
		int from = 0;
		while (from < n) {
			int to = from;
			while (to < n && !isDelimiter(bytes[to])) {
				to++;
			}
			int end = Math.min(to + 1, n);
			if (PageDecoder.isUtf8(bytes, from, to)) {
				utf8Chars += longSequences(bytes, from, end);
				text.append(new String(bytes, from, end - from, StandardCharsets.UTF_8));
				from = end;
				continue;
			}
			int i = from;
			while (i < to) {
				if (bytes[i] >= 0) {
					text.append((char) bytes[i]);
					i++;
					continue;
				}
				int high = i;
				while (high < to && bytes[high] < 0) {
					high++;
				}
				long longChars = longSequences(bytes, i, high);
				if (longChars > 0 && PageDecoder.isUtf8(bytes, i, high)) {
					utf8Chars += longChars;
					text.append(new String(bytes, i, high - i, StandardCharsets.UTF_8));
					i = high;
					continue;
				}
				int run = gb18030RunEnd(bytes, i, to);
				if (run < 0 || !appendGb18030(text, gb, bytes, i, run)) {
					return Optional.empty();
				}
				runs++;
				gbBytes += run - i;
				if (gbBytes * 2 > n) {
					return Optional.empty();
				}
				gbChars += countCharacters(bytes, i, run, false);
				gbCommon += countCharacters(bytes, i, run, true);
				i = run;
			}
			if (to < n) {
				text.append((char) bytes[to]);
			}
			from = end;
		}
		if (runs == 0 || utf8Chars < MIN_UTF8_CHARS || gbBytes * 2 > n || gbCommon < gbChars * MIN_COMMON_SHARE) {
			return Optional.empty();
		}
		return Optional.of(new Read(text.toString(), runs));
	}

	private static boolean isDelimiter(byte b) {
		return b == '<' || b == '>' || b == '\n' || b == '\r';
	}

	/**
	 * Where a run of GB18030 characters starting at {@code from} ends: before the first
	 * ASCII byte where a character would start. -1 if a character is malformed or cut by
	 * the end of the stretch.
	 */
	private static int gb18030RunEnd(byte[] b, int from, int to) {
		int i = from;
		while (i < to && b[i] < 0) {
			int lead = b[i] & 0xff;
			if (lead == 0x80 || lead == 0xff || i + 1 >= to) {
				return -1;
			}
			int second = b[i + 1] & 0xff;
			if (second >= 0x30 && second <= 0x39) {
				if (i + 3 >= to || (b[i + 2] & 0xff) < 0x81 || (b[i + 2] & 0xff) == 0xff || (b[i + 3] & 0xff) < 0x30
						|| (b[i + 3] & 0xff) > 0x39) {
					return -1;
				}
				i += 4;
			}
			else if ((second >= 0x40 && second <= 0x7e) || (second >= 0x80 && second <= 0xfe)) {
				i += 2;
			}
			else {
				return -1;
			}
		}
		return i;
	}

	/**
	 * How many characters a well-formed GB18030 run holds, or only those in GB2312's
	 * area.
	 */
	private static long countCharacters(byte[] b, int from, int to, boolean gb2312Only) {
		long count = 0;
		int i = from;
		while (i < to) {
			int lead = b[i] & 0xff;
			int second = b[i + 1] & 0xff;
			if (second >= 0x30 && second <= 0x39) {
				count += gb2312Only ? 0 : 1;
				i += 4;
				continue;
			}
			count += (!gb2312Only || (lead >= 0xa1 && lead <= 0xf7 && second >= 0xa1 && second <= 0xfe)) ? 1 : 0;
			i += 2;
		}
		return count;
	}

	/**
	 * Decodes one run strictly, and accepts it only if it reads as ordinary characters:
	 * GB18030 maps every well-formed sequence somewhere, including private-use and
	 * unassigned code points that random bytes would land on.
	 */
	private static boolean appendGb18030(StringBuilder text, CharsetDecoder gb, byte[] b, int from, int to) {
		CharBuffer chars;
		try {
			chars = gb.reset().decode(ByteBuffer.wrap(b, from, to - from));
		}
		catch (CharacterCodingException ex) {
			return false;
		}
		String run = chars.toString();
		for (int i = 0; i < run.length();) {
			int cp = run.codePointAt(i);
			int type = Character.getType(cp);
			if (type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE
					|| type == Character.CONTROL || cp == 0xfffd) {
				return false;
			}
			i += Character.charCount(cp);
		}
		text.append(run);
		return true;
	}

	/**
	 * How many characters of three bytes or more a range of UTF-8 starts (two-byte ones
	 * are too easily GBK read as UTF-8 by accident to count).
	 */
	private static long longSequences(byte[] b, int from, int to) {
		long count = 0;
		for (int i = from; i < to; i++) {
			if ((b[i] & 0xf0) >= 0xe0) {
				count++;
			}
		}
		return count;
	}

}
