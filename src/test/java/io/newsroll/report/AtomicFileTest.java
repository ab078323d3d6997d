package io.newsroll.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class AtomicFileTest {

	@TempDir
	Path dir;

	@Test
	void writesTheFileUnderItsNameOnlyWhenComplete() throws IOException {
		Path target = this.dir.resolve("reports/r.xlsx");
		AtomicFile.write(target, (out) -> out.write("complete".getBytes(StandardCharsets.UTF_8)));
		assertThat(target).hasContent("complete");
		assertThat(names(target.getParent())).containsExactly("r.xlsx");
	}

	@Test
	void aFailureHalfWayLeavesNeitherAFileNorAPart() {
		Path target = this.dir.resolve("r.pdf");
		assertThatIOException().isThrownBy(() -> AtomicFile.write(target, (out) -> {
			out.write(new byte[100_000]);
			throw new IOException("disk full");
		}));
		assertThat(target).doesNotExist();
		assertThat(names(this.dir)).isEmpty();
	}

	@Test
	void aFailedRewriteKeepsThePreviousReport() throws IOException {
		Path target = this.dir.resolve("r.pdf");
		AtomicFile.write(target, (out) -> out.write("old".getBytes(StandardCharsets.UTF_8)));
		assertThatIOException().isThrownBy(() -> AtomicFile.write(target, (out) -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("killed");
		}));
		assertThat(target).hasContent("old");
		assertThat(names(this.dir)).containsExactly("r.pdf");
	}

	private static Stream<String> names(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map((p) -> p.getFileName().toString()).toList().stream();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
