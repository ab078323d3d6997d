package io.newsroll.batch.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Migrations#LATEST} is the version the scripts bring a database to: the commands
 * that read without Spring read only a database at that version, and leave any other to
 * the Spring context's migration. A new script must raise it.
 */
class MigrationsLatestTest {

	private static final Pattern VERSION = Pattern.compile("^V(\\d+)__.*\\.sql$");

	@Test
	void latestIsTheHighestVersionOfTheScripts() throws IOException {
		int highest = 0;
		try (Stream<Path> scripts = Files.walk(Path.of("src/main/resources/db"))) {
			for (Path script : scripts.filter(Files::isRegularFile).toList()) {
				Matcher m = VERSION.matcher(script.getFileName().toString());
				if (m.matches()) {
					highest = Math.max(highest, Integer.parseInt(m.group(1)));
				}
			}
		}
		assertThat(highest).isPositive();
		assertThat(Migrations.LATEST).as("Migrations.LATEST: raise it with every new migration script")
			.isEqualTo(highest);
	}

}
