package io.newsroll.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a jar in a child JVM, as a user does, and keeps what it printed.
 *
 * @param exitCode the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record ChildJvm(int exitCode, String out, String err) {

	static ChildJvm run(Path workDir, Path jar, List<String> args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx1g");
		command.add("-Dfile.encoding=UTF-8");
		command.add("-jar");
		command.add(jar.toString());
		command.addAll(args);
		Path out = Files.createTempFile("newsroll-child", ".out");
		Path err = Files.createTempFile("newsroll-child", ".err");
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly().waitFor();
			throw new IllegalStateException("timed out: " + command);
		}
		ChildJvm result = new ChildJvm(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(out);
		Files.delete(err);
		return result;
	}

	@Override
	public String toString() {
		return "exit " + this.exitCode + "\n--- out\n" + this.out + "\n--- err\n" + this.err;
	}

}
