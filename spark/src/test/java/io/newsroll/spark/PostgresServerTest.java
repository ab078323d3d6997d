package io.newsroll.spark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresServerTest {

	@Test
	void startsAndMakesDatabases() throws Exception {
		String url = PostgresServer.newDatabase();
		try (Connection c = DriverManager.getConnection(url, "postgres", "");
				ResultSet rs = c.createStatement().executeQuery("SELECT current_database()")) {
			rs.next();
			assertThat(rs.getString(1)).startsWith("newsroll");
		}
	}

}
