package io.newsroll.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * spark/pom.xml is not under the root pom (Spring Boot's parent would rewrite Spark's
 * versions), so it names again what it shares with it: the core's version and the core's
 * own dependencies. They must agree.
 */
class SparkBuildTest {

	@ParameterizedTest
	@CsvSource({ "newsroll.version, <artifactId>newsroll</artifactId>\\s*<version>([^<]+)</version>",
			"jsoup.version, <jsoup.version>([^<]+)</jsoup.version>",
			"juniversalchardet.version, <juniversalchardet.version>([^<]+)</juniversalchardet.version>" })
	void namesWhatTheRootBuildNames(String property, String inRoot) throws Exception {
		String root = Files.readString(Path.of("../pom.xml"));
		String spark = Files.readString(Path.of("pom.xml"));

		assertThat(value(spark, "<" + property + ">([^<]+)</" + property + ">")).isEqualTo(value(root, inRoot));
	}

	private static String value(String pom, String regex) {
		Matcher m = Pattern.compile(regex).matcher(pom);
		assertThat(m.find()).as(regex).isTrue();
		return m.group(1).trim();
	}

}
