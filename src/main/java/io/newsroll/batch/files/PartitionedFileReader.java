package io.newsroll.batch.files;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.newsroll.batch.run.RunProgress;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;

/**
 * Reads the files of one partition: every accepted file under the input root whose
 * relative name hashes to this partition, in the walk's stable order (one partition: all
 * of them), leaving out the files the ledger has with the same size and modification
 * time. The ledger is asked about a batch of files at once, so an unchanged rerun costs
 * one query per batch, reads no file and makes no chunk of them.
 * <p>
 * Restartable: the number of the partition's files passed (returned or left out) is saved
 * with each chunk, and a restart passes that many again before it looks at any.
 */
public class PartitionedFileReader extends ItemStreamSupport implements ItemStreamReader<ChangedFile> {

	public static final String PARTITION = "partition";

	public static final String PARTITIONS = "partitions";

	/**
	 * Step context key: files this step execution left out because the ledger has them
	 * unchanged.
	 */
	public static final String UNCHANGED = RunProgress.UNCHANGED_FILES;

	/**
	 * The position key, as the item-counting reader this one replaced saved it (it
	 * returned every file, so its count of items is a count of files passed): a run
	 * started by an earlier build resumes where it stopped.
	 */
	private static final String PASSED = "read.count";

	private static final int LOOKUP_BATCH = 500;

	private final int lookupBatch;

	private final Path root;

	private final Predicate<String> accept;

	private final FileLedger ledger;

	private final RunProgress progress;

	private int partition;

	private int partitions = 1;

	private InputFiles files;

	/** Changed files looked up and not yet returned, each with its position. */
	private final Deque<Pending> batch = new ArrayDeque<>();

	/** Files of the partition taken from the walk so far. */
	private long walked;

	/** Files of the partition passed up to and including the last one returned. */
	private long passed;

	private long unchanged;

	public PartitionedFileReader(String name, Path root, Predicate<String> accept, FileLedger ledger,
			RunProgress progress) {
		this(name, root, accept, ledger, progress, LOOKUP_BATCH);
	}

	PartitionedFileReader(String name, Path root, Predicate<String> accept, FileLedger ledger, RunProgress progress,
			int lookupBatch) {
		this.lookupBatch = lookupBatch;
		this.root = root;
		this.accept = accept;
		this.ledger = ledger;
		this.progress = progress;
		setName(name);
	}

	@Override
	public void open(ExecutionContext context) {
		this.partition = context.getInt(PARTITION, 0);
		this.partitions = context.getInt(PARTITIONS, 1);
		this.files = InputFiles.walk(this.root, this.accept);
		this.batch.clear();
		this.unchanged = 0;
		this.walked = 0;
		long resumeAt = context.getLong(getExecutionContextKey(PASSED), 0);
		while (this.walked < resumeAt && nextOfPartition() != null) {
			this.walked++;
		}
		this.passed = this.walked;
	}

	@Override
	public ChangedFile read() {
		if (this.batch.isEmpty()) {
			fillBatch();
		}
		Pending next = this.batch.poll();
		if (next == null) {
			this.passed = this.walked;
			return null;
		}
		this.passed = next.position();
		return next.file();
	}

	/**
	 * Saves the position after the last file returned: the files looked up beyond it are
	 * looked at again by a restart.
	 */
	@Override
	public void update(ExecutionContext context) {
		context.putLong(getExecutionContextKey(PASSED), this.passed);
		context.putLong(UNCHANGED, this.unchanged);
	}

	@Override
	public void close() {
		this.files = null;
		this.batch.clear();
	}

	/**
	 * The next batch of changed files: up to {@code lookupBatch} files of the partition
	 * looked up in one query, the unchanged ones counted and left out, until at least one
	 * is changed or the walk ends.
	 */
	private void fillBatch() {
		while (this.batch.isEmpty()) {
			List<InputFile> next = new ArrayList<>(this.lookupBatch);
			InputFile f;
			while (next.size() < this.lookupBatch && (f = nextOfPartition()) != null) {
				next.add(f);
			}
			if (next.isEmpty()) {
				return;
			}
			Map<String, FileLedger.Entry> recorded = this.ledger.findAll(next.stream().map(InputFile::name).toList());
			for (InputFile file : next) {
				FileLedger.Entry entry = recorded.get(file.name());
				this.walked++;
				if (FileLedger.unchanged(entry, file)) {
					this.unchanged++;
					this.progress.fileDone();
				}
				else {
					this.batch.add(new Pending(new ChangedFile(file, entry), this.walked));
				}
			}
		}
	}

	private record Pending(ChangedFile file, long position) {
	}

	private InputFile nextOfPartition() {
		while (this.files.hasNext()) {
			InputFile f = this.files.next();
			if (Math.floorMod(f.name().hashCode(), this.partitions) == this.partition) {
				return f;
			}
		}
		return null;
	}

}
