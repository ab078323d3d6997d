package io.newsroll.report.pdf;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

/**
 * A small flow layout over PDFBox for A4 portrait pages: headings that become bookmarks,
 * wrapped paragraphs, tables that repeat their header row on every page they run onto,
 * vector charts, and running headers with page numbers added once the page count is
 * known.
 */
final class PdfPages implements Closeable {

	static final PDRectangle PAGE = PDRectangle.A4;

	static final float MARGIN = 48;

	static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

	private static final float TOP = PAGE.getHeight() - MARGIN - 14;

	private static final float BOTTOM = MARGIN + 14;

	private static final Color HEADER_FILL = new Color(0xDD, 0xE4, 0xEE);

	private static final Color STRIPE_FILL = new Color(0xF5, 0xF7, 0xFA);

	private static final Color RULE = new Color(0x2F, 0x6E, 0xBA);

	/** Text that opens a web address: the blue of links. */
	private static final Color LINK = new Color(0x1A, 0x4F, 0x9C);

	/**
	 * One column of a table: heading, share of the page width, right-aligned (numbers) or
	 * not.
	 */
	record TableColumn(String heading, float share, boolean numeric) {
	}

	private final PDDocument doc;

	private final TrueTypeFont ttf;

	private final PDType0Font font;

	private final PdfBoxGraphics2DFontTextDrawer chartText;

	private final PDDocumentOutline outline = new PDDocumentOutline();

	private PDPage page;

	private PDPageContentStream content;

	private float y;

	PdfPages(PDDocument doc) throws IOException {
		this.doc = doc;
		this.ttf = CjkFont.parse();
		this.font = CjkFont.load(doc, this.ttf);
		this.chartText = new PdfBoxGraphics2DFontTextDrawer();
		this.chartText.registerFont(CjkFont.awt(10).getFontName(), this.font);
	}

	PDType0Font font() {
		return this.font;
	}

	void newPage() throws IOException {
		closeContent();
		this.page = new PDPage(PAGE);
		this.doc.addPage(this.page);
		this.content = new PDPageContentStream(this.doc, this.page);
		this.y = TOP;
	}

	/** Starts a new page unless {@code height} points still fit on this one. */
	void ensure(float height) throws IOException {
		if (this.page == null || this.y - height < BOTTOM) {
			newPage();
		}
	}

	void gap(float height) {
		this.y -= height;
	}

	/**
	 * A section heading, bookmarked in the outline; keeps at least {@code keep} points
	 * below it on the page.
	 */
	void section(String title, float keep) throws IOException {
		ensure(40 + keep);
		if (this.y < TOP) {
			this.y -= 10;
		}
		PDOutlineItem item = new PDOutlineItem();
		item.setTitle(title);
		PDPageXYZDestination destination = new PDPageXYZDestination();
		destination.setPage(this.page);
		destination.setTop(Math.round(this.y + 14));
		item.setDestination(destination);
		this.outline.addLast(item);
		text(MARGIN, this.y - 14, title, 14, true, Color.BLACK);
		this.content.setStrokingColor(RULE);
		this.content.setLineWidth(1f);
		this.content.moveTo(MARGIN, this.y - 20);
		this.content.lineTo(MARGIN + WIDTH, this.y - 20);
		this.content.stroke();
		this.y -= 32;
	}

	/** A paragraph wrapped to the page width. */
	void paragraph(String text, float size, Color color) throws IOException {
		for (String line : wrap(CjkFont.printable(text), size, WIDTH)) {
			ensure(size * 1.5f);
			text(MARGIN, this.y - size, line, size, false, color);
			this.y -= size * 1.5f;
		}
	}

	/** A large centred line (the title page). */
	void centered(String text, float size, boolean bold) throws IOException {
		ensure(size * 1.6f);
		String t = fit(CjkFont.printable(text), size, WIDTH);
		float w = width(t, size);
		text(MARGIN + (WIDTH - w) / 2, this.y - size, t, size, bold, Color.BLACK);
		this.y -= size * 1.6f;
	}

