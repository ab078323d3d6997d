package io.newsroll.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newsroll.batch.BatchApplication;
import io.newsroll.batch.SettingsCheck;
import io.newsroll.batch.db.DatabaseFailures;
import io.newsroll.batch.db.HsqldbUrls;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Opens the Spring context (database, job repository, jobs) for the commands that need
 * it. The embedded database's directory is created first, relative to the working
 * directory.
 */
public final class AppContext {

	private static final Logger log = LoggerFactory.getLogger(AppContext.class);

	private AppContext() {
	}

	/**
	 * The output directory before the context is up (locks are taken first): the
	 * {@code newsroll.output} system property, else {@code NEWSROLL_OUTPUT}, else
	 * {@code output}.
	 */
	public static Path outputDir() {
		String dir = System.getProperty("newsroll.output", System.getenv("NEWSROLL_OUTPUT"));
		return Path.of((dir != null && !dir.isBlank()) ? dir : "output");
	}

	/** The database URL last opened (or tried) in this process, for failure lines. */
	private static volatile String lastUrl;

	static String lastUrl() {
		return lastUrl;
	}

	public static ConfigurableApplicationContext open(DatabaseOptions db, Map<String, Object> extra) {
		String url = checkedUrl(db);
		if (HsqldbUrls.isFile(url)) {
			Path parent = HsqldbUrls.path(url).toAbsolutePath().getParent();
			try {
				java.nio.file.Files.createDirectories(parent);
			}
			catch (java.io.IOException ex) {
				// a read-only or full output directory: a failure a rerun fixes once it
				// is
				// writable (FailureReport says so), not a usage error
				throw new java.io.UncheckedIOException("cannot create the database directory " + parent, ex);
			}
		}
		try {
			ConfigurableApplicationContext ctx = new SpringApplicationBuilder(BatchApplication.class)
				.web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.properties(properties(db, url, extra))
				.run();
			warnUnknownSettings(ctx.getEnvironment());
			return ctx;
		}
		catch (RuntimeException ex) {
			throw openFailure(ex, url, db.user());
		}
	}

	/**
	 * The URL a command opens (see {@link DatabaseOptions#url()}), remembered for the
	 * failure lines; one newsroll has no driver for is a configuration error at once.
	 */
	static String checkedUrl(DatabaseOptions db) {
		AppEnvironment.noLogPending();
		String url = db.url();
		lastUrl = url;
		DatabaseFailures.unsupported(url).ifPresent((failure) -> {
			throw new ConfigurationException(failure.message());
		});
		return url;
	}

	/**
	 * What the command line hands the settings: the database to open, as Spring Boot's
	 * default properties (so application.properties and the environment come first, as
	 * for every other setting), and {@code extra}.
	 */
	static Map<String, Object> properties(DatabaseOptions db, String url, Map<String, Object> extra) {
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("spring.datasource.url", url);
		props.put("spring.datasource.username", db.user());
		props.put("spring.datasource.password", db.password());
		// the database as the user named it (not the scheduler's server URL): rejects
		// CSVs
		// are named after it
		props.put("newsroll.database-url", db.fileUrl());
		props.putAll(extra);
		return props;
	}

	/**
	 * A failure to open the database or to bind the settings, as the command reports it:
	 * a refused setting in one line, a database failure as {@link #databaseFailure} says;
	 * anything else as it is.
	 */
	static RuntimeException openFailure(RuntimeException ex, String url, String user) {
		BindException bind = causeOf(ex, BindException.class);
		if (bind == null) {
			return databaseFailure(ex, url, user);
		}
		// the whole trace goes to the log file; the console gets one line
		log.info("Settings refused", ex);
		return new ConfigurationException(describe(bind), ex);
	}

	/**
	 * A misspelled setting is named on the console (and in the log), never silently
	 * ignored.
	 */
	static void warnUnknownSettings(ConfigurableEnvironment environment) {
		warn(SettingsCheck.unknown(environment));
	}

	/** Names the unknown settings on the console and in the log. */
	static void warn(List<SettingsCheck.Unknown> unknownSettings) {
		for (SettingsCheck.Unknown unknown : unknownSettings) {
			log.warn(unknown.message());
			System.err.println("newsroll: warning: " + unknown.message());
		}
	}

	/**
	 * A failure to open the database in one line (its trace to the log): a refused login
	 * or a missing database is a configuration error, a server out of reach makes the
	 * command fail; anything else goes on as it is.
	 */
	private static RuntimeException databaseFailure(RuntimeException ex, String url, String user) {
		return DatabaseFailures.describe(ex, url, user).<RuntimeException>map((failure) -> {
			log.info("Database failure: {}", failure.message(), ex);
			return failure.configuration() ? new ConfigurationException(failure.message(), ex)
					: new DatabaseFailures.UnavailableException(failure.message(), ex);
		}).orElse(ex);
	}

	/**
	 * What is wrong with a setting, in one line: the property and its value where one
	 * value is at fault ({@code newsroll.ingest.partitions = "abc"}), else the group, and
	 * the reason.
	 */
	static String describe(BindException bind) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(bind);
		String reason = (root instanceof NumberFormatException) ? "not a number" : root.getMessage();
		ConfigurationProperty property = bind.getProperty();
		if (property != null) {
			return "invalid setting " + property.getName() + " = \"" + property.getValue() + "\": " + reason;
		}
		String group = bind.getName().toString();
		return "invalid setting: " + ((reason != null && reason.startsWith(group)) ? reason : group + ": " + reason);
	}

	private static <T extends Throwable> T causeOf(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

}
