package io.newsroll.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.newsroll.core.article.PageExtraction;
import io.newsroll.core.article.PageExtractor;
import io.newsroll.core.eval.Prediction;
import io.newsroll.core.reject.Violation;

/**
 * Runs newsroll's extractor over page files and turns each article into a prediction
 * keyed by the page's truth id: the folder name for a file named {@code page.*} (the
 * corpus layout {@code pages/<id>/page.html}), else the file name without its extension
 * and {@code .gz}.
 *
 * @param files the page files read, in order
 * @param predictions one prediction per extracted article, by truth id
 * @param rejects the pages the extractor rejected
 */
record PagePredictions(List<Path> files, Map<String, Prediction> predictions, List<Violation> rejects) {

	/**
	 * Which page files to read: both forms, or only the HTML pages, or only the text
	 * dumps.
	 */
	enum Form {

		ALL, HTML, TEXT;

		/** What the files of this form are, for a message. */
		String description() {
			return switch (this) {
				case ALL -> "page files (.html, .htm, .shtml, .txt, optionally .gz)";
				case HTML -> "HTML page files (.html, .htm, .shtml, optionally .gz)";
				case TEXT -> "text page files (.txt, optionally .gz)";
			};
		}

		boolean accepts(String extension) {
			boolean html = extension.equals("html") || extension.equals("htm") || extension.equals("shtml");
			boolean text = extension.equals("txt");
			return switch (this) {
				case ALL -> html || text;
				case HTML -> html;
				case TEXT -> text;
			};
		}

	}

	PagePredictions {
		files = Collections.unmodifiableList(new ArrayList<>(files));
		predictions = Collections.unmodifiableMap(new LinkedHashMap<>(predictions));
		rejects = List.copyOf(rejects);
	}

	/**
	 * Extracts every page file under the paths (files, or directories searched
	 * recursively in name order, symbolic links followed) and predicts from each article.
	 * @throws ConfigurationException when a path does not exist, a directory holds no
	 * page of the form, or two files map to one truth id
	 */
	static PagePredictions extract(List<Path> paths, Form form, PageExtractor extractor) {
		List<Path> files = pageFiles(paths, form);
		Map<String, Prediction> predictions = new LinkedHashMap<>();
		Map<String, Path> sources = new LinkedHashMap<>();
		List<Violation> rejects = new ArrayList<>();
		for (Path file : files) {
			String id = truthId(file);
			Path previous = sources.putIfAbsent(id, file);
			if (previous != null) {
				throw new ConfigurationException("both " + previous + " and " + file + " are page " + id
						+ ": choose one form (--form html or --form text)");
			}
			byte[] bytes;
			try {
				bytes = Files.readAllBytes(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + file, ex);
			}
			PageExtraction result = extractor.extract(file.toString(), bytes);
			if (result instanceof PageExtraction.Extracted extracted) {
				predictions.put(id, Prediction.of(id, extracted.article()));
			}
			else if (result instanceof PageExtraction.Rejected rejected) {
				rejects.add(rejected.violation());
			}
		}
		return new PagePredictions(files, predictions, rejects);
	}

	/**
	 * The truth id of a page file: its folder's name for {@code page.html},
	 * {@code page.txt} and the like, else its name without the page extension and
	 * {@code .gz}.
	 */
	static String truthId(Path file) {
		String stem = stem(file.getFileName().toString());
		Path parent = file.toAbsolutePath().getParent();
		if (stem.equals("page") && parent != null && parent.getFileName() != null) {
			return parent.getFileName().toString();
		}
		return stem;
	}

	private static String stem(String name) {
		String s = name;
		if (s.toLowerCase(Locale.ROOT).endsWith(".gz")) {
			s = s.substring(0, s.length() - 3);
		}
		int dot = s.lastIndexOf('.');
		return (dot > 0 && Form.ALL.accepts(s.substring(dot + 1).toLowerCase(Locale.ROOT))) ? s.substring(0, dot) : s;
	}

	private static List<Path> pageFiles(List<Path> paths, Form form) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isRegularFile(path)) {
				files.add(path);
			}
			else if (Files.isDirectory(path)) {
				List<Path> pages = InputFiles.under(path, (f) -> isPage(f, form));
				if (pages.isEmpty()) {
					throw new ConfigurationException(path + ": no " + form.description() + " in it or below it");
				}
				files.addAll(pages);
			}
			else {
				throw new ConfigurationException(path + ": no such file or directory");
			}
		}
		return files;
	}

	private static boolean isPage(Path file, Form form) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".gz")) {
			name = name.substring(0, name.length() - 3);
		}
		int dot = name.lastIndexOf('.');
		return dot > 0 && form.accepts(name.substring(dot + 1));
	}

}
