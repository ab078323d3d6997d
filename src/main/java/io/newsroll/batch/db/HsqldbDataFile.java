package io.newsroll.batch.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an HSQLDB file database's {@code .data} file memory-mapped as it grows.
 * <p>
 * HSQLDB reads the rows of a cached table through a memory map while the file is smaller
 * than {@code hsqldb.nio_max_size} (256 MB unless set), and with a seek and a read system
 * call per row beyond it. A database of articles passes 256 MB at about 26,000 articles
 * (the 100,000-page benchmark's file: 570 MB for 57,715 articles and the rest of their
 * ingest), and every insert walks the article indexes, whose nodes live in the rows: at
 * 100,000 pages the system calls were a fifth of the machine's processor time and an
 * ingest took 10 to 15 % longer than with the map (README, Speed). So the limit is raised
 * to {@value #NIO_MAX_MB} MB, the size of about 850,000 articles; a larger file is read
 * with system calls again, as HSQLDB does by default.
 * <p>
 * The setting is stored in the database ({@code SET FILES NIO SIZE}); HSQLDB consults it
 * whenever the file grows, so a new database is mapped from its first run and an existing
 * one from the first time it grows. A limit already set higher is left alone; databases
 * other than HSQLDB's file databases (in memory, or another product) are not touched.
 */
public final class HsqldbDataFile {

	private static final Logger log = LoggerFactory.getLogger(HsqldbDataFile.class);

	/** The size up to which the data file stays mapped, in MB (a power of two). */
	static final int NIO_MAX_MB = 8192;

	private HsqldbDataFile() {
	}

	/**
	 * Raises the database's memory-map limit to {@value #NIO_MAX_MB} MB when it is an
	 * HSQLDB database stored in files and its limit is lower. Best effort: a database
	 * that refuses (another product, a user without the right) is used as it is.
	 */
	public static void keepMapped(DataSource dataSource) {
		try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
			if (!"HSQL Database Engine".equals(con.getMetaData().getDatabaseProductName())) {
				return;
			}
			if (!value(st, "SELECT VALUE FROM INFORMATION_SCHEMA.SYSTEM_SESSIONINFO WHERE KEY = 'DATABASE'")
				.startsWith("file:")) {
				return;
			}
			int limit = Integer.parseInt(value(st, "SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES "
					+ "WHERE PROPERTY_NAME = 'hsqldb.nio_max_size'")
				.strip());
			if (limit >= NIO_MAX_MB) {
				return;
			}
			st.execute("SET FILES NIO SIZE " + NIO_MAX_MB);
			log.info("HSQLDB data file: memory-mapped up to {} MB (was {} MB)", NIO_MAX_MB, limit);
		}
		catch (SQLException | RuntimeException ex) {
			log.debug("HSQLDB data file: memory-map limit left as it is ({})", ex.getMessage());
		}
	}

	private static String value(Statement st, String sql) throws SQLException {
		try (ResultSet rs = st.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : "";
		}
	}

}
