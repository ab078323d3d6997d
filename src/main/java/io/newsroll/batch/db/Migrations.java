package io.newsroll.batch.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * newsroll's own tables, migrated by Flyway: the scripts both databases accept are
 * {@code db/migration/V<n>__<name>.sql}, the few that must differ are
 * {@code db/vendor/<hsqldb|postgresql>/V<n>__<name>.sql} (one per database, same
 * version). Flyway records what it applied in {@code flyway_schema_history}.
 * <p>
 * Databases written before Flyway were migrated by newsroll's own migrator, which
 * recorded its versions in {@code newsroll_schema_version}: such a database is baselined
 * at its recorded version (its tables are kept as they are) and the later scripts are
 * applied to it.
 * <p>
 * Spring Boot runs the migration when a command opens the context (see
 * {@link DatabaseConfiguration}); {@link #migrate(DataSource)} runs it without Spring.
 */
public final class Migrations {

	private static final Logger log = LoggerFactory.getLogger(Migrations.class);

	/** Where the scripts both databases accept live. */
	public static final String COMMON = "classpath:db/migration";

	/** Flyway's record of the applied versions. */
	public static final String HISTORY = "flyway_schema_history";

	/**
	 * The version the scripts bring a database to: the highest {@code V<n>} of
	 * {@link #COMMON} and of the vendors' folders (a test checks it against the scripts).
	 * A database at this version needs no migration.
	 */
	public static final int LATEST = 9;

	/** The record of newsroll's own migrator, before Flyway. */
	static final String LEGACY_HISTORY = "newsroll_schema_version";

	private Migrations() {
	}

	/** Brings a database's newsroll tables to the current version. */
	public static void migrate(DataSource dataSource) {
		FluentConfiguration configuration = Flyway.configure().dataSource(dataSource);
		configure(configuration);
		configuration.load().migrate();
	}

	/**
	 * Sets the script locations for the configuration's database, and a baseline for a
	 * database that newsroll's own migrator migrated.
	 */
	public static void configure(FluentConfiguration configuration) {
		DataSource dataSource = configuration.getDataSource();
		try (Connection con = dataSource.getConnection()) {
			Vendor vendor = Vendor.of(con);
			configuration.locations(COMMON, "classpath:db/vendor/" + vendor.id());
			configuration.table(HISTORY);
			if (!tableExists(con, HISTORY) && tableExists(con, LEGACY_HISTORY)) {
				int legacy = legacyVersion(con);
				log.info("Database migrated by newsroll's own migrator up to V{}: Flyway takes over from there",
						legacy);
				configuration.baselineOnMigrate(true)
					.baselineVersion(Integer.toString(legacy))
					.baselineDescription("newsroll_schema_version V" + legacy);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot prepare the database migration: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The schema version of the database: the highest version applied, or 0 for one
	 * without newsroll's tables.
	 */
	public static int version(Connection con) throws SQLException {
		int version = 0;
		if (tableExists(con, HISTORY)) {
			String table = (Vendor.of(con) == Vendor.HSQLDB) ? "\"" + HISTORY + "\"" : HISTORY;
			try (Statement st = con.createStatement();
					ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM " + table)) {
				while (rs.next()) {
					String v = rs.getString(1);
					if (v != null && v.matches("\\d+") && rs.getBoolean(2)) {
						version = Math.max(version, Integer.parseInt(v));
					}
				}
			}
		}
		else if (tableExists(con, LEGACY_HISTORY)) {
			version = legacyVersion(con);
		}
		return version;
	}

	private static int legacyVersion(Connection con) throws SQLException {
		try (Statement st = con.createStatement();
				ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM " + LEGACY_HISTORY)) {
			return rs.next() ? rs.getInt(1) : 0;
		}
	}

	/** Whether the current schema has the table, under its name in either case. */
	public static boolean tableExists(Connection con, String table) throws SQLException {
		DatabaseMetaData meta = con.getMetaData();
		String schema = con.getSchema();
		for (String name : new String[] { table.toUpperCase(java.util.Locale.ROOT),
				table.toLowerCase(java.util.Locale.ROOT) }) {
			try (ResultSet rs = meta.getTables(null, schema, name, null)) {
				if (rs.next()) {
					return true;
				}
			}
		}
		return false;
	}

}
