package io.newsroll.batch.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Keeps HSQLDB from compiling the same SQL again for every statement. An HSQLDB session
 * frees a compiled statement when the last JDBC statement of that SQL closes, and
 * {@code JdbcTemplate} closes each statement after one use, so every call compiled its
 * SQL anew (16 % of an ingest's CPU in a profile; a 60-parameter MERGE compiles in tens
 * of microseconds). This data source keeps one never-executed statement of each SQL text
 * open on each pooled connection, so the session finds the compiled statement and reuses
 * it; HSQLDB itself recompiles one whose tables changed since.
 * <p>
 * Each connection pins at most {@value #PINNED_PER_CONNECTION} SQL texts, the least
 * recently prepared giving way; pinned statements close with their connection.
 */
public class StatementPinningDataSource extends DelegatingDataSource implements AutoCloseable {

	static final int PINNED_PER_CONNECTION = 128;

	/** Pinned statements by physical connection (the pool's connections outlive uses). */
	private final Map<Connection, Pins> pins = new WeakHashMap<>();

	public StatementPinningDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return pinning(obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return pinning(obtainTargetDataSource().getConnection(username, password));
	}

	/** Closes the pool underneath, as the container would close it unwrapped. */
	@Override
	public void close() throws Exception {
		if (obtainTargetDataSource() instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

	private Connection pinning(Connection connection) throws SQLException {
		Connection physical = connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class)
				: connection;
		Pins pinned;
		synchronized (this.pins) {
			pinned = this.pins.computeIfAbsent(physical, Pins::new);
		}
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new PinningHandler(connection, pinned));
	}

	/** The SQL texts pinned on one physical connection. */
	private static final class Pins extends LinkedHashMap<String, PreparedStatement> {

		private final transient Connection physical;

		Pins(Connection physical) {
			super(16, 0.75f, true);
			this.physical = physical;
		}

		synchronized void pin(String sql) {
			if (get(sql) != null) {
				return;
			}
			try {
				put(sql, this.physical.prepareStatement(sql));
			}
			catch (SQLException ex) {
				// not preparable alone: the caller's own prepare reports it
			}
		}

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
			if (size() <= PINNED_PER_CONNECTION) {
				return false;
			}
			try {
				eldest.getValue().close();
			}
			catch (SQLException ex) {
				// closing a statement nobody executes: nothing to report
			}
			return true;
		}

	}

	private record PinningHandler(Connection connection, Pins pins) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
				this.pins.pin((String) args[0]);
			}
			else if (method.getName().equals("equals") && args != null && args.length == 1) {
				return proxy == args[0];
			}
			else if (method.getName().equals("hashCode") && args == null) {
				return System.identityHashCode(proxy);
			}
			try {
				return method.invoke(this.connection, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
