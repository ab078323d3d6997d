package io.newsroll.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/newsroll} (the extracted jar with a class-data-sharing archive, see
 * docs/performance.md) answers as {@code java -jar target/newsroll.jar} does: same
 * output, same exit codes. Needs the packaged jar (failsafe runs after package).
 */
class LauncherScriptIT {

	private record Result(int exit, String out, String err) {
	}

	@Test
	void theLauncherAnswersAsTheJarDoes(@TempDir Path dir) throws Exception {
		Path jar = dir.resolve("build/newsroll.jar");
		Files.createDirectories(jar.getParent());
		Files.copy(Path.of("target/newsroll.jar"), jar);
		Path work = Files.createDirectories(dir.resolve("work"));
		for (List<String> args : List.of(List.of("--version"), List.of("jobs", "lst"),
				List.of("jobs", "list", "--db-url", "jdbc:hsqldb:mem:launcher"))) {
			Result launcher = run(work, jar, script(args));
			List<String> plain = new ArrayList<>(List.of("java", "-jar", jar.toString()));
			plain.addAll(args);
			Result direct = run(work, jar, plain);
			assertThat(launcher).as(String.join(" ", args)).isEqualTo(direct);
		}
		assertThat(jar.resolveSibling("newsroll-app").resolve("newsroll.jsa")).as("the archive made on first use")
			.isRegularFile();
	}

	private static List<String> script(List<String> args) {
		List<String> command = new ArrayList<>(List.of("sh", Path.of("bin/newsroll").toAbsolutePath().toString()));
		command.addAll(args);
		return command;
	}

	private static Result run(Path work, Path jar, List<String> command) throws IOException, InterruptedException {
		ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
		pb.environment().put("NEWSROLL_JAR", jar.toString());
		pb.redirectOutput(work.resolve("out.txt").toFile());
		pb.redirectError(work.resolve("err.txt").toFile());
		Process p = pb.start();
		assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
		return new Result(p.exitValue(), Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8),
				Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8));
	}

}
