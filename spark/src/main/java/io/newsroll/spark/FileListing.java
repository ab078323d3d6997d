package io.newsroll.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the article files under an input path, recursively, on the driver: any Hadoop
 * file system ({@code hdfs://}, {@code s3a://}...) through Hadoop's recursive listing;
 * local paths ({@code file:} or none) through java.nio, which sees symbolic links (they
 * are listed, to be rejected unread as {@code newsroll ingest} does) and modification
 * times to the microsecond (what ingest records, so that either tool skips what the other
 * loaded). Unlike Spark's own file sources, names starting with "." or "_" are not left
 * out: ingest takes them.
 */
final class FileListing {

	private FileListing() {
	}

	/** Thrown when the input path does not exist or is not a directory. */
	static final class NoInput extends Exception {

		NoInput(String message) {
			super(message);
		}

	}

	static List<ListedFile> list(String input, Configuration conf) throws NoInput, IOException {
		URI uri = URI.create(input.replace('\\', '/'));
		if (uri.getScheme() == null || "file".equals(uri.getScheme())) {
			return listLocal((uri.getScheme() == null) ? Path.of(input) : Path.of(uri));
		}
		org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(uri);
		FileSystem fs = root.getFileSystem(conf);
		if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
			throw new NoInput("the input directory " + root + " does not exist");
		}
		String rootPath = fs.makeQualified(root).toUri().getPath();
		String prefix = rootPath.endsWith("/") ? rootPath : rootPath + "/";
		List<ListedFile> files = new ArrayList<>();
		RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
		while (it.hasNext()) {
			LocatedFileStatus status = it.next();
			org.apache.hadoop.fs.Path p = status.getPath();
			if (!ArticleNames.isArticle(p.getName())) {
				continue;
			}
			String path = p.toUri().getPath();
			String name = path.startsWith(prefix) ? path.substring(prefix.length()) : p.getName();
			files.add(new ListedFile(name, p.toString(), status.getLen(), status.getModificationTime() * 1000,
					status.isSymlink()));
		}
		return files;
	}

	private static List<ListedFile> listLocal(Path input) throws NoInput, IOException {
		Path root = input.toAbsolutePath().normalize();
		if (!Files.isDirectory(root)) {
			throw new NoInput("the input directory " + root + " does not exist");
		}
		List<ListedFile> files = new ArrayList<>();
		Files.walkFileTree(root, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				if (ArticleNames.isArticle(file.getFileName().toString()) && !attrs.isDirectory()) {
					files.add(local(root, file, attrs));
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) {
				if (file.equals(root)) {
					throw new UncheckedIOException("cannot list " + file, ex);
				}
				// as ingest: what cannot be looked at is passed over
				return FileVisitResult.CONTINUE;
			}

		});
		return files;
	}

	/**
	 * The walk does not follow links: a link's attributes are its own, as ingest reads
	 * them.
	 */
	private static ListedFile local(Path root, Path file, BasicFileAttributes attrs) {
		String name = root.relativize(file).toString().replace('\\', '/');
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH,
				attrs.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MICROS));
		return new ListedFile(name, file.toUri().toString(), attrs.size(), micros, attrs.isSymbolicLink());
	}

}
