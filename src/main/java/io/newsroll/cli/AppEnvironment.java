package io.newsroll.cli;

import java.util.Map;
import java.util.Properties;

import io.newsroll.batch.NewsrollProperties;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;

/**
 * The settings and the log as the Spring context has them, for a command that starts no
 * context ({@link Reads}): Spring Boot's own pieces, used as {@code SpringApplication}
 * uses them. The environment holds the system properties, the environment variables, the
 * configuration files Spring Boot reads ({@code application.properties} in the working
 * directory and the jar, {@code spring.config.location}, profiles) and the command line's
 * default properties; the settings are bound from it with the binder and the checks of
 * the context; the log is Spring Boot's logging system configured from
 * {@code logging.config} (the log file of every command, {@code logback-newsroll.xml}).
 */
final class AppEnvironment {

	private AppEnvironment() {
	}

	/** The environment a context started with these default properties would have. */
	static ConfigurableEnvironment of(Map<String, Object> defaults) {
		StandardEnvironment environment = new StandardEnvironment();
		DefaultPropertiesPropertySource.addOrMerge(defaults, environment.getPropertySources());
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		ConfigurationPropertySources.attach(environment);
		return environment;
	}

	/**
	 * The environment whose log is started when there is something to write to it (see
	 * {@link #logWhenNeeded}), or null.
	 */
	private static volatile ConfigurableEnvironment pendingLog;

	/**
	 * Starts the log of {@code environment} only when the command has something to write
	 * to it: a warning, or a failure ({@link #startLog()}). A command that only reads and
	 * succeeds writes nothing, and configuring the log file is a tenth of its start-up;
	 * until then the console gets what warnings there are, as always.
	 */
	static void logWhenNeeded(ConfigurableEnvironment environment) {
		pendingLog = environment;
	}

	/** A new command: no log waits to be started. */
	static void noLogPending() {
		pendingLog = null;
	}

	/**
	 * Starts the log the command waits with, if any, as a context's start does; the log
	 * stays configured for the rest of the process, as after a context's close.
	 */
	static void startLog() {
		ConfigurableEnvironment environment = pendingLog;
		pendingLog = null;
		if (environment != null) {
			startLogging(environment).cleanUp();
		}
	}

	/**
	 * Configures the log as the context's start does ({@code logging.config} and
	 * {@code logging.level.*}); cleaning the returned system up (as a context's close
	 * does) leaves it configured, ready to be configured again.
	 */
	static LoggingSystem startLogging(ConfigurableEnvironment environment) {
		LoggingSystem logging = LoggingSystem.get(AppEnvironment.class.getClassLoader());
		logging.beforeInitialize();
		String config = environment.getProperty("logging.config");
		logging.initialize(new LoggingInitializationContext(environment),
				(config != null && !config.isBlank()) ? config.strip() : null, LogFile.get(environment));
		Binder.get(environment)
			.bind("logging.level", Bindable.mapOf(String.class, LogLevel.class))
			.ifBound((levels) -> levels.forEach((name, level) -> logging
				.setLogLevel(name.equalsIgnoreCase(LoggingSystem.ROOT_LOGGER_NAME) ? null : name, level)));
		return logging;
	}

	/** newsroll's settings, bound and checked as the context binds them. */
	static NewsrollProperties settings(ConfigurableEnvironment environment) {
		return Binder.get(environment).bindOrCreate("newsroll", NewsrollProperties.class);
	}

	/**
	 * The login and driver properties of the database the context would open:
	 * {@code spring.datasource.username} and {@code password}, and the pool's
	 * {@code data-source-properties}.
	 */
	static Properties login(ConfigurableEnvironment environment) {
		Binder binder = Binder.get(environment);
		Properties login = new Properties();
		binder.bind("spring.datasource.hikari.data-source-properties", Bindable.mapOf(String.class, String.class))
			.ifBound(login::putAll);
		login.put("user", binder.bind("spring.datasource.username", String.class).orElse(""));
		login.put("password", binder.bind("spring.datasource.password", String.class).orElse(""));
		return login;
	}

	/** The URL of the database the context would open. */
	static String databaseUrl(ConfigurableEnvironment environment) {
		return Binder.get(environment).bind("spring.datasource.url", String.class).orElse(null);
	}

}
