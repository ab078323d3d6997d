package io.newsroll.core.clock;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SystemClocksTest {

	@Test
	void noSettingMeansNoOffset() {
		assertThat(SystemClocks.offset((k) -> null, (k) -> null)).isZero();
		assertThat(SystemClocks.offset((k) -> " ", (k) -> "")).isZero();
	}

	@Test
	void theVariableMovesTheClockAndThePropertyWinsOverIt() {
		Map<String, String> env = Map.of(SystemClocks.VARIABLE, "P365D");
		assertThat(SystemClocks.offset((k) -> null, env::get)).isEqualTo(Duration.ofDays(365));
		Map<String, String> props = Map.of(SystemClocks.PROPERTY, "-PT6H");
		assertThat(SystemClocks.offset(props::get, env::get)).isEqualTo(Duration.ofHours(-6));
	}

	@Test
	void aValueThatIsNoDurationIsNamedWithItsSource() {
		Map<String, String> env = Map.of(SystemClocks.VARIABLE, "1 year");
		assertThatThrownBy(() -> SystemClocks.offset((k) -> null, env::get))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("NEWSROLL_CLOCK_OFFSET must be an ISO-8601 duration such as P365D or -PT6H, not '1 year'");
	}

}
