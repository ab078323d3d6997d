package io.newsroll.batch.files;

/**
 * An input file the ledger does not have as it is now (new, or another size or
 * modification time), with what the ledger recorded of it, so that nothing looks it up
 * again.
 *
 * @param file the file as found on disk
 * @param recorded its ledger row, or null when the ledger has never seen it
 */
public record ChangedFile(InputFile file, FileLedger.Entry recorded) {

	public ChangedFile {
		java.util.Objects.requireNonNull(file, "file");
	}

}
