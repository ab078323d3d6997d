package io.newsroll.batch.db;

import java.nio.file.Path;

/**
 * The one place that writes and reads the JDBC URLs of newsroll's embedded HSQLDB file
 * database: the commands' default, the scheduler's database server, the benchmarks and
 * the tests all open it with the same settings.
 */
public final class HsqldbUrls {

	/** The prefix of an HSQLDB file database URL. */
	public static final String FILE_PREFIX = "jdbc:hsqldb:file:";

	/**
	 * How newsroll opens its file database: multiversion concurrency (readers never wait
	 * for a writer), each commit written at once, tables cached on disk rather than held
	 * in memory.
	 */
	public static final String SETTINGS = ";hsqldb.tx=mvcc;hsqldb.write_delay=false;hsqldb.default_table_type=cached";

	private HsqldbUrls() {
	}

	/**
	 * The URL of the file database at {@code db} (its files are {@code db.data},
	 * {@code db.script}...), closed when its last connection closes.
	 */
	public static String file(Path db) {
		return FILE_PREFIX + db.toString().replace('\\', '/') + SETTINGS + ";shutdown=true";
	}

	/**
	 * The URL of the file database at {@code db} for a caller without a connection pool
	 * that ends with {@code SHUTDOWN} itself: it stays open between connections (with
	 * {@code shutdown=true} a data source that connects per statement would reopen the
	 * database for every statement), and commits are written at HSQLDB's default delay.
	 */
	public static String unpooled(Path db) {
		return FILE_PREFIX + db.toString().replace('\\', '/') + ";hsqldb.tx=mvcc;hsqldb.default_table_type=cached";
	}

	/** The path of the database for HSQLDB's own server ({@code file:<db><settings>}). */
	static String serverPath(Path db) {
		return "file:" + db + SETTINGS;
	}

	/** True for an embedded HSQLDB file URL. */
	public static boolean isFile(String jdbcUrl) {
		return jdbcUrl != null && jdbcUrl.startsWith(FILE_PREFIX);
	}

	/**
	 * The database path of a file URL: {@code jdbc:hsqldb:file:output/db/newsroll;…} →
	 * {@code output/db/newsroll}.
	 */
	public static Path path(String fileUrl) {
		return Path.of(fileUrl.substring(FILE_PREFIX.length()).split(";", 2)[0]);
	}

}
