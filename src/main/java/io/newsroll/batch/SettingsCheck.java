package io.newsroll.batch;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.newsroll.core.clock.SystemClocks;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Finds {@code newsroll.*} settings (and {@code NEWSROLL_*} environment variables) that
 * no setting of {@link NewsrollProperties} takes, so a misspelling such as
 * {@code NEWSROLL_INGEST_PARTITONS} is named instead of silently ignored. The known names
 * are read from the properties record itself, so a new setting needs no list kept beside
 * it.
 */
public final class SettingsCheck {

	/** Environment variables read directly by the command line, not bound as settings. */
	private static final Set<String> COMMAND_LINE_VARIABLES = Set.of("NEWSROLL_DB_URL", "NEWSROLL_DB_USER",
			"NEWSROLL_DB_PASSWORD", "NEWSROLL_OUTPUT");

	/**
	 * Settings read outside {@link NewsrollProperties}: the log directory (by
	 * logback-newsroll.xml), the database URL the command line hands to the context and
	 * the test setting that moves the clock ({@code SystemClocks}).
	 */
	private static final List<String> READ_ELSEWHERE = List.of("newsroll.log-dir", "newsroll.database-url",
			SystemClocks.PROPERTY);

	private SettingsCheck() {
	}

	/** An unknown setting, as it was written, and the known one it most resembles. */
	public record Unknown(String name, String suggestion) {

		/** One line for the console. */
		public String message() {
			return "unknown setting " + this.name + " is ignored"
					+ ((this.suggestion != null) ? "; did you mean " + this.suggestion + "?" : "");
		}

	}

	/** Every setting name newsroll takes, e.g. {@code newsroll.ingest.chunk-size}. */
	public static List<String> known() {
		List<String> names = new ArrayList<>();
		collect("newsroll", NewsrollProperties.class, names);
		names.addAll(READ_ELSEWHERE);
		return names;
	}

	private static void collect(String prefix, Class<?> type, List<String> into) {
		for (RecordComponent c : type.getRecordComponents()) {
			String name = prefix + "." + kebab(c.getName());
			if (c.getType().isRecord()) {
				collect(name, c.getType(), into);
			}
			else {
				into.add(name);
			}
		}
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/** The unknown settings in the environment's property sources, each named once. */
	public static List<Unknown> unknown(ConfigurableEnvironment environment) {
		List<String> known = known();
		Set<String> knownForms = new LinkedHashSet<>();
		known.forEach((k) -> knownForms.add(relaxed(k)));
		Set<String> seen = new LinkedHashSet<>();
		List<Unknown> unknown = new ArrayList<>();
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (!(source instanceof EnumerablePropertySource<?> names)) {
				continue;
			}
			boolean variables = source instanceof SystemEnvironmentPropertySource;
			for (String name : names.getPropertyNames()) {
				String relaxed;
				if (variables && name.startsWith("NEWSROLL_") && !COMMAND_LINE_VARIABLES.contains(name)) {
					relaxed = name.toLowerCase(Locale.ROOT).replace('_', '.');
				}
				else if (!variables && name.toLowerCase(Locale.ROOT).startsWith("newsroll.")) {
					relaxed = relaxed(name);
				}
				else {
					continue;
				}
				if (!knownForms.contains(relaxed) && seen.add(name)) {
					unknown.add(new Unknown(name, closest(name, relaxed, known, variables)));
				}
			}
		}
		return unknown;
	}

	/**
	 * Lower case, no dashes: Spring's relaxed binding takes chunkSize and chunk-size
	 * alike.
	 */
	private static String relaxed(String name) {
		return name.toLowerCase(Locale.ROOT).replace("-", "");
	}

	private static String closest(String name, String relaxed, List<String> known, boolean variable) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String k : known) {
			int d = distance(relaxed, relaxed(k));
			if (d < bestDistance) {
				bestDistance = d;
				best = k;
			}
		}
		if (best == null || bestDistance > Math.max(2, relaxed.length() / 6)) {
			return null;
		}
		// Spring reads NEWSROLL_INGEST_CHUNKSIZE as newsroll.ingest.chunk-size
		return variable ? best.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "") : best;
	}

	/** Levenshtein distance. */
	static int distance(String a, String b) {
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			cur[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[b.length()];
	}

}
