package io.newsroll.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The files under a directory that a read-only command ({@code extract},
 * {@code evaluate}) reads from a user's own tree: searched recursively in name order,
 * following symbolic links (a folder of links to page folders is read like the folders
 * themselves). Ingest keeps its own stricter walk, which refuses links.
 */
final class InputFiles {

	private InputFiles() {
	}

	/**
	 * The regular files under {@code dir} that {@code wanted} accepts, in name order.
	 * @throws ConfigurationException when the tree cannot be listed or a link loops back
	 * to a folder above it
	 */
	static List<Path> under(Path dir, Predicate<Path> wanted) {
		try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
			return walk.filter(Files::isRegularFile).filter(wanted).sorted().toList();
		}
		catch (UncheckedIOException ex) {
			throw unreadable(dir, ex.getCause());
		}
		catch (IOException ex) {
			throw unreadable(dir, ex);
		}
	}

	private static ConfigurationException unreadable(Path dir, IOException cause) {
		if (cause instanceof FileSystemLoopException loop) {
			return new ConfigurationException(
					"cannot list " + dir + ": the symbolic link " + loop.getFile() + " leads back to a folder above it",
					cause);
		}
		return new ConfigurationException("cannot list " + dir + ": " + cause, cause);
	}

}
