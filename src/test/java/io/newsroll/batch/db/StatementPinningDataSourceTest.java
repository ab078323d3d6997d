package io.newsroll.batch.db;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementPinningDataSourceTest {

	private static final String SELECT = "SELECT COUNT(*) FROM t WHERE id = ?";

	private HikariDataSource pool;

	private StatementPinningDataSource pinning;

	@BeforeEach
	void pool() throws Exception {
		this.pool = new HikariDataSource();
		this.pool.setJdbcUrl("jdbc:hsqldb:mem:" + UUID.randomUUID());
		this.pool.setUsername("SA");
		this.pool.setMaximumPoolSize(1);
		this.pinning = new StatementPinningDataSource(this.pool);
		new JdbcTemplate(this.pool).execute("CREATE TABLE t (id INT PRIMARY KEY)");
	}

	@AfterEach
	void close() throws Exception {
		this.pinning.close();
	}

	@Test
	void sessionReusesTheCompiledStatementOfSqlPreparedBefore() throws Exception {
		assertThat(compiledId(this.pinning, SELECT)).isEqualTo(compiledId(this.pinning, SELECT));
	}

	@Test
	void withoutPinningEachStatementIsCompiledAgain() throws Exception {
		assertThat(compiledId(this.pool, SELECT)).isNotEqualTo(compiledId(this.pool, SELECT));
	}

	@Test
	void pinnedStatementSeesItsTableChange() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.pinning);
		jdbc.update("INSERT INTO t (id) VALUES (1)");
		assertThat(jdbc.queryForList("SELECT * FROM t").get(0)).hasSize(1);

		jdbc.execute("ALTER TABLE t ADD COLUMN name VARCHAR(10) DEFAULT 'x'");

		assertThat(jdbc.queryForList("SELECT * FROM t").get(0)).containsEntry("NAME", "x").hasSize(2);
	}

	@Test
	void badSqlFailsAtTheCallersPrepare() {
		JdbcTemplate jdbc = new JdbcTemplate(this.pinning);

		assertThatThrownBy(() -> jdbc.queryForList("SELECT nothing FROM nowhere WHERE id = ?", 1)).rootCause()
			.hasMessageContaining("object not found: NOWHERE");
	}

	@Test
	void manySqlTextsGiveWayToTheRecentOnes() {
		JdbcTemplate jdbc = new JdbcTemplate(this.pinning);
		for (int i = 0; i < StatementPinningDataSource.PINNED_PER_CONNECTION * 3; i++) {
			assertThat(jdbc.queryForObject("SELECT COUNT(*) + " + i + " FROM t WHERE id > ?", Integer.class, 0))
				.isEqualTo(i);
		}
	}

	@Test
	void closingItClosesThePool() throws Exception {
		this.pinning.close();

		assertThat(this.pool.isClosed()).isTrue();
	}

	private static long compiledId(DataSource dataSource, String sql) throws Exception {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			PreparedStatement hsqldb = statement.unwrap(PreparedStatement.class);
			Field id = org.hsqldb.jdbc.JDBCPreparedStatement.class.getDeclaredField("statementID");
			id.setAccessible(true);
			return id.getLong(hsqldb);
		}
	}

}
