package io.newsroll.cli;

import java.nio.file.Path;

import io.newsroll.batch.db.DatabaseServer;
import io.newsroll.batch.db.HsqldbUrls;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every database command shares; mixed into those commands. */
public class DatabaseOptions {

	@Option(names = "--db-url", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
			description = "JDBC URL of the database (default: $NEWSROLL_DB_URL, else the embedded HSQLDB file database output/db/newsroll).")
	String dbUrl;

	@Option(names = "--db-user", paramLabel = "USER", scope = ScopeType.INHERIT,
			description = "Database user (default: $NEWSROLL_DB_USER, else SA).")
	String dbUser;

	@Option(names = "--db-password", paramLabel = "PASSWORD", scope = ScopeType.INHERIT,
			description = "Database password (default: $NEWSROLL_DB_PASSWORD, else empty).")
	String dbPassword;

	/** Options as if given on the command line (null: the environment or the default). */
	public static DatabaseOptions of(String url, String user, String password) {
		DatabaseOptions options = new DatabaseOptions();
		options.dbUrl = url;
		options.dbUser = user;
		options.dbPassword = password;
		return options;
	}

	/**
	 * The URL given, else the environment's, else the embedded database: through the
	 * scheduler's database server while one serves it, so that this process is not locked
	 * out of the file.
	 */
	public String url() {
		String url = firstNonBlank(this.dbUrl, System.getenv("NEWSROLL_DB_URL"), defaultUrl());
		if (DatabaseServer.isFileUrl(url)) {
			return DatabaseServer.liveUrl(url).orElse(url);
		}
		return url;
	}

	/** The embedded file database under the output directory. */
	public static String defaultUrl() {
		Path db = AppContext.outputDir().resolve("db").resolve("newsroll");
		return HsqldbUrls.file(db);
	}

	/**
	 * The file URL this process would open, ignoring any server (the scheduler serves
	 * it).
	 */
	public String fileUrl() {
		return firstNonBlank(this.dbUrl, System.getenv("NEWSROLL_DB_URL"), defaultUrl());
	}

	public String user() {
		return firstNonBlank(this.dbUser, System.getenv("NEWSROLL_DB_USER"), "SA");
	}

	public String password() {
		return firstNonBlank(this.dbPassword, System.getenv("NEWSROLL_DB_PASSWORD"), "");
	}

	private static String firstNonBlank(String... values) {
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				return v;
			}
		}
		return "";
	}

}
