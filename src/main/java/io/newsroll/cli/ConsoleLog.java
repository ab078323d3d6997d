package io.newsroll.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The log before Spring Boot configures {@code logback-newsroll.xml} (the log file of the
 * commands that open the database), and of the commands that never do (extract, evaluate,
 * help): warnings and errors only, one line each, to standard error. Logback finds it
 * through its service loader
 * ({@code META-INF/services/ch.qos.logback.classic.spi.Configurator}) before it looks for
 * a {@code logback.xml}: the same configuration without parsing XML (Joran and the XML
 * parser, about 400 classes: logback's start took 0.28 s of {@code jobs list}'s 2.2 s at
 * load 7, see docs/performance.md).
 */
public final class ConsoleLog extends ContextAwareBase implements Configurator {

	/** Each line as the console shows it. */
	static final String PATTERN = "newsroll: %-5level %logger{0}: %msg%n";

	/**
	 * Loggers quieter than the rest: Flyway logs every SQL warning of a migration, and
	 * HSQLDB warns "no data" (02000) for a DELETE or UPDATE that met no row, as a new
	 * database's migrations do: not a problem anyone can act on.
	 */
	static final String QUIET = "org.flywaydb.core.internal.sqlscript.DefaultSqlScriptExecutor";

	@Override
	public ExecutionStatus configure(LoggerContext context) {
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(context);
		encoder.setPattern(PATTERN);
		encoder.start();
		ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
		console.setContext(context);
		console.setName("STDERR");
		console.setTarget("System.err");
		console.setEncoder(encoder);
		console.start();
		Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
		root.setLevel(Level.WARN);
		root.addAppender(console);
		context.getLogger(QUIET).setLevel(Level.ERROR);
		return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
	}

}