	/**
	 * A table; rows that do not fit move to the next page under a repeated header row.
	 * Cells too long for their column are cut with an ellipsis.
	 */
	void table(List<TableColumn> columns, List<List<String>> rows) throws IOException {
		table(columns, rows, List.of(), -1);
	}

	/**
	 * A table whose cells in column {@code linkColumn} open a web address: row i links to
	 * {@code links.get(i)} (none when null, not a web address, or past the list's end).
	 */
	void table(List<TableColumn> columns, List<List<String>> rows, List<String> links, int linkColumn)
			throws IOException {
		float size = 8.5f;
		float rowHeight = 15;
		ensure(rowHeight * 2);
		header(columns, size, rowHeight);
		int n = 0;
		for (List<String> row : rows) {
			if (this.y - rowHeight < BOTTOM) {
				newPage();
				header(columns, size, rowHeight);
			}
			if (n++ % 2 == 1) {
				fill(MARGIN, this.y - rowHeight, WIDTH, rowHeight, STRIPE_FILL);
			}
			String link = (n - 1 < links.size()) ? links.get(n - 1) : null;
			boolean linked = linkColumn >= 0 && link != null && isWebAddress(link);
			cells(columns, row, size, rowHeight, false, linked ? linkColumn : -1);
			if (linked) {
				float x = MARGIN;
				for (int c = 0; c < linkColumn; c++) {
					x += WIDTH * columns.get(c).share();
				}
				link(new PDRectangle(x, this.y - rowHeight, WIDTH * columns.get(linkColumn).share(), rowHeight), link);
			}
			this.y -= rowHeight;
		}
		this.y -= 8;
	}

	/** A clickable area of the current page that opens a web address. */
	private void link(PDRectangle area, String address) throws IOException {
		PDActionURI action = new PDActionURI();
		action.setURI(address);
		PDAnnotationLink annotation = new PDAnnotationLink();
		annotation.setRectangle(area);
		annotation.setAction(action);
		PDBorderStyleDictionary border = new PDBorderStyleDictionary();
		border.setWidth(0);
		annotation.setBorderStyle(border);
		this.page.getAnnotations().add(annotation);
	}

	private static boolean isWebAddress(String s) {
		return (s.startsWith("http://") || s.startsWith("https://")) && s.length() < 2000
				&& s.chars().noneMatch((c) -> c <= ' ' || c == '"');
	}

	private void header(List<TableColumn> columns, float size, float rowHeight) throws IOException {
		fill(MARGIN, this.y - rowHeight, WIDTH, rowHeight, HEADER_FILL);
		cells(columns, columns.stream().map(TableColumn::heading).toList(), size, rowHeight, true, -1);
		this.y -= rowHeight;
	}

	/** A row's cells; the one in column {@code linked} (if not -1) in the link colour. */
	private void cells(List<TableColumn> columns, List<String> values, float size, float rowHeight, boolean bold,
			int linked) throws IOException {
		float x = MARGIN;
		for (int c = 0; c < columns.size(); c++) {
			TableColumn column = columns.get(c);
			float w = WIDTH * column.share();
			String value = (c < values.size() && values.get(c) != null) ? values.get(c) : "";
			String cell = fit(CjkFont.printable(value), size, w - 8);
			float tx = column.numeric() ? x + w - 4 - width(cell, size) : x + 4;
			text(tx, this.y - rowHeight + 4.5f, cell, size, bold, (c == linked) ? LINK : Color.BLACK);
			x += w;
		}
	}

