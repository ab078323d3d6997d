package io.newsroll.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a report file so that its final name only ever holds a complete file: the
 * content goes to a hidden {@code .part} file in the same directory, is forced to disk,
 * and is then renamed atomically. A crash leaves at most a stray {@code .part} file,
 * never a truncated workbook that looks finished.
 */
public final class AtomicFile {

	/**
	 * Writes the content of a file to a stream; the stream is closed by
	 * {@link AtomicFile}.
	 */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	private AtomicFile() {
	}

	public static Path write(Path target, Content content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		// not Files.createTempFile: its owner-only permissions would stay on the report
		// after the rename
		Path part = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
		try {
			try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE,
					StandardOpenOption.CREATE_NEW)) {
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			return Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(part);
		}
	}

}
