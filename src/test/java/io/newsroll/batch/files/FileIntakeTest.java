package io.newsroll.batch.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import io.newsroll.core.reject.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the first look makes of files that changed between the listing and the read: a
 * file replaced by a directory or removed is that one file's reject, with the cause.
 */
class FileIntakeTest {

	private static final Instant WHEN = Instant.parse("2024-05-01T08:00:00Z");

	private final FileIntake intake = new FileIntake(1024 * 1024);

	@TempDir
	Path tmp;

	@Test
	void aFileReplacedByADirectoryAfterTheListingIsUnreadableNamingIt() throws Exception {
		Path page = this.tmp.resolve("page.html");
		Files.createDirectories(page); // listed as a file of 120 bytes, a directory when
										// read

		FileIntake.Result result = this.intake.look(new ChangedFile(new InputFile(page, "page.html", 120, WHEN), null));

		assertThat(result).isInstanceOf(FileIntake.Result.Refused.class);
		var violation = ((FileIntake.Result.Refused) result).violation();
		assertThat(violation.reason()).isEqualTo(ReasonCode.UNREADABLE);
		assertThat(violation.file()).isEqualTo("page.html");
		assertThat(violation.message()).contains("cannot read the file").contains("directory");
	}

	@Test
	void aFileRemovedAfterTheListingIsUnreadableNamingIt() {
		Path gone = this.tmp.resolve("gone.html");

		FileIntake.Result result = this.intake.look(new ChangedFile(new InputFile(gone, "gone.html", 120, WHEN), null));

		assertThat(result).isInstanceOf(FileIntake.Result.Refused.class);
		assertThat(((FileIntake.Result.Refused) result).violation().message()).contains("cannot read the file")
			.contains("gone.html");
	}

	@Test
	void aReadableFileIsReadAndHashed() throws Exception {
		Path page = Files.writeString(this.tmp.resolve("ok.html"), "<p>正文</p>");

		FileIntake.Result result = this.intake.look(new ChangedFile(new InputFile(page, "ok.html", 16, WHEN), null));

		assertThat(result).isInstanceOf(FileIntake.Result.Read.class);
		assertThat(((FileIntake.Result.Read) result).sha256()).hasSize(64);
	}

}
