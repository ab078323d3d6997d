package io.newsroll.batch.run;

import java.sql.SQLException;

/**
 * The SQL state of an exception, for the failure table of the commands (which hold no
 * JDBC types themselves): a vendor's failures are told apart by it.
 */
public final class SqlStates {

	private SqlStates() {
	}

	/** The SQL state when {@code t} is a JDBC exception that has one, else null. */
	public static String of(Throwable t) {
		return (t instanceof SQLException sql) ? sql.getSQLState() : null;
	}

}
