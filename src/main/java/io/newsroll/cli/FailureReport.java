package io.newsroll.cli;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

import io.newsroll.batch.db.DatabaseFailures;
import io.newsroll.batch.db.HsqldbUrls;
import io.newsroll.batch.db.SqlStates;
import io.newsroll.batch.db.Vendor;
import io.newsroll.batch.files.FileLedger;
import io.newsroll.batch.run.DiskSpace;
import io.newsroll.batch.run.JobLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.context.properties.bind.BindException;

/**
 * Turns what made a command fail into the one console line and the exit code (0 ok, 1
 * failed and a rerun resumes, 2 usage or configuration, 3 held by another process). The
 * rules are a table, tried in order: the first whose test matches the failure (any
 * exception in its cause chain) says the line; a failure no rule knows gets the generic
 * line. The whole chain, stack traces included, goes to the log file only.
 * <p>
 * To teach it another database or fault, add a {@link Rule} to {@link #RULES}: a name, an
 * exit code, a test over the {@link Failure} ({@link Failure#has}, {@link Failure#says},
 * {@link Failure#sqlState}) and the line (cause, then the next step).
 */
public final class FailureReport {

	private static final Logger log = LoggerFactory.getLogger(FailureReport.class);

	/** What the command prints and returns. */
	public record Verdict(String rule, int exitCode, String line) {
	}

	/**
	 * One kind of failure: its name (for tests and the log), exit code, test and line.
	 */
	public record Rule(String name, int exitCode, Predicate<Failure> matches, Function<Failure, String> line) {
	}

	/** The next step that every "a rerun resumes" line ends with. */
	static final String RERUN = "then run the same command again (it resumes where it stopped)";

	static final List<Rule> RULES = List.of(
			new Rule("configuration", ExitCode.USAGE, (f) -> f.has(ConfigurationException.class) != null,
					(f) -> "configuration error: " + f.has(ConfigurationException.class).getMessage()),
			new Rule("database server", ExitCode.FAILED,
					(f) -> f.has(DatabaseFailures.UnavailableException.class) != null,
					(f) -> f.has(DatabaseFailures.UnavailableException.class).getMessage()),
			new Rule("setting", ExitCode.USAGE, (f) -> f.has(BindException.class) != null,
					(f) -> "configuration error: " + AppContext.describe(f.has(BindException.class))),
			new Rule("setting type", ExitCode.USAGE, (f) -> f.has(TypeMismatchException.class) != null,
					(f) -> "configuration error: invalid setting: " + f.has(TypeMismatchException.class).getMessage()),
			new Rule("database locked", ExitCode.LOCKED,
					(f) -> f.says("Database lock acquisition failure") || f.typeNamed("LockHeldExternallyException"),
					(f) -> "the database " + f.database() + " is in use by another process" + f.holders()
							+ ": wait until it ends and run this again, or run commands while 'newsroll schedule' "
							+ "serves the database"),
			new Rule("disk full", ExitCode.FAILED,
					(f) -> f.has(DiskSpace.FullException.class) != null || f.says("No space left on device")
							|| f.says("Data File size limit is reached"),
					(f) -> ((f.has(DiskSpace.FullException.class) != null)
							? f.has(DiskSpace.FullException.class).getMessage()
							: "the file system is full (" + f.rootMessage() + ")") + ": free some space, " + RERUN),
			new Rule("read-only", ExitCode.FAILED,
					(f) -> f.has(AccessDeniedException.class) != null
							|| f.has(ReadOnlyFileSystemException.class) != null || f.says("Read-only file system")
							|| f.says("Permission denied") || f.says("read only mode"),
					(f) -> "cannot write " + f.where() + " (" + f.rootMessage() + "): make it writable, " + RERUN),
			new Rule("bad database URL", ExitCode.USAGE,
					(f) -> f.says("'url' must start with \"jdbc\"") || f.says("claims to not accept jdbcUrl")
							|| f.says("No suitable driver"),
					(f) -> "configuration error: the database URL " + f.url() + " is not one newsroll can open ("
							+ Vendor.supported() + "; see docs/postgresql.md): " + "check --db-url or NEWSROLL_DB_URL"),
			new Rule("database unreachable", ExitCode.FAILED,
					(f) -> f.has(ConnectException.class) != null || f.has(UnknownHostException.class) != null
							|| f.has(NoRouteToHostException.class) != null
							|| f.has(SocketTimeoutException.class) != null,
					(f) -> "cannot reach the database at " + f.url() + " (" + f.rootMessage()
							+ "): start its server or check --db-url, " + RERUN),
			new Rule("files unaccounted", ExitCode.FAILED,
					(f) -> f.has(FileLedger.FileAccountingException.class) != null,
					(f) -> f.has(FileLedger.FileAccountingException.class).getMessage()
							+ ". This is a defect of newsroll: report it with " + logFile()
							+ "; until it is fixed, rename one of the two files"),
			new Rule("database damaged", ExitCode.FAILED,
					(f) -> f.says("error in script file") || f.says("RowInputBinary") || f.says("Data file")
							|| f.says("data file is corrupt") || f.says("file input/output error"),
					(f) -> "the database " + f.database() + " cannot be read, its files are damaged ("
							+ f.firstLineSaying("error in script file", "RowInputBinary", "Data file", "corrupt")
							+ "; details in " + logFile() + "): restore output/db from a backup, or move it "
							+ "away to start a new database (every input file is then loaded again)"));

