package io.newsroll.cli;

import picocli.CommandLine.Option;

/** The options every database command shares; mixed into those commands. */
public class DatabaseOptions {

	/** The embedded default: an HSQLDB file database under the working directory. */
	public static final String DEFAULT_URL = "jdbc:hsqldb:file:output/db/newsroll;hsqldb.tx=mvcc;hsqldb.write_delay=false;shutdown=true";

	@Option(names = "--db-url", paramLabel = "JDBC_URL",
			description = "JDBC URL of the database (default: $NEWSROLL_DB_URL, else the embedded HSQLDB file database output/db/newsroll).")
	String dbUrl;

	@Option(names = "--db-user", paramLabel = "USER", description = "Database user (default: $NEWSROLL_DB_USER, else SA).")
	String dbUser;

	@Option(names = "--db-password", paramLabel = "PASSWORD", description = "Database password (default: $NEWSROLL_DB_PASSWORD, else empty).")
	String dbPassword;

	/** Options as if given on the command line (null: the environment or the default). */
	public static DatabaseOptions of(String url, String user, String password) {
		DatabaseOptions options = new DatabaseOptions();
		options.dbUrl = url;
		options.dbUser = user;
		options.dbPassword = password;
		return options;
	}

	public String url() {
		return firstNonBlank(this.dbUrl, System.getenv("NEWSROLL_DB_URL"), DEFAULT_URL);
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
