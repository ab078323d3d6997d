package io.newsroll.batch.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class InputFilesTest {

	@TempDir
	Path root;

	@Test
	void theEstimateCountsWhatTheWalkReturnsInNestedFolders() throws Exception {
		write("a.html");
		write("2024/05/01/b.txt.gz");
		write("2024/05/01/C.HTM");
		write("2024/05/02/notes.md");
		write("2024/readme");
		Files.createDirectories(this.root.resolve("empty/deeper"));

		List<String> walked = new ArrayList<>();
		InputFiles.walk(this.root, InputFiles::isArticleName).forEachRemaining((f) -> walked.add(f.name()));

		assertThat(walked).containsExactly("2024/05/01/C.HTM", "2024/05/01/b.txt.gz", "a.html");
		assertThat(InputFiles.estimateCount(this.root, InputFiles::isArticleName)).isEqualTo(3);
	}

	@Test
	void aFolderNamedLikeAPageCountsAsOneFileAndAMissingFolderAsNone() throws Exception {
		write("odd.html/inside.txt");
		write("odd.html/more.txt");

		assertThat(InputFiles.estimateCount(this.root, InputFiles::isArticleName)).isEqualTo(1);
		assertThat(InputFiles.estimateCount(this.root.resolve("missing"), InputFiles::isArticleName)).isZero();
	}

	private void write(String name) throws Exception {
		Path p = this.root.resolve(name);
		Files.createDirectories(p.getParent());
		Files.writeString(p, "x");
	}

}
