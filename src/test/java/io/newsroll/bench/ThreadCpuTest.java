package io.newsroll.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadCpuTest {

	@TempDir
	Path proc;

	@Test
	void addsUpUserAndSystemTicksByKindOfThread() throws Exception {
		task("101", "ingest-1", 250, 50);
		task("102", "ingest-2", 200, 20);
		task("103", "C2 CompilerThre", 900, 10);
		task("104", "GC Thread#0", 30, 0);
		task("105", "G1 Conc#0", 5, 5);
		task("106", "java", 400, 100);
		ThreadCpu threads = new ThreadCpu(this.proc);

		threads.sample();

		assertThat(threads.byKind()).containsExactly(Map.entry("C2 compiler", Duration.ofMillis(9100)),
				Map.entry("workers", Duration.ofMillis(5200)), Map.entry("main", Duration.ofMillis(5000)),
				Map.entry("GC and VM", Duration.ofMillis(400)));
	}

	@Test
	void keepsWhatAThreadUsedUpToTheLastSampleAfterItEnds() throws Exception {
		task("101", "ingest-1", 100, 0);
		ThreadCpu threads = new ThreadCpu(this.proc);
		threads.sample();
		task("101", "ingest-1", 300, 0);
		threads.sample();

		Files.delete(this.proc.resolve("101/stat"));
		Files.delete(this.proc.resolve("101"));
		threads.sample();

		assertThat(threads.byKind()).containsExactly(Map.entry("workers", Duration.ofSeconds(3)));
	}

	@Test
	void readsAThreadNameWithSpacesAndParentheses() throws Exception {
		task("101", "HSQLDB Timer (x)", 100, 0);
		ThreadCpu threads = new ThreadCpu(this.proc);

		threads.sample();

		assertThat(threads.byKind()).containsExactly(Map.entry("HSQLDB", Duration.ofSeconds(1)));
	}

	@Test
	void countsNothingForAProcessThatIsGone() {
		ThreadCpu threads = new ThreadCpu(this.proc.resolve("missing"));

		threads.sample();

		assertThat(threads.byKind()).isEmpty();
	}

	@Test
	void seesThisJvmsOwnThreads() {
		ThreadCpu threads = new ThreadCpu(ProcessHandle.current().pid());

		threads.sample();

		// Linux only: elsewhere there is no /proc and nothing is counted
		if (Files.isDirectory(Path.of("/proc/self/task"))) {
			assertThat(threads.byKind()).containsKey("main");
		}
	}

	@Test
	void namesTheKindsOfHotSpotAndNewsrollThreads() {
		assertThat(ThreadCpu.kind("ingest-12")).isEqualTo("workers");
		assertThat(ThreadCpu.kind("C1 CompilerThre")).isEqualTo("C1 compiler");
		assertThat(ThreadCpu.kind("VM Thread")).isEqualTo("GC and VM");
		assertThat(ThreadCpu.kind("G1 Refine#0")).isEqualTo("GC and VM");
		assertThat(ThreadCpu.kind("HikariPool-1:ho")).isEqualTo("other");
	}

	private void task(String tid, String name, long utime, long stime) throws Exception {
		Path dir = Files.createDirectories(this.proc.resolve(tid));
		// the fields after the name: state, ppid, pgrp, session, tty, tpgid, flags,
		// minflt,
		// cminflt, majflt, cmajflt, utime, stime, cutime...
		String stat = tid + " (" + name + ") S 1 1 1 0 -1 0 0 0 0 0 " + utime + " " + stime + " 0 0 20 0 1 0\n";
		Files.writeString(dir.resolve("stat"), stat, StandardCharsets.US_ASCII);
	}

}
