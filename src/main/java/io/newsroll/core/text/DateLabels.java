package io.newsroll.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the words just before a date say it is ({@code date-labels.txt}): the publication
 * time (发布时间, Published, Veröffentlicht) or a later update (更新时间, Updated, Aktualisiert,
 * mis à jour), so that an update time never replaces a publication time.
 */
public final class DateLabels {

	/** What a label says a date is. */
	public enum Kind {

		/** The time the article was published. */
		PUBLICATION,
		/** A later change. */
		UPDATE,
		/** No label. */
		NONE

	}

	private static final String RESOURCE = "date-labels.txt";

	/** Labels, longest first (最后更新 before 更新), with their kind. */
	private static final List<Label> LABELS = load();

	/** How far before a date a label may stand. */
	private static final int REACH = 24;

	private record Label(String word, Kind kind) {
	}

	private DateLabels() {
	}

	/**
	 * The kind of the label nearest before a date: the last label among the up to 24
	 * characters before {@code dateStart} in {@code text}.
	 */
	public static Kind before(CharSequence text, int dateStart) {
		int from = Math.max(0, dateStart - REACH);
		String window = text.subSequence(from, dateStart).toString().toLowerCase(Locale.ROOT);
		int best = -1;
		Kind kind = Kind.NONE;
		for (Label label : LABELS) {
			int at = lastWordIndex(window, label.word());
			// the label that ends last wins; of two that end together (更新时间, 时间) the
			// longer one, listed first
			int end = (at < 0) ? -1 : at + label.word().length();
			if (end > best) {
				best = end;
				kind = label.kind();
			}
		}
		return kind;
	}

	/** What one label (a whole field name: "更新时间", "Updated on") says. */
	public static Kind of(String label) {
		return (label == null) ? Kind.NONE : before(label, label.length());
	}

	private static int lastWordIndex(String window, String word) {
		int at = window.lastIndexOf(word);
		while (at >= 0) {
			boolean latin = word.charAt(0) < 0x3000;
			boolean startOk = !latin || at == 0 || !Character.isLetter(window.charAt(at - 1));
			int end = at + word.length();
			boolean endOk = !latin || end >= window.length() || !Character.isLetter(window.charAt(end));
			if (startOk && endOk) {
				return at;
			}
			at = window.lastIndexOf(word, at - 1);
		}
		return -1;
	}

	private static List<Label> load() {
		List<Label> labels = new ArrayList<>();
		try (InputStream in = DateLabels.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("vocabulary " + RESOURCE + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			Kind kind = null;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String entry = line.strip();
				if (entry.isEmpty() || entry.startsWith("#")) {
					continue;
				}
				if (entry.equals("[publication]") || entry.equals("[update]")) {
					kind = entry.equals("[update]") ? Kind.UPDATE : Kind.PUBLICATION;
					continue;
				}
				if (kind == null) {
					throw new IllegalStateException(RESOURCE + ": a label before any section: " + entry);
				}
				labels.add(new Label(entry.toLowerCase(Locale.ROOT), kind));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
		labels.sort(Comparator.comparingInt((Label l) -> l.word().length()).reversed());
		return List.copyOf(labels);
	}

}
