package io.newsroll.report.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font that ships with newsroll (Noto Sans SC, OFL; see {@code fonts/README.md}),
 * read once per process: embedded as a subset into each PDF, and registered with AWT so
 * that JFreeChart measures and draws its labels with the same glyphs.
 */
final class CjkFont {

	static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";

	private CjkFont() {
	}

	/** Holder idiom: the 10 MB font is read on first use, by one thread. */
	private static final class Loaded {

		static final byte[] BYTES = read();

		static final Font AWT = awt(BYTES);

	}

	/**
	 * Parses the font for one document. Glyph substitution is switched off: PDFBox would
	 * otherwise set "fi" as a ligature, and the PDF's text (copy, search, the tests' text
	 * stripper) would read "ﬁle". The caller closes the font once the document is saved.
	 */
	static TrueTypeFont parse() throws IOException {
		TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(Loaded.BYTES));
		ttf.setEnableGsub(false);
		return ttf;
	}

	/**
	 * Loads the parsed font into a document, to be embedded as a subset of the glyphs
	 * used.
	 */
	static PDType0Font load(PDDocument doc, TrueTypeFont ttf) throws IOException {
		return PDType0Font.load(doc, ttf, true);
	}

	/** The AWT font at the given size. */
	static Font awt(float size) {
		return Loaded.AWT.deriveFont(size);
	}

	/**
	 * Text the font can show: control characters become spaces, characters without a
	 * glyph become {@code ?} (PDFBox refuses to encode them, which would fail the whole
	 * report over one odd title).
	 */
	static String printable(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(text.length());
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
				sb.append(' ');
			}
			else if (Loaded.AWT.canDisplay(cp)) {
				sb.appendCodePoint(cp);
			}
			else {
				sb.append('?');
			}
			i += Character.charCount(cp);
		}
		return sb.toString();
	}

	private static byte[] read() {
		try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("the report font " + RESOURCE + " is missing from the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Font awt(byte[] bytes) {
		try {
			return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
		}
		catch (FontFormatException | IOException ex) {
			throw new IllegalStateException("cannot read the report font " + RESOURCE + ": " + ex.getMessage(), ex);
		}
	}

}
