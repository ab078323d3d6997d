package io.newsroll.core.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroll.core.reject.ReasonCode;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a page's bytes into text: a byte order mark first, then the charset the HTML
 * declares ({@code <meta charset>}, {@code http-equiv}), then strict UTF-8, then
 * statistical detection (juniversalchardet). GBK and GB2312 are read as their superset
 * GB18030. Binary content (NUL bytes, control characters, many undecodable sequences) is
 * refused as UNREADABLE. A UTF-8 page with runs of GBK in it (a pasted paragraph) is read
 * run by run ({@link MixedEncoding}).
 */
final class PageDecoder {

	static final Charset GB18030 = Charset.forName("GB18030");

	private static final Charset BIG5 = Charset.forName("Big5");

	private static final Pattern META_CHARSET = Pattern
		.compile("<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{2,40})", Pattern.CASE_INSENSITIVE);

	private static final int SNIFF_BYTES = 8192;

	private static final int DETECT_BYTES = 64 * 1024;

	/**
	 * Text decoded from a page, and the charset used.
	 *
	 * @param text the page's text
	 * @param charset the charset the page was read in
	 * @param gb18030Runs how many runs of bytes in a UTF-8 page were read as GB18030
	 * instead (see {@link MixedEncoding}); 0 for a page read in one charset
	 */
	record Decoded(String text, Charset charset, int gb18030Runs) {

		Decoded(String text, Charset charset) {
			this(text, charset, 0);
		}

		/** Whether the page mixed encodings. */
		boolean mixed() {
			return this.gb18030Runs > 0;
		}

	}

	private PageDecoder() {
	}

	static Decoded decode(byte[] bytes, boolean html) throws PageProblem {
		Charset bom = bomCharset(bytes);
		if (bom != null) {
			int skip = (bom == StandardCharsets.UTF_8) ? 3 : 2;
			return checked(new String(bytes, skip, bytes.length - skip, bom), bom);
		}
		Charset utf16 = utf16WithoutBom(bytes);
		if (utf16 != null) {
			return checked(new String(bytes, utf16), utf16);
		}
		int nul = indexOfNul(bytes);
		if (nul >= 0) {
			throw new PageProblem(ReasonCode.UNREADABLE,
					"binary content: NUL byte at offset " + nul + " (not a text or HTML page)");
		}
		Charset declared = html ? declaredCharset(bytes) : null;
		if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
			// Crawlers often re-encode pages to UTF-8 and keep the old declaration: trust
			// bytes that are valid UTF-8 with multi-byte sequences over a declared legacy
			// charset.
			if (isUtf8(bytes) && hasNonAscii(bytes)) {
				return checked(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
			}
			return checked(new String(bytes, declared), declared);
		}
		// Declared UTF-8 or nothing: the bytes decide. Decoding is the check: the decoder
		// replaces every sequence that is not strict UTF-8 with U+FFFD, so a text without
		// one came from valid UTF-8, and only a text with one needs the bytes looked at
		// (a
		// page cut inside a sequence, or U+FFFD written in the page). A page declared
		// UTF-8 whose bytes are not (a GBK page with a copied template's meta tag) goes
		// to detection.
		String utf8 = new String(bytes, StandardCharsets.UTF_8);
		if (utf8.indexOf('\ufffd') < 0 || isUtf8(bytes)) {
			return checked(utf8, StandardCharsets.UTF_8);
		}
		// A UTF-8 page with a paragraph pasted in GBK: read run by run, if the page is
		// mostly UTF-8 and every other run reads cleanly as GB18030.
		Optional<MixedEncoding.Read> mixed = MixedEncoding.read(bytes);
		if (mixed.isPresent()) {
			Decoded read = checked(mixed.get().text(), StandardCharsets.UTF_8);
			return new Decoded(read.text(), read.charset(), mixed.get().gb18030Runs());
		}
		Charset detected = detect(bytes);
		if (detected == null) {
			detected = GB18030;
		}
		return checked(new String(bytes, detected), detected);
	}

