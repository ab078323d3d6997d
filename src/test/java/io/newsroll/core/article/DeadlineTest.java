package io.newsroll.core.article;

import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineTest {

	/** A clock that stands still until the test moves it. */
	private final AtomicLong now = new AtomicLong(1_000_000L);

	@Test
	void passesOnlyOnceTheLimitIsOver() {
		Deadline deadline = Deadline.after(Duration.ofMillis(5), this.now::get);
		this.now.addAndGet(Duration.ofMillis(5).toNanos());
		assertThat(deadline.passed()).isFalse();
		deadline.check();
		this.now.addAndGet(1);
		assertThat(deadline.passed()).isTrue();
		assertThatThrownBy(deadline::check).isInstanceOf(Deadline.Exceeded.class)
			.hasMessageContaining("time limit of 5 ms");
	}

	@Test
	void worksAcrossTheOverflowOfTheNanosecondCounter() {
		this.now.set(Long.MAX_VALUE - 10);
		Deadline deadline = Deadline.after(Duration.ofNanos(100), this.now::get);
		this.now.addAndGet(50);
		assertThat(deadline.passed()).isFalse();
		this.now.addAndGet(51);
		assertThat(deadline.passed()).isTrue();
	}

	@Test
	void noneAndAZeroLimitNeverPass() {
		assertThat(Deadline.none().passed()).isFalse();
		Deadline zero = Deadline.after(Duration.ZERO, this.now::get);
		this.now.addAndGet(Long.MAX_VALUE / 2);
		assertThat(zero.passed()).isFalse();
		assertThat(zero.limit()).isEqualTo(Duration.ZERO);
		assertThatIllegalArgumentException().isThrownBy(() -> Deadline.after(Duration.ofMillis(-1), this.now::get));
	}

	@Test
	void guardLeavesOrdinaryLinesUnwrapped() {
		Deadline deadline = Deadline.after(Duration.ofMillis(5), this.now::get);
		String line = "a".repeat(Deadline.GUARDED_LENGTH - 1);
		assertThat(deadline.guard(line)).isSameAs(line);
		String longLine = "a".repeat(Deadline.GUARDED_LENGTH);
		assertThat(deadline.guard(longLine)).isNotSameAs(longLine).hasToString(longLine);
		assertThat(Deadline.none().guard(longLine)).isSameAs(longLine);
	}

	@Test
	void guardStopsACatastrophicallyBacktrackingPatternOnceTimeIsOut() {
		// every look at the clock moves it on a millisecond: the limit is passed after a
		// known number of looks
		AtomicLong ticks = new AtomicLong();
		Deadline deadline = Deadline.after(Duration.ofMillis(20),
				() -> ticks.getAndIncrement() * Duration.ofMillis(1).toNanos());
		// (a+)+b against a run of a's without b tries 2^n ways: without the guard, years
		CharSequence text = deadline.guard("a".repeat(Deadline.GUARDED_LENGTH));
		assertThatThrownBy(() -> Pattern.compile("(a+)+b").matcher(text).find()).isInstanceOf(Deadline.Exceeded.class);
		assertThat(ticks.get()).isBetween(21L, 23L);
	}

	@Test
	void readerStopsAParseOnceTimeIsOut() throws IOException {
		Deadline deadline = Deadline.after(Duration.ofMillis(5), this.now::get);
		Reader reader = deadline.reader("<p>text</p>".repeat(10));
		char[] buffer = new char[16];
		assertThat(reader.read(buffer, 0, buffer.length)).isEqualTo(16);
		this.now.addAndGet(Duration.ofMillis(6).toNanos());
		assertThatThrownBy(() -> reader.read(buffer, 0, buffer.length)).isInstanceOf(Deadline.Exceeded.class);
	}

}
