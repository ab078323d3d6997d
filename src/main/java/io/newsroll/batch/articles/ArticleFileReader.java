package io.newsroll.batch.articles;

import java.nio.file.Path;

import io.newsroll.batch.files.InputFile;
import io.newsroll.batch.files.InputFiles;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the article files of one partition: every file under the input root whose relative name
 * hashes to this partition, in the walk's stable order. Restartable: the read count is saved with
 * each chunk and a restart skips that many files of the partition.
 */
class ArticleFileReader extends AbstractItemCountingItemStreamItemReader<InputFile> {

	static final String PARTITION = "partition";

	static final String PARTITIONS = "partitions";

	private final Path root;

	private int partition;

	private int partitions = 1;

	private InputFiles files;

	ArticleFileReader(Path root) {
		this.root = root;
		setName("articleFiles");
	}

	@Override
	public void open(ExecutionContext context) {
		this.partition = context.getInt(PARTITION, 0);
		this.partitions = context.getInt(PARTITIONS, 1);
		super.open(context);
	}

	@Override
	protected void doOpen() {
		this.files = InputFiles.walk(this.root, InputFiles::isArticleName);
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
