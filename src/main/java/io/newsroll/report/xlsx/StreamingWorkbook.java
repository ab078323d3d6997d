package io.newsroll.report.xlsx;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * SXSSF with the fastest deflate level, for the temporary sheet files (gzip) and for the
 * workbook itself. A million-row article sheet is about 750 MB of XML: at the default
 * level compressing it twice takes most of the writing time, at the fastest the workbook
 * is a little larger and written much sooner.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

	StreamingWorkbook(XSSFWorkbook workbook, int window) {
		super(workbook, window);
		setCompressTempFiles(true);
	}

	@Override
	protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
		ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
		zip.setLevel(Deflater.BEST_SPEED);
		return zip;
	}

	@Override
	protected SheetDataWriter createSheetDataWriter() throws IOException {
		return new GZIPSheetDataWriter() {

			@Override
			protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
				return new GZIPOutputStream(fos, 1 << 16) {
					{
						this.def.setLevel(Deflater.BEST_SPEED);
					}
				};
			}

		};
	}

}