	/** A JFreeChart drawn as vectors into a form XObject, full width. */
	void chart(JFreeChart chart, float height) throws IOException {
		ensure(height + 8);
		PdfBoxGraphics2D g = new PdfBoxGraphics2D(this.doc, WIDTH, height);
		g.setFontTextDrawer(this.chartText);
		chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, height));
		g.dispose();
		PDFormXObject form = g.getXFormObject();
		this.content.saveGraphicsState();
		this.content.transform(Matrix.getTranslateInstance(MARGIN, this.y - height));
		this.content.drawForm(form);
		this.content.restoreGraphicsState();
		this.y -= height + 8;
	}

	/**
	 * Finishes the document: the outline, and on every page but the first a running
	 * header and a footer "page i of n" made by {@code pageLabel(i, n)}.
	 */
	void finish(String runningHeader, PageLabel pageLabel) throws IOException {
		closeContent();
		this.doc.getDocumentCatalog().setDocumentOutline(this.outline);
		this.doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
		int total = this.doc.getNumberOfPages();
		for (int i = 0; i < total; i++) {
			PDPage p = this.doc.getPage(i);
			try (PDPageContentStream cs = new PDPageContentStream(this.doc, p, AppendMode.APPEND, true, true)) {
				this.content = cs;
				String footer = pageLabel.text(i + 1, total);
				text(MARGIN + (WIDTH - width(footer, 8)) / 2, MARGIN - 10, footer, 8, false, Color.DARK_GRAY);
				if (i > 0) {
					String header = fit(CjkFont.printable(runningHeader), 8, WIDTH);
					text(MARGIN, PAGE.getHeight() - MARGIN + 4, header, 8, false, Color.DARK_GRAY);
					cs.setStrokingColor(Color.LIGHT_GRAY);
					cs.setLineWidth(0.5f);
					cs.moveTo(MARGIN, PAGE.getHeight() - MARGIN);
					cs.lineTo(MARGIN + WIDTH, PAGE.getHeight() - MARGIN);
					cs.stroke();
				}
			}
			finally {
				this.content = null;
			}
		}
	}

	/** Makes the page-number text from the page number and the page count. */
	@FunctionalInterface
	interface PageLabel {

		String text(int page, int pages);

	}

	/**
	 * Frees the parsed font and the chart text drawer; call after the document is saved.
	 */
	@Override
	public void close() throws IOException {
		this.chartText.close();
		this.ttf.close();
	}

	private void closeContent() throws IOException {
		if (this.content != null) {
			this.content.close();
			this.content = null;
		}
	}

	private void text(float x, float baseline, String text, float size, boolean bold, Color color) throws IOException {
		if (text.isEmpty()) {
			return;
		}
		this.content.beginText();
		this.content.setFont(this.font, size);
		this.content.setNonStrokingColor(color);
		if (bold) {
			// the project ships one weight; a thin outline stroke gives headings their
			// weight
			this.content.setRenderingMode(RenderingMode.FILL_STROKE);
			this.content.setStrokingColor(color);
			this.content.setLineWidth(size * 0.03f);
		}
		this.content.newLineAtOffset(x, baseline);
		this.content.showText(text);
		if (bold) {
			this.content.setRenderingMode(RenderingMode.FILL);
		}
		this.content.endText();
	}

	private void fill(float x, float y, float w, float h, Color color) throws IOException {
		this.content.setNonStrokingColor(color);
		this.content.addRect(x, y, w, h);
		this.content.fill();
	}

	float width(String text, float size) throws IOException {
		return this.font.getStringWidth(text) / 1000f * size;
	}

	/** The text, cut with an ellipsis where it would pass {@code max} points. */
	String fit(String text, float size, float max) throws IOException {
		if (width(text, size) <= max) {
			return text;
		}
		int end = text.length();
		while (end > 0 && width(text.substring(0, end) + "…", size) > max) {
			end = text.offsetByCodePoints(end, -1);
		}
		return text.substring(0, end) + "…";
	}

	/**
	 * Greedy line breaking: at spaces for Latin text, anywhere between CJK characters.
	 */
	private List<String> wrap(String text, float size, float max) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		int lastBreak = -1;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			line.appendCodePoint(cp);
			if (cp == ' ' || cp > 0x2E80) {
				lastBreak = line.length();
			}
			if (width(line.toString(), size) > max && line.length() > 1) {
				int cut = (lastBreak > 0 && lastBreak < line.length()) ? lastBreak
						: line.length() - Character.charCount(cp);
				lines.add(line.substring(0, cut).stripTrailing());
				String rest = line.substring(cut);
				line.setLength(0);
				line.append(rest.stripLeading());
				lastBreak = -1;
			}
			i += Character.charCount(cp);
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

}
