package io.newsroll.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A small tmpfs mounted by a test over a directory, so that a real file system fills up
 * (or refuses writes) under newsroll, as a full or read-only disk does. Mounting needs
 * root: the test is skipped otherwise (the assumption says why).
 */
public final class Tmpfs implements AutoCloseable {

	private final Path dir;

	private Tmpfs(Path dir) {
		this.dir = dir;
	}

	/**
	 * Mounts a tmpfs of {@code options} (e.g. {@code size=400k}, {@code ro}) over dir.
	 */
	public static Tmpfs mount(Path dir, String options) throws IOException, InterruptedException {
		assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
		Files.createDirectories(dir);
		int rc = exec("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString());
		assumeTrue(rc == 0, "mount -t tmpfs failed (no CAP_SYS_ADMIN?)");
		return new Tmpfs(dir);
	}

	/** Changes the mount's options (e.g. a larger size: space freed). */
	public void remount(String options) throws IOException, InterruptedException {
		if (exec("mount", "-o", "remount," + options, this.dir.toString()) != 0) {
			throw new IOException("remount of " + this.dir + " failed");
		}
	}

	@Override
	public void close() throws IOException, InterruptedException {
		exec("umount", "-l", this.dir.toString());
	}

	private static int exec(String... command) throws IOException, InterruptedException {
		List<String> cmd = new ArrayList<>(List.of(command));
		Process p = new ProcessBuilder(cmd).inheritIO().start();
		if (!p.waitFor(30, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			return -1;
		}
		return p.exitValue();
	}

}
