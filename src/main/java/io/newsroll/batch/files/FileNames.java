package io.newsroll.batch.files;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A file's name as newsroll stores it (ledger, articles, rejects, reports): its path
 * relative to the input root, forward slashes, and one string per distinct byte string,
 * whatever the bytes. A name in valid UTF-8 is itself. A name whose bytes are not UTF-8
 * (a GBK name as a Windows crawler writes it) would decode to U+FFFD, and three different
 * GBK names of one length would all become the same string; such a name keeps each byte
 * that is not part of a UTF-8 character as {@code \xHH}, and its backslashes as
 * {@code \x5C}, so that the escaped form is injective ({@link #bytes} gives the bytes
 * back). A UTF-8 name that itself holds text like {@code \xE4} is escaped the same way
 * (its backslashes as {@code \x5C}), else it could equal an escaped one.
 */
public final class FileNames {

	private static final Pattern ESCAPE = Pattern.compile("\\\\x[0-9A-Fa-f]{2}");

	private FileNames() {
	}

	/**
	 * The stored name of {@code file} below {@code root}; both absolute and normalized.
	 */
	public static String relative(Path root, Path file) {
		String plain = root.relativize(file).toString();
		if (plain.indexOf('\uFFFD') < 0 && !ESCAPE.matcher(plain).find()) {
			return (file.getFileSystem().getSeparator().equals("\\")) ? plain.replace('\\', '/') : plain;
		}
		byte[] all = rawPath(file);
		byte[] base = rawPath(root);
		int from = base.length + ((base.length > 0 && base[base.length - 1] == '/') ? 0 : 1);
		byte[] relative = java.util.Arrays.copyOfRange(all, Math.min(from, all.length), all.length);
		return of(relative);
	}

	/** The stored name of a relative path's bytes. */
	public static String of(byte[] raw) {
		StringBuilder valid = new StringBuilder();
		boolean invalid = false;
		for (int i = 0; i < raw.length;) {
			int n = sequence(raw, i);
			if (n == 0) {
				invalid = true;
				break;
			}
			valid.append(new String(raw, i, n, StandardCharsets.UTF_8));
			i += n;
		}
		if (!invalid && !ESCAPE.matcher(valid).find()) {
			return valid.toString();
		}
		StringBuilder escaped = new StringBuilder();
		for (int i = 0; i < raw.length;) {
			int n = sequence(raw, i);
			if (n == 0 || raw[i] == '\\') {
				escaped.append(String.format("\\x%02X", raw[i] & 0xFF));
				i++;
			}
			else {
				escaped.append(new String(raw, i, n, StandardCharsets.UTF_8));
				i += n;
			}
		}
		return escaped.toString();
	}

	/** The bytes a stored name stands for. */
	public static byte[] bytes(String name) {
		byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
		if (!ESCAPE.matcher(name).find()) {
			return utf8;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < utf8.length; i++) {
			if (utf8[i] == '\\' && i + 3 < utf8.length && utf8[i + 1] == 'x') {
				out.write(Integer.parseInt(new String(utf8, i + 2, 2, StandardCharsets.US_ASCII), 16));
				i += 3;
			}
			else {
				out.write(utf8[i]);
			}
		}
		return out.toByteArray();
	}

	/**
	 * The length of the well-formed UTF-8 character at {@code i}, or 0 when the byte
	 * there does not start one (RFC 3629: no overlong forms, surrogates or values past
	 * U+10FFFF).
	 */
	static int sequence(byte[] b, int i) {
		int lead = b[i] & 0xFF;
		if (lead < 0x80) {
			return 1;
		}
		int n;
		int min2 = 0x80;
		int max2 = 0xBF;
		if (lead >= 0xC2 && lead <= 0xDF) {
			n = 2;
		}
		else if (lead >= 0xE0 && lead <= 0xEF) {
			n = 3;
			min2 = (lead == 0xE0) ? 0xA0 : 0x80;
			max2 = (lead == 0xED) ? 0x9F : 0xBF;
		}
		else if (lead >= 0xF0 && lead <= 0xF4) {
			n = 4;
			min2 = (lead == 0xF0) ? 0x90 : 0x80;
			max2 = (lead == 0xF4) ? 0x8F : 0xBF;
		}
		else {
			return 0;
		}
		if (i + n > b.length) {
			return 0;
		}
		int second = b[i + 1] & 0xFF;
		if (second < min2 || second > max2) {
			return 0;
		}
		for (int k = 2; k < n; k++) {
			int c = b[i + k] & 0xFF;
			if (c < 0x80 || c > 0xBF) {
				return 0;
			}
		}
		return n;
	}

	/**
	 * A path's bytes as the file system has them: the JDK keeps them in the path and
	 * percent-encodes them in its URI, where its string form has lost them to U+FFFD.
	 */
	private static byte[] rawPath(Path path) {
		String raw = URI.create(path.toUri().toString()).getRawPath();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%' && i + 2 < raw.length()) {
				out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				out.write(b, 0, b.length);
			}
		}
		byte[] bytes = out.toByteArray();
		int end = bytes.length;
		while (end > 1 && bytes[end - 1] == '/') {
			end--; // a directory's URI ends with a slash
		}
		return java.util.Arrays.copyOf(bytes, end);
	}

}
