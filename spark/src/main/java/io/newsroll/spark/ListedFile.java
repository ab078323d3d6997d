package io.newsroll.spark;

import java.io.Serializable;

/**
 * One article file found under the input path, before it is read.
 *
 * @param name the path relative to the input root, with forward slashes: the file's
 * identity in the ledger, articles and rejects, as {@code newsroll ingest} names it
 * @param uri where executors read it
 * @param size size in bytes
 * @param modifiedMicros modification time, microseconds since the epoch (what the ledger
 * keeps)
 * @param link whether it is a symbolic link (rejected unread, as ingest does)
 */
record ListedFile(String name, String uri, long size, long modifiedMicros, boolean link) implements Serializable {

}
