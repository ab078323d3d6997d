package io.newsroll.batch.db;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.hsqldb.server.Server;
import org.hsqldb.server.ServerConstants;

/**
 * Serves the embedded file database over HSQLDB's network protocol on localhost while a
 * long-lived process (the scheduler) runs, so that other newsroll processes (admin
 * commands, a cron run) use it at the same time instead of being locked out of the file.
 * The endpoint is written next to the database ({@code <db>.server});
 * {@link #liveUrl(Path)} gives it to the other processes while the serving process is
 * alive.
 */
public final class DatabaseServer implements AutoCloseable {

	private final Server server;

	private final Path endpoint;

	private final String url;

	private DatabaseServer(Server server, Path endpoint, String url) {
		this.server = server;
		this.endpoint = endpoint;
		this.url = url;
	}

	/** True for an embedded HSQLDB file URL, the only kind this serves. */
	public static boolean isFileUrl(String jdbcUrl) {
		return HsqldbUrls.isFile(jdbcUrl);
	}

	/**
	 * The endpoint file of a file database URL: {@code output/db/newsroll} →
	 * {@code output/db/newsroll.server}.
	 */
	public static Path endpointFile(String fileUrl) {
		return Path.of(databasePath(fileUrl) + ".server");
	}

	private static String databasePath(String fileUrl) {
		return HsqldbUrls.path(fileUrl).toString();
	}

	public static DatabaseServer start(String fileUrl) throws IOException {
		Path db = Path.of(databasePath(fileUrl)).toAbsolutePath();
		int port;
		try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			port = probe.getLocalPort();
		}
		Server server = new Server();
		// before any other setting: HSQLDB's Server traces each setter to standard output
		server.setLogWriter(new PrintWriter(Writer.nullWriter()));
		server.setErrWriter(new PrintWriter(Writer.nullWriter()));
		server.setSilent(true);
		server.setAddress("127.0.0.1");
		server.setPort(port);
		server.setDatabaseName(0, "newsroll");
		server.setDatabasePath(0, HsqldbUrls.serverPath(db));
		server.setNoSystemExit(true);
		server.start();
		if (server.getState() != ServerConstants.SERVER_STATE_ONLINE) {
			throw new IOException("the database server did not start: " + server.getStateDescriptor());
		}
		String url = "jdbc:hsqldb:hsql://127.0.0.1:" + port + "/newsroll";
		Path endpoint = endpointFile(fileUrl);
		Properties p = new Properties();
		p.setProperty("url", url);
		p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
		try (var out = Files.newBufferedWriter(endpoint, StandardCharsets.UTF_8)) {
			p.store(out, "newsroll database server: other newsroll processes connect here while it runs");
		}
		return new DatabaseServer(server, endpoint, url);
	}

	public String url() {
		return this.url;
	}

	/** The server URL, when a live process serves the database of this file URL. */
	public static Optional<String> liveUrl(String fileUrl) {
		Path endpoint = endpointFile(fileUrl);
		if (!Files.exists(endpoint)) {
			return Optional.empty();
		}
		Properties p = new Properties();
		try (var in = Files.newBufferedReader(endpoint, StandardCharsets.UTF_8)) {
			p.load(in);
			long pid = Long.parseLong(p.getProperty("pid", "-1"));
			String url = p.getProperty("url", "");
			boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
			if (!alive || !url.startsWith("jdbc:hsqldb:hsql://")) {
				return Optional.empty();
			}
			String hostPort = url.substring("jdbc:hsqldb:hsql://".length()).split("/", 2)[0];
			int colon = hostPort.lastIndexOf(':');
			try (Socket s = new Socket()) {
				s.connect(new InetSocketAddress(hostPort.substring(0, colon),
						Integer.parseInt(hostPort.substring(colon + 1))), 1000);
			}
			return Optional.of(url);
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void close() {
		try {
			Files.deleteIfExists(this.endpoint);
		}
		catch (IOException ex) {
			// a stale endpoint file is ignored by liveUrl: its process is gone
		}
		this.server.shutdownWithCatalogs(org.hsqldb.Database.CLOSEMODE_NORMAL);
	}

}
