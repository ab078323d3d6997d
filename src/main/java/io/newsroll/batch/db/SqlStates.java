package io.newsroll.batch.db;

/**
 * The SQL state a database gave for a failure, for the command line's one-line failure
 * reports: the command layer classifies failures without depending on JDBC itself.
 */
public final class SqlStates {

	private SqlStates() {
	}

	/**
	 * The SQL state of the exception when it is a {@link java.sql.SQLException} that
	 * carries one, else null.
	 */
	public static String of(Throwable t) {
		return (t instanceof java.sql.SQLException sql) ? sql.getSQLState() : null;
	}

}
