package io.newsroll.batch.files;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One input file as found on disk, before it is read.
 *
 * @param path the absolute path
 * @param name the path relative to the input root, with forward slashes: the file's
 * identity in the ledger, articles and rejects
 * @param size size in bytes
 * @param modified last-modified time
 */
public record InputFile(Path path, String name, long size, Instant modified) {

}
