package io.newsroll.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs newsroll as a real process, as cron or an admin would: its own JVM, the working
 * directory given, the test class path.
 */
public final class CliProcess {

	/** What a finished process left. */
	public record Result(int exitCode, String out, String err) {
	}

	private CliProcess() {
	}

	public static Result run(Path workingDir, Map<String, String> systemProperties, String... args)
			throws IOException, InterruptedException {
		return run(workingDir, List.of(), systemProperties, args);
	}

	/** {@link #run(Path, Map, String...)} with options for the JVM (-Xlog:..., -X...). */
	public static Result run(Path workingDir, List<String> jvmOptions, Map<String, String> systemProperties,
			String... args) throws IOException, InterruptedException {
		Process p = start(workingDir, jvmOptions, systemProperties, args);
		if (!p.waitFor(5, TimeUnit.MINUTES)) {
			p.destroyForcibly();
			throw new IllegalStateException("newsroll " + String.join(" ", args) + " did not end within 5 minutes");
		}
		return new Result(p.exitValue(), read(workingDir.resolve(".out")), read(workingDir.resolve(".err")));
	}

	public static Process start(Path workingDir, Map<String, String> systemProperties, String... args)
			throws IOException {
		return start(workingDir, List.of(), systemProperties, args);
	}

	private static Process start(Path workingDir, List<String> jvmOptions, Map<String, String> systemProperties,
			String... args) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Djava.awt.headless=true"));
		command.addAll(jvmOptions);
		systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.newsroll.NewsrollApplication"));
		command.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(command).directory(workingDir.toFile())
			.redirectOutput(workingDir.resolve(".out").toFile())
			.redirectError(workingDir.resolve(".err").toFile());
		pb.environment().remove("NEWSROLL_DB_URL");
		return pb.start();
	}

	private static String read(Path p) throws IOException {
		return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
	}

}