	private static Charset bomCharset(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
			return StandardCharsets.UTF_8;
		}
		if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
			return StandardCharsets.UTF_16BE;
		}
		if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
			return StandardCharsets.UTF_16LE;
		}
		return null;
	}

	/** UTF-16 without a BOM shows as ASCII text with every other byte zero. */
	private static Charset utf16WithoutBom(byte[] b) {
		int n = Math.min(b.length, 512) & ~1;
		if (n < 8) {
			return null;
		}
		int zeroEven = 0;
		int zeroOdd = 0;
		for (int i = 0; i < n; i += 2) {
			if (b[i] == 0) {
				zeroEven++;
			}
			if (b[i + 1] == 0) {
				zeroOdd++;
			}
		}
		int pairs = n / 2;
		if (zeroOdd > pairs * 0.8 && zeroEven < pairs * 0.1) {
			return StandardCharsets.UTF_16LE;
		}
		if (zeroEven > pairs * 0.8 && zeroOdd < pairs * 0.1) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	private static int indexOfNul(byte[] b) {
		for (int i = 0; i < b.length; i++) {
			if (b[i] == 0) {
				return i;
			}
		}
		return -1;
	}

	private static boolean hasNonAscii(byte[] b) {
		for (byte x : b) {
			if (x < 0) {
				return true;
			}
		}
		return false;
	}

	static Charset declaredCharset(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
		Matcher m = META_CHARSET.matcher(head);
		if (!m.find()) {
			return null;
		}
		return charsetNamed(m.group(1));
	}

	static Charset charsetNamed(String name) {
		String key = name.toLowerCase(Locale.ROOT).replace('_', '-');
		if (key.equals("gb2312") || key.equals("gbk") || key.equals("x-gbk") || key.equals("gb18030")
				|| key.startsWith("gb-2312") || key.equals("cp936") || key.equals("euc-cn")) {
			return GB18030;
		}
		if (key.startsWith("big5") || key.equals("x-x-big5") || key.equals("cp950")) {
			return BIG5;
		}
		if (key.equals("utf8") || key.equals("unicode")) {
			return StandardCharsets.UTF_8;
		}
		try {
			return Charset.forName(key);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return null;
		}
	}

	/** Strict UTF-8 validation, without building a string. */
	static boolean isUtf8(byte[] b) {
		return isUtf8(b, 0, b.length);
	}

	/**
	 * Strict UTF-8 validation of a range. A sequence cut by the end of the array (not of
	 * the range) is forgiven: a truncated page is no reason to call it non-UTF-8.
	 */
	static boolean isUtf8(byte[] b, int from, int to) {
		int i = from;
		while (i < to) {
			int c = b[i] & 0xff;
			if (c < 0x80) {
				i++;
				continue;
			}
			int extra;
			int min;
			if (c >= 0xc2 && c <= 0xdf) {
				extra = 1;
				min = 0x80;
			}
			else if (c >= 0xe0 && c <= 0xef) {
				extra = 2;
				min = 0x800;
			}
			else if (c >= 0xf0 && c <= 0xf4) {
				extra = 3;
				min = 0x10000;
			}
			else {
				return false;
			}
			int cp = c & (0x3f >> extra);
			for (int k = 1; k <= extra; k++) {
				if (i + k >= to) {
					return to == b.length;
				}
				int cc = b[i + k] & 0xff;
				if ((cc & 0xc0) != 0x80) {
					return false;
				}
				cp = (cp << 6) | (cc & 0x3f);
			}
			if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
				return false;
			}
			i += extra + 1;
		}
		return true;
	}

	private static Charset detect(byte[] bytes) {
		UniversalDetector detector = new UniversalDetector();
		detector.handleData(bytes, 0, Math.min(bytes.length, DETECT_BYTES));
		detector.dataEnd();
		String name = detector.getDetectedCharset();
		if (name == null) {
			return null;
		}
		Charset charset = charsetNamed(name);
		if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
			return null;
		}
		// Legacy single-byte guesses on Chinese pages are usually wrong: prefer GB18030
		// when it decodes cleanly.
		if (!charset.equals(GB18030) && !charset.equals(BIG5) && decodesCleanly(bytes, GB18030)) {
			return GB18030;
		}
		return charset;
	}

	private static boolean decodesCleanly(byte[] bytes, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, 0, Math.min(bytes.length, DETECT_BYTES)));
			return chars.length() > 0;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/**
	 * Refuses text that decoding turned into replacement characters or control
	 * characters: that is binary data or the wrong charset, and loading it would only
	 * store garbage.
	 */
	private static Decoded checked(String text, Charset charset) throws PageProblem {
		int bad = 0;
		int controls = 0;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == '\ufffd') {
				bad++;
			}
			else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
				controls++;
			}
		}
		if (n > 0 && (bad + controls) > 8 && (bad + controls) * 200L > n) {
			throw new PageProblem(ReasonCode.UNREADABLE, "undecodable content: " + bad + " invalid sequences and "
					+ controls + " control characters in " + n + " characters read as " + charset.name());
		}
		return new Decoded(text, charset);
	}

}
