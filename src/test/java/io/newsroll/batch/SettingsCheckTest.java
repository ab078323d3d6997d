package io.newsroll.batch;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsCheckTest {

	private static StandardEnvironment environment(Map<String, Object> variables, Map<String, Object> properties) {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		env.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		env.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env", variables));
		env.getPropertySources().addFirst(new MapPropertySource("file", properties));
		return env;
	}

	@Test
	void knowsEverySettingOfTheRecord() {
		assertThat(SettingsCheck.known()).contains("newsroll.zone", "newsroll.ingest.chunk-size",
				"newsroll.ingest.max-decompressed-bytes", "newsroll.ingest.halt-at", "newsroll.log-dir",
				"newsroll.database-url");
	}

	@Test
	void namesAMisspelledVariableOrPropertyAndSuggestsTheSetting() {
		var env = environment(
				Map.of("NEWSROLL_INGEST_PARTITONS", "4", "NEWSROLL_INGEST_CHUNKSIZE", "10", "NEWSROLL_DB_URL", "x",
						"NEWSROLL_CLOCK_OFFSET", "P365D", "PATH", "/bin"),
				Map.of("newsroll.ingest.chunkSize", "5", "newsroll.zoen", "UTC", "newsroll.zone", "UTC",
						"spring.main.banner-mode", "off"));
		assertThat(SettingsCheck.unknown(env)).extracting(SettingsCheck.Unknown::message)
			.containsExactlyInAnyOrder("unknown setting newsroll.zoen is ignored; did you mean newsroll.zone?",
					"unknown setting NEWSROLL_INGEST_PARTITONS is ignored; did you mean NEWSROLL_INGEST_PARTITIONS?");
	}

	@Test
	void aVariableWithTheDashAsUnderscoreIsNotBoundAndSaysTheFormThatIs() {
		var env = environment(Map.of("NEWSROLL_INGEST_CHUNK_SIZE", "10"), Map.of());
		assertThat(SettingsCheck.unknown(env)).extracting(SettingsCheck.Unknown::message)
			.containsExactly(
					"unknown setting NEWSROLL_INGEST_CHUNK_SIZE is ignored; did you mean NEWSROLL_INGEST_CHUNKSIZE?");
	}

}
