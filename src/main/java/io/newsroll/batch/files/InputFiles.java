package io.newsroll.batch.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * Walks an input directory in a stable order (names sorted within each directory, depth
 * first), streaming: only one directory listing is held at a time, however many files
 * there are. Symbolic links are not followed, so nothing outside the input root is read;
 * they are reported as files so that they can be rejected with a reason instead of
 * vanishing.
 */
public final class InputFiles implements Iterator<InputFile> {

	private final Path root;

	private final Predicate<String> accept;

	private final Deque<Iterator<Path>> stack = new ArrayDeque<>();

	private InputFile next;

	private InputFiles(Path root, Predicate<String> accept) {
		this.root = root.toAbsolutePath().normalize();
		this.accept = accept;
		if (Files.isDirectory(this.root)) {
			this.stack.push(list(this.root));
		}
	}

	/** Files under {@code root} whose lower-cased name passes {@code accept}. */
	public static InputFiles walk(Path root, Predicate<String> accept) {
		return new InputFiles(root, accept);
	}

	/**
	 * About how many files a walk of {@code root} would return, for a progress bar, at a
	 * fraction of a walk's cost: a name that passes {@code accept} is counted without
	 * asking the file system what it is (one call per file is what a walk spends its time
	 * on: 0.7 s for 100,000 files), so a directory named like an accepted file counts as
	 * one file and is not looked into; only the other names are checked for directories
	 * to descend into.
	 */
	public static long estimateCount(Path root, Predicate<String> accept) {
		Path start = root.toAbsolutePath().normalize();
		if (!Files.isDirectory(start)) {
			return 0;
		}
		long n = 0;
		Deque<Path> dirs = new ArrayDeque<>();
		dirs.push(start);
		while (!dirs.isEmpty()) {
			try (DirectoryStream<Path> ds = Files.newDirectoryStream(dirs.pop())) {
				for (Path p : ds) {
					if (accept.test(p.getFileName().toString().toLowerCase(Locale.ROOT))) {
						n++;
					}
					else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
						dirs.push(p);
					}
				}
			}
			catch (IOException ex) {
				// the walk itself reports what it cannot list
			}
		}
		return n;
	}

	/** Article pages: .txt, .html, .htm, .shtml, each optionally .gz. */
	public static boolean isArticleName(String lowerName) {
		String n = lowerName.endsWith(".gz") ? lowerName.substring(0, lowerName.length() - 3) : lowerName;
		return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".shtml");
	}

	/** Roster files: .csv, .tsv, .xlsx. */
	public static boolean isRosterName(String lowerName) {
		return lowerName.endsWith(".csv") || lowerName.endsWith(".tsv") || lowerName.endsWith(".xlsx");
	}

	@Override
	public boolean hasNext() {
		while (this.next == null && !this.stack.isEmpty()) {
			Iterator<Path> top = this.stack.peek();
			if (!top.hasNext()) {
				this.stack.pop();
				continue;
			}
			Path p = top.next();
			BasicFileAttributes attrs = attributes(p);
			if (attrs == null) {
				continue;
			}
			if (attrs.isDirectory()) {
				this.stack.push(list(p));
			}
			else if (this.accept.test(p.getFileName().toString().toLowerCase(Locale.ROOT))) {
				this.next = new InputFile(p, relativeName(p), attrs.size(),
						// the database keeps microseconds
						attrs.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MICROS));
			}
		}
		return this.next != null;
	}

	@Override
	public InputFile next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		InputFile result = this.next;
		this.next = null;
		return result;
	}

	private String relativeName(Path p) {
		return FileNames.relative(this.root, p);
	}

	private static BasicFileAttributes attributes(Path p) {
		try {
			return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static Iterator<Path> list(Path dir) {
		List<Path> entries = new ArrayList<>();
		try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
			for (Path p : ds) {
				entries.add(p);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + dir, ex);
		}
		entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
		return entries.iterator();
	}

}
