package io.newsroll.batch.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.newsroll.batch.db.Migrations;
import io.newsroll.batch.run.RunProgress;
import org.hsqldb.jdbc.JDBCDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class PartitionedFileReaderTest {

	private static final Instant WHEN = Instant.parse("2024-05-01T08:00:00Z");

	@TempDir
	Path root;

	private FileLedger ledger;

	private final RunProgress progress = new RunProgress();

	@BeforeEach
	void ledger() throws Exception {
		DataSource dataSource = new SimpleDriverDataSource(new JDBCDriver(), "jdbc:hsqldb:mem:" + UUID.randomUUID(),
				"SA", "");
		Migrations.migrate(dataSource);
		this.ledger = new FileLedger(new JdbcTemplate(dataSource), Clock.fixed(WHEN, ZoneOffset.UTC));
		for (int i = 0; i < 10; i++) {
			Path file = Files.createDirectories(this.root.resolve("d" + (i / 4))).resolve("p" + i + ".txt");
			Files.writeString(file, "page " + i);
			Files.setLastModifiedTime(file, FileTime.from(WHEN));
		}
	}

	@Test
	void leavesOutFilesTheLedgerHasWithTheSameSizeAndModificationTime() throws Exception {
		record("d0/p1.txt", "d1/p4.txt", "d1/p5.txt", "d2/p9.txt");
		// recorded, but since modified: read again
		record("d0/p2.txt");
		Files.setLastModifiedTime(this.root.resolve("d0/p2.txt"), FileTime.from(WHEN.plusSeconds(60)));

		ExecutionContext context = new ExecutionContext();
		List<String> read = readAll(reader(3), context);

		assertThat(read).containsExactly("d0/p0.txt", "d0/p2.txt", "d0/p3.txt", "d1/p6.txt", "d1/p7.txt", "d2/p8.txt");
		assertThat(context.getLong(PartitionedFileReader.UNCHANGED)).isEqualTo(4);
		assertThat(this.progress.filesDone()).as("unchanged files count as done").isEqualTo(4);
	}

	@Test
	void handsOnWhatTheLedgerRecordedOfAChangedFile() throws Exception {
		record("d0/p2.txt");
		Files.writeString(this.root.resolve("d0/p2.txt"), "page 2, longer now");
		Files.setLastModifiedTime(this.root.resolve("d0/p2.txt"), FileTime.from(WHEN));

		PartitionedFileReader reader = reader(4);
		reader.open(new ExecutionContext());
		List<ChangedFile> files = new ArrayList<>();
		for (ChangedFile f = reader.read(); f != null; f = reader.read()) {
			files.add(f);
		}

		assertThat(files).filteredOn((f) -> f.file().name().equals("d0/p2.txt"))
			.singleElement()
			.satisfies((f) -> assertThat(f.recorded().sha256()).isEqualTo("sha-of-d0/p2.txt"));
		assertThat(files).filteredOn((f) -> !f.file().name().equals("d0/p2.txt"))
			.allSatisfy((f) -> assertThat(f.recorded()).isNull());
	}

	@Test
	void restartResumesAfterTheLastFileReturnedWhateverWasLookedUpBeyondIt() throws Exception {
		record("d0/p1.txt", "d1/p4.txt", "d1/p5.txt", "d2/p9.txt");
		PartitionedFileReader first = reader(3);
		ExecutionContext context = new ExecutionContext();
		first.open(context);
		List<String> before = new ArrayList<>();
		before.add(first.read().file().name());
		before.add(first.read().file().name());
		before.add(first.read().file().name());
		// a chunk of three committed, then the process dies
		first.update(context);
		first.close();
		// files before the position are not looked at again, even when they change
		Files.writeString(this.root.resolve("d0/p1.txt"), "page 1 changed after the position");

		List<String> after = readAll(reader(3), context);

		assertThat(before).containsExactly("d0/p0.txt", "d0/p2.txt", "d0/p3.txt");
		assertThat(after).containsExactly("d1/p6.txt", "d1/p7.txt", "d2/p8.txt");
	}

	@Test
	void partitionsSplitTheFilesBetweenThem() throws Exception {
		List<String> all = new ArrayList<>();
		for (int partition = 0; partition < 3; partition++) {
			ExecutionContext context = new ExecutionContext();
			context.putInt(PartitionedFileReader.PARTITION, partition);
			context.putInt(PartitionedFileReader.PARTITIONS, 3);
			all.addAll(readAll(reader(2), context));
		}

		assertThat(all).hasSize(10).doesNotHaveDuplicates();
	}

	private PartitionedFileReader reader(int lookupBatch) {
		return new PartitionedFileReader("files", this.root, InputFiles::isArticleName, this.ledger, this.progress,
				lookupBatch);
	}

	private static List<String> readAll(PartitionedFileReader reader, ExecutionContext context) {
		reader.open(context);
		List<String> names = new ArrayList<>();
		for (ChangedFile f = reader.read(); f != null; f = reader.read()) {
			names.add(f.file().name());
		}
		reader.update(context);
		reader.close();
		return names;
	}

	private void record(String... names) throws Exception {
		for (String name : names) {
			Path path = this.root.resolve(name);
			InputFile file = new InputFile(path, name, Files.size(path), Files.getLastModifiedTime(path).toInstant());
			this.ledger.record(file, "article", "sha-of-" + name, FileLedger.Status.LOADED, "id-" + name, 1);
		}
	}

}
