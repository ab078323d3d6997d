package io.newsroll.batch.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import org.hsqldb.jdbc.JDBCDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file database keeps its data file memory-mapped up to 8 GB, from the next time it
 * grows and in every later session; a database in memory and a higher limit are left
 * alone.
 */
class HsqldbDataFileTest {

	@TempDir
	Path dir;

	@Test
	void raisesTheLimitOfAFileDatabaseAndTheDatabaseKeepsIt() throws Exception {
		String url = HsqldbUrls.file(this.dir.resolve("db/newsroll"));
		assertThat(nioLimit(url)).isEqualTo(256);

		HsqldbDataFile.keepMapped(dataSource(url));

		// reopened: the setting was stored in the database
		assertThat(nioLimit(url)).isEqualTo(HsqldbDataFile.NIO_MAX_MB);
	}

	@Test
	void leavesAHigherLimitAlone() throws Exception {
		String url = HsqldbUrls.file(this.dir.resolve("db/big")) + ";hsqldb.nio_max_size=16384";
		assertThat(nioLimit(url)).isEqualTo(16384);

		HsqldbDataFile.keepMapped(dataSource(url));

		assertThat(nioLimit(url)).isEqualTo(16384);
	}

	@Test
	void leavesADatabaseInMemoryAlone() throws Exception {
		String url = "jdbc:hsqldb:mem:datafile";
		DataSource ds = dataSource(url);
		try (Connection keepOpen = ds.getConnection()) {
			HsqldbDataFile.keepMapped(ds);

			assertThat(nioLimit(url)).isEqualTo(256);
		}
	}

	private static int nioLimit(String url) throws Exception {
		try (Connection con = dataSource(url).getConnection();
				Statement st = con.createStatement();
				ResultSet rs = st.executeQuery("SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES "
						+ "WHERE PROPERTY_NAME = 'hsqldb.nio_max_size'")) {
			rs.next();
			return Integer.parseInt(rs.getString(1).strip());
		}
	}

	private static DataSource dataSource(String url) {
		return new SimpleDriverDataSource(new JDBCDriver(), url, "SA", "");
	}

}
