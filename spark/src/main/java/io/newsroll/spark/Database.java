package io.newsroll.spark;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The PostgreSQL database the application created (its migrations), as the driver and
 * every executor open it.
 *
 * @param url JDBC URL, {@code jdbc:postgresql://...}
 * @param user user name
 * @param password password
 */
record Database(String url, String user, String password) implements Serializable {

	Connection open() throws SQLException {
		Properties props = properties();
		// executors load classes through Spark's class loader: name the driver so that
		// DriverManager finds it there too
		try {
			Class.forName("org.postgresql.Driver");
		}
		catch (ClassNotFoundException ex) {
			throw new SQLException("the PostgreSQL JDBC driver is not on the class path", ex);
		}
		return DriverManager.getConnection(this.url, props);
	}

	/** Connection properties, for JDBC and for Spark's JDBC source. */
	Properties properties() {
		Properties props = new Properties();
		if (this.user != null) {
			props.setProperty("user", this.user);
		}
		if (this.password != null) {
			props.setProperty("password", this.password);
		}
		props.setProperty("driver", "org.postgresql.Driver");
		// batched statements sent as multi-row statements
		props.setProperty("reWriteBatchedInserts", "true");
		return props;
	}

	@Override
	public String toString() {
		return "Database[" + this.url + ", user " + this.user + "]";
	}

}
