package io.newsroll.batch.files;

import java.nio.file.Path;
import java.util.function.Predicate;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the files of one partition: every accepted file under the input root whose
 * relative name hashes to this partition, in the walk's stable order (one partition: all
 * of them). Restartable: the read count is saved with each chunk and a restart skips that
 * many files of the partition.
 */
public class PartitionedFileReader extends AbstractItemCountingItemStreamItemReader<InputFile> {

	public static final String PARTITION = "partition";

	public static final String PARTITIONS = "partitions";

	private final Path root;

	private final Predicate<String> accept;

	private int partition;

	private int partitions = 1;

	private InputFiles files;

	public PartitionedFileReader(String name, Path root, Predicate<String> accept) {
		this.root = root;
		this.accept = accept;
		setName(name);
	}

	@Override
	public void open(ExecutionContext context) {
		this.partition = context.getInt(PARTITION, 0);
		this.partitions = context.getInt(PARTITIONS, 1);
		super.open(context);
	}

	@Override
	protected void doOpen() {
		this.files = InputFiles.walk(this.root, this.accept);
	}

	@Override
	protected InputFile doRead() {
		while (this.files.hasNext()) {
			InputFile f = this.files.next();
			if (Math.floorMod(f.name().hashCode(), this.partitions) == this.partition) {
				return f;
			}
		}
		return null;
	}

	@Override
	protected void doClose() {
		this.files = null;
	}

}
