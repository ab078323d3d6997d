package io.newsroll.batch.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the versioned scripts {@code db/migration/V<n>__<name>.sql} in order, each
 * once, recording the applied versions in {@code newsroll_schema_version}. Small and
 * dependency-free on purpose: the scripts are plain SQL that HSQLDB and server databases
 * accept.
 */
public final class SchemaMigrator {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);

	private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

	private SchemaMigrator() {
	}

	public static void migrate(DataSource dataSource) {
		try (Connection con = dataSource.getConnection()) {
			boolean autoCommit = con.getAutoCommit();
			con.setAutoCommit(false);
			try (Statement st = con.createStatement()) {
				if (!tableExists(con, "NEWSROLL_SCHEMA_VERSION")) {
					st.execute("CREATE TABLE newsroll_schema_version (version INTEGER NOT NULL PRIMARY KEY, "
							+ "name VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
					con.commit();
				}
				int current = 0;
				try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM newsroll_schema_version")) {
					if (rs.next()) {
						current = rs.getInt(1);
					}
				}
				for (Script script : scripts()) {
					if (script.version() <= current) {
						continue;
					}
					log.info("Applying schema migration V{} {}", script.version(), script.name());
					for (String sql : statements(script.sql())) {
						st.execute(sql);
					}
					try (var ps = con
						.prepareStatement("INSERT INTO newsroll_schema_version (version, name) VALUES (?, ?)")) {
						ps.setInt(1, script.version());
						ps.setString(2, script.name());
						ps.executeUpdate();
					}
					con.commit();
				}
			}
			catch (SQLException ex) {
				con.rollback();
				throw ex;
			}
			finally {
				con.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Database migration failed: " + ex.getMessage(), ex);
		}
	}

	private static boolean tableExists(Connection con, String table) throws SQLException {
		try (ResultSet rs = con.getMetaData().getTables(null, null, table, null)) {
			if (rs.next()) {
				return true;
			}
		}
		try (ResultSet rs = con.getMetaData().getTables(null, null, table.toLowerCase(), null)) {
			return rs.next();
		}
	}

	private record Script(int version, String name, String sql) {
	}

	private static List<Script> scripts() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:db/migration/V*__*.sql");
			List<Script> scripts = new ArrayList<>();
			for (Resource resource : resources) {
				Matcher m = SCRIPT.matcher(resource.getFilename());
				if (!m.matches()) {
					continue;
				}
				try (InputStream in = resource.getInputStream()) {
					scripts.add(new Script(Integer.parseInt(m.group(1)), m.group(2),
							new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
			scripts.sort(Comparator.comparingInt(Script::version));
			return scripts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Splits a script on semicolons at line ends, dropping {@code --} comment lines. */
	static List<String> statements(String sql) {
		StringBuilder clean = new StringBuilder();
		for (String line : sql.split("\n")) {
			if (!line.strip().startsWith("--")) {
				clean.append(line).append('\n');
			}
		}
		return Arrays.stream(clean.toString().split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
