package io.newsroll.batch.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.hsqldb.jdbc.JDBCDataSource;

/**
 * An HSQLDB file database brought to an older schema version by the migration scripts
 * themselves, as a user's database was before an upgrade: what the migration tests start
 * from and read back.
 */
final class OldSchemaDatabase {

	private OldSchemaDatabase() {
	}

	/** A file database in the directory, not yet opened. */
	static JDBCDataSource at(Path dir) {
		JDBCDataSource ds = new JDBCDataSource();
		ds.setUrl(HsqldbUrls.file(dir.resolve("db")));
		ds.setUser("SA");
		ds.setPassword("");
		return ds;
	}

	/**
	 * Applies the named scripts ("V1__articles", …) in order and records each in the
	 * version table, as newsroll's own migrator (before Flyway) did.
	 */
	static void migrate(Statement st, List<String> scripts) throws SQLException, IOException {
		st.execute("CREATE TABLE newsroll_schema_version (version INTEGER NOT NULL PRIMARY KEY, "
				+ "name VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
		for (String script : scripts) {
			for (String sql : statements(script(script))) {
				st.execute(sql);
			}
			st.execute("INSERT INTO newsroll_schema_version (version, name) VALUES (" + script.charAt(1) + ", '"
					+ script.substring(3) + "')");
		}
	}

	/** The text of a migration script, common or HSQLDB's own. */
	static String script(String name) throws IOException {
		InputStream found = OldSchemaDatabase.class.getResourceAsStream("/db/migration/" + name + ".sql");
		if (found == null) {
			found = OldSchemaDatabase.class.getResourceAsStream("/db/vendor/hsqldb/" + name + ".sql");
		}
		try (InputStream in = found) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * Splits a script on semicolons at line ends, dropping {@code --} comment lines, as
	 * newsroll's own migrator did.
	 */
	static List<String> statements(String sql) {
		StringBuilder clean = new StringBuilder();
		for (String line : sql.split("\n")) {
			if (!line.strip().startsWith("--")) {
				clean.append(line).append('\n');
			}
		}
		return java.util.Arrays.stream(clean.toString().split(";\\s*\n"))
			.map(String::strip)
			.filter((s) -> !s.isEmpty())
			.toList();
	}

	/** The rows a query returns, each as its columns joined by |. */
	static List<String> rows(JDBCDataSource ds, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection con = ds.getConnection();
				Statement st = con.createStatement();
				ResultSet rs = st.executeQuery(sql)) {
			int n = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= n; i++) {
					row.append((i > 1) ? "|" : "").append(rs.getString(i));
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}

}
