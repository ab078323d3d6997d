package io.newsroll.batch.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * The databases newsroll stores into, and the little SQL that differs between them: the
 * embedded HSQLDB file database (the default) and a PostgreSQL server. Everything else is
 * plain SQL both accept; the migration scripts that differ live in
 * {@code db/vendor/<name>/}.
 */
public enum Vendor {

	/** HSQLDB, embedded in a file or served by another newsroll process. */
	HSQLDB("hsqldb", "jdbc:hsqldb:", "HSQL Database Engine", "HSQLDB"),

	/** A PostgreSQL server. */
	POSTGRESQL("postgresql", "jdbc:postgresql:", "PostgreSQL", "PostgreSQL");

	private final String id;

	private final String urlPrefix;

	private final String productName;

	private final String displayName;

	Vendor(String id, String urlPrefix, String productName, String displayName) {
		this.id = id;
		this.urlPrefix = urlPrefix;
		this.productName = productName;
		this.displayName = displayName;
	}

	/** The name of its migration folder, {@code db/vendor/<id>}. */
	public String id() {
		return this.id;
	}

	/** The vendor of a JDBC URL, if newsroll supports it. */
	public static Optional<Vendor> ofUrl(String jdbcUrl) {
		String url = (jdbcUrl != null) ? jdbcUrl.toLowerCase(Locale.ROOT) : "";
		return Arrays.stream(values()).filter((v) -> url.startsWith(v.urlPrefix)).findFirst();
	}

	/** The vendor of an open connection. */
	public static Vendor of(Connection con) throws SQLException {
		String product = con.getMetaData().getDatabaseProductName();
		return Arrays.stream(values())
			.filter((v) -> v.productName.equals(product))
			.findFirst()
			.orElseThrow(() -> new SQLException(
					"newsroll does not support the database " + product + "; it supports " + supported()));
	}

	/** The vendor of a data source (opens a connection for a moment). */
	public static Vendor of(DataSource dataSource) {
		try (Connection con = dataSource.getConnection()) {
			return of(con);
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("cannot tell the database's vendor", ex);
		}
	}

	/**
	 * The vendor of a data source, asked on first use and then remembered: for beans that
	 * are built before the database is up.
	 */
	public static Supplier<Vendor> remembered(Supplier<DataSource> dataSource) {
		return new Supplier<>() {

			private volatile Vendor vendor;

			@Override
			public Vendor get() {
				Vendor v = this.vendor;
				if (v == null) {
					v = of(dataSource.get());
					this.vendor = v;
				}
				return v;
			}

		};
	}

	/** The supported databases and their URL forms, for messages. */
	public static String supported() {
		return Arrays.stream(values())
			.map((v) -> v.displayName + " (" + v.urlPrefix + "…)")
			.collect(Collectors.joining(", "));
	}

	/**
	 * A condition that {@code column} is one of the array given as the statement's
	 * parameter (set with {@code Connection.createArrayOf("VARCHAR", …)}).
	 */
	public String inArray(String column) {
		return (this == POSTGRESQL) ? column + " = ANY(?)" : column + " IN (UNNEST(?))";
	}

	/**
	 * An aggregate joining the group's values of {@code expression} with
	 * {@code separator}, in the order of {@code orderBy}.
	 */
	public String joined(String expression, String separator, String orderBy) {
		if (this == POSTGRESQL) {
			return "STRING_AGG(" + expression + ", '" + separator + "' ORDER BY " + orderBy + ")";
		}
		return "LISTAGG(" + expression + ", '" + separator + "') WITHIN GROUP (ORDER BY " + orderBy + ")";
	}

	/**
	 * An idempotent write of one row: inserts it, or updates the row of the same key.
	 * Parameters are the key's columns, then the other columns, in the order given.
	 * HSQLDB has {@code MERGE}; PostgreSQL has {@code INSERT … ON CONFLICT}, which unlike
	 * its {@code MERGE} never fails on a row that a concurrent transaction inserts.
	 * @param table the table
	 * @param keys the key's columns, each as "name SQLTYPE"
	 * @param columns the other columns, each as "name SQLTYPE"; none: insert if absent
	 * @return the statement
	 */
	public String upsert(String table, String[] keys, String... columns) {
		String[] keyNames = names(keys);
		String[] columnNames = names(columns);
		String all = String.join(", ", concat(keyNames, columnNames));
		if (this == POSTGRESQL) {
			String marks = String.join(", ", java.util.Collections.nCopies(keys.length + columns.length, "?"));
			String conflict = "INSERT INTO " + table + " (" + all + ") VALUES (" + marks + ") ON CONFLICT ("
					+ String.join(", ", keyNames) + ") DO ";
			if (columns.length == 0) {
				return conflict + "NOTHING";
			}
			return conflict + "UPDATE SET "
					+ Arrays.stream(columnNames).map((c) -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
		}
		String casts = Arrays.stream(concat(keys, columns))
			.map((c) -> "CAST(? AS " + c.substring(c.indexOf(' ') + 1) + ")")
			.collect(Collectors.joining(", "));
		String on = Arrays.stream(keyNames).map((k) -> "t." + k + " = v." + k).collect(Collectors.joining(" AND "));
		String sql = "MERGE INTO " + table + " t USING (VALUES (" + casts + ")) AS v(" + all + ") ON " + on;
		if (columns.length > 0) {
			sql += " WHEN MATCHED THEN UPDATE SET "
					+ Arrays.stream(columnNames).map((c) -> c + " = v." + c).collect(Collectors.joining(", "));
		}
		return sql + " WHEN NOT MATCHED THEN INSERT (" + all + ") VALUES ("
				+ Arrays.stream(concat(keyNames, columnNames)).map((c) -> "v." + c).collect(Collectors.joining(", "))
				+ ")";
	}

	private static String[] names(String[] columns) {
		return Arrays.stream(columns).map((c) -> c.split(" ", 2)[0]).toArray(String[]::new);
	}

	private static String[] concat(String[] a, String[] b) {
		String[] all = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

}
