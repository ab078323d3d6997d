package io.newsroll.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Before Spring Boot configures the log file, logback logs warnings and errors to
 * standard error, one line each, configured by {@link ConsoleLog} (found through the
 * service loader, no XML parsed).
 */
class ConsoleLogTest {

	@Test
	void logbackConfiguresItselfWithTheConsoleLogWarningsOnlyOneLineEach() throws Exception {
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		LoggerContext context = new LoggerContext();
		context.setMDCAdapter(new LogbackMDCAdapter());
		Level root;
		try {
			System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
			new ContextInitializer(context).autoConfig();
			context.getLogger("io.newsroll.cli.Example").info("not shown");
			context.getLogger("io.newsroll.cli.Example").warn("shown");
			context.getLogger(ConsoleLog.QUIET).warn("a migration's SQL warning");
			root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel();
		}
		finally {
			System.setErr(err);
			context.stop();
		}
		assertThat(root).isEqualTo(Level.WARN);
		assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo("newsroll: WARN  Example: shown\n");
	}

}
