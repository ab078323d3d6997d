package io.newsroll.batch.db;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in one line what went wrong when newsroll could not open its database, and whether
 * it is the user's setting (exit 2) or the server's state (exit 1): an unsupported URL, a
 * server that refuses or does not answer, a login refused, a database that does not
 * exist. Whatever else fails is left to the caller.
 */
public final class DatabaseFailures {

	/** How long a PostgreSQL server may take to accept a connection, in seconds. */
	public static final int CONNECT_TIMEOUT_SECONDS = 4;

	/** How long a PostgreSQL server may take to answer a login, in seconds. */
	public static final int LOGIN_TIMEOUT_SECONDS = 4;

	private static final Pattern HOST_PORT = Pattern
		.compile("^jdbc:(?:postgresql|hsqldb:hsqls?|hsqldb:https?)://\\[?([^/:?;\\]]*)\\]?(?::(\\d+))?");

	private static final Pattern DATABASE = Pattern.compile("^jdbc:postgresql://[^/]*/([^?;]+)");

	/** What failed, in one line, and whether a setting is at fault. */
	public record Failure(boolean configuration, String message) {
	}

	/**
	 * A database that newsroll could not use, for reasons of the server or the network.
	 */
	public static final class UnavailableException extends RuntimeException {

		public UnavailableException(String message, Throwable cause) {
			super(message, cause);
		}

	}

	private DatabaseFailures() {
	}

	/**
	 * The driver properties newsroll gives a PostgreSQL connection unless the settings
	 * give their own: a server that does not answer fails the command within seconds
	 * instead of the driver's minutes, the server's session list names newsroll, and a
	 * session whose machine died ends (and its job locks with it).
	 */
	public static void serverDefaults(java.util.Properties given) {
		given.putIfAbsent("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
		given.putIfAbsent("loginTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS));
		given.putIfAbsent("ApplicationName", "newsroll");
		given.putIfAbsent("tcpKeepAlive", "true");
	}

	/**
	 * A URL newsroll has no driver for: a configuration error naming what it supports.
	 */
	public static Optional<Failure> unsupported(String url) {
		if (Vendor.ofUrl(url).isPresent()) {
			return Optional.empty();
		}
		return Optional.of(new Failure(true,
				"unsupported database URL '" + withoutCredentials(url) + "': newsroll supports " + Vendor.supported()));
	}

	/**
	 * The failure of opening the database at {@code url} as {@code user}, when {@code ex}
	 * (or one of its causes) is one this class knows.
	 */
	public static Optional<Failure> describe(Throwable ex, String url, String user) {
		String where = endpoint(url);
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.equals("28P01") || state.startsWith("28")) {
					return Optional.of(new Failure(true,
							"the database " + where + " refused the login of user '" + user
									+ "' (wrong password, or no such user): check --db-user and --db-password "
									+ "(NEWSROLL_DB_USER, NEWSROLL_DB_PASSWORD)"));
				}
				if (state.equals("3D000")) {
					return Optional.of(new Failure(true, "the database '" + database(url) + "' does not exist on "
							+ where + ": create it (docs/postgresql.md) or correct --db-url"));
				}
			}
			if (t instanceof UnknownHostException) {
				return Optional.of(new Failure(true, "unknown database host in '" + withoutCredentials(url)
						+ "': correct --db-url (NEWSROLL_DB_URL)"));
			}
			if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
				return Optional.of(new Failure(false, "cannot connect to the database server " + where + " ("
						+ t.getMessage() + "): check that it runs and accepts connections there, then run again"));
			}
			if (t instanceof SocketTimeoutException || t instanceof SQLTimeoutException
					|| (t instanceof SQLException sql && "08001".equals(sql.getSQLState()) && t.getMessage() != null
							&& t.getMessage().toLowerCase(Locale.ROOT).contains("timed out"))) {
				return Optional.of(new Failure(false,
						"the database server " + where + " did not answer within " + LOGIN_TIMEOUT_SECONDS
								+ " s: check the host, port and firewall, and that the server is not overloaded"));
			}
		}
		return Optional.empty();
	}

	/** {@code host:port} of a server URL, else the URL without credentials. */
	static String endpoint(String url) {
		Matcher m = HOST_PORT.matcher((url != null) ? url : "");
		if (!m.find()) {
			return withoutCredentials(url);
		}
		String host = m.group(1).isEmpty() ? "localhost" : m.group(1);
		String port = (m.group(2) != null) ? m.group(2) : (url.startsWith("jdbc:postgresql:") ? "5432" : "9001");
		return host + ":" + port;
	}

	private static String database(String url) {
		Matcher m = DATABASE.matcher((url != null) ? url : "");
		return m.find() ? m.group(1) : "?";
	}

	/** A JDBC URL fit to print: password and user parameters removed. */
	public static String withoutCredentials(String url) {
		if (url == null) {
			return "";
		}
		return url.replaceAll("(?i)([;?&](password|user|pwd)=)[^;&]*", "$1…").replaceAll("//[^/@]*@", "//");
	}

}