	private FailureReport() {
	}

	/**
	 * The verdict on a failure of {@code command}: the first matching rule's, else a
	 * generic line naming the root cause and the log file. The chain goes to the log.
	 */
	public static Verdict of(Throwable failure, String command) {
		// a command that read without Spring configures its log file now
		AppEnvironment.startLog();
		Failure f = new Failure(failure);
		for (Rule rule : RULES) {
			if (rule.matches().test(f)) {
				log.info("{} failed ({}): {}", command, rule.name(), failure.toString(), failure);
				return new Verdict(rule.name(), rule.exitCode(), rule.line().apply(f));
			}
		}
		log.info("{} failed", command, failure);
		return new Verdict("unknown", ExitCode.FAILED,
				command + " failed: " + f.rootMessage() + " (details in " + logFile() + "); " + RERUN);
	}

	/** The line as the console shows it. */
	public static String console(Verdict verdict) {
		return "newsroll: " + verdict.line();
	}

	static String logFile() {
		String dir = System.getProperty("newsroll.log-dir", System.getenv("NEWSROLL_LOG_DIR"));
		return ((dir != null && !dir.isBlank()) ? dir : AppContext.outputDir().resolve("logs").toString())
				+ "/newsroll.log";
	}

	/** A failure as the rules look at it: its cause chain, and where it happened. */
	public static final class Failure {

		private final List<Throwable> chain = new ArrayList<>();

		Failure(Throwable failure) {
			for (Throwable t = failure; t != null && !this.chain.contains(t); t = t.getCause()) {
				this.chain.add(t);
			}
		}

		/** The first exception of the chain of that type, or null. */
		public <T extends Throwable> T has(Class<T> type) {
			for (Throwable t : this.chain) {
				if (type.isInstance(t)) {
					return type.cast(t);
				}
			}
			return null;
		}

		/** True when some message of the chain contains the text (case ignored). */
		public boolean says(String text) {
			String wanted = text.toLowerCase(Locale.ROOT);
			return this.chain.stream()
				.anyMatch((t) -> t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(wanted));
		}

		/** True when an exception of the chain has that simple class name. */
		public boolean typeNamed(String simpleName) {
			return this.chain.stream().anyMatch((t) -> t.getClass().getSimpleName().equals(simpleName));
		}

		/**
		 * True when an SQL exception of the chain has a state so prefixed.
		 */
		public boolean sqlState(String prefix) {
			return this.chain.stream().map(SqlStates::of).anyMatch((s) -> s != null && s.startsWith(prefix));
		}

		/**
		 * The first line of the outermost message holding one of the texts (the most
		 * telling one), else the root message.
		 */
		public String firstLineSaying(String... texts) {
			for (Throwable t : this.chain) {
				String message = (t.getMessage() != null) ? t.getMessage().strip() : "";
				for (String text : texts) {
					if (message.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
						return message.lines().findFirst().orElse("").replaceAll("\\s+", " ");
					}
				}
			}
			return rootMessage();
		}

		/** The innermost exception's class and message, on one line. */
		public String rootMessage() {
			Throwable root = this.chain.get(this.chain.size() - 1);
			String message = (root.getMessage() != null) ? root.getMessage().strip() : "";
			message = message.lines().findFirst().orElse("");
			return root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
		}

		/** The file the failing I/O was about, else the output directory. */
		public String where() {
			java.nio.file.FileSystemException fs = has(java.nio.file.FileSystemException.class);
			return (fs != null && fs.getFile() != null) ? fs.getFile()
					: AppContext.outputDir().toAbsolutePath().toString();
		}

		/** The database as a user names it: a file database's path, else its URL. */
		public String database() {
			String url = url();
			if (HsqldbUrls.isFile(url)) {
				return HsqldbUrls.path(url).toString();
			}
			return url;
		}

		/** The database URL the command opened, without any password in it. */
		public String url() {
			String url = AppContext.lastUrl();
			return (url != null) ? url.replaceAll("(?i)(password=)[^;&]*", "$1***") : "(no database URL)";
		}

		/** The newsroll runs holding a lock now, as " (held by ...)", or empty. */
		public String holders() {
			List<String> held = JobLock.holders(AppContext.outputDir().resolve("locks"));
			return held.isEmpty() ? "" : " (held by " + String.join(", ", held) + ")";
		}

	}

}
