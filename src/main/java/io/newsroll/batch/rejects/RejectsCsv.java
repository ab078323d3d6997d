package io.newsroll.batch.rejects;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import io.newsroll.batch.NewsrollProperties;
import io.newsroll.batch.files.FileIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rejects CSV files of {@code output/rejects/}: one per run, named
 * {@code rejects-<job>-<run>-<database>.csv} so that runs of two jobs, or of two
 * databases sharing one output directory, never write the same file (the database part is
 * its file name and a short hash of where it is), and appended to as each chunk commits,
 * so that a run killed on the way leaves the rejects it committed. When the run ends the
 * file is written again whole from the database (see {@link RejectRepository#writeCsv}).
 */
@Component
public class RejectsCsv {

	private static final Logger log = LoggerFactory.getLogger(RejectsCsv.class);

	static final String[] HEADER = { "run_id", "file", "location", "reason", "message", "created_at" };

	private final Path dir;

	private final String database;

	/** The job of each run of this process, as the runs start. */
	private final Map<Long, String> jobs = new ConcurrentHashMap<>();

	public RejectsCsv(NewsrollProperties properties,
			@Value("${newsroll.database-url:${spring.datasource.url:}}") String databaseUrl) {
		this.dir = properties.output().resolve("rejects");
		this.database = databaseTag(databaseUrl);
	}

	/** Remembers a run's job, for the file name of its rejects. */
	public void started(long runId, String job) {
		this.jobs.put(runId, job);
	}

	/** The CSV of a run. */
	public Path file(String job, long runId) {
		return this.dir.resolve("rejects-" + safe(job) + "-" + runId + "-" + this.database + ".csv");
	}

	/** The CSV of a run of this process (its job as it started), else of job "run". */
	Path file(long runId) {
		return file(this.jobs.getOrDefault(runId, "run"), runId);
	}

	/**
	 * Appends committed rejects to their run's CSV, creating it with its header. A file
	 * that cannot be written is logged and left: the database holds the rejects, and the
	 * end of the run writes the file again.
	 */
	synchronized void append(long runId, List<RejectRepository.Reject> rejects) {
		if (rejects.isEmpty()) {
			return;
		}
		Path target = file(runId);
		try {
			Files.createDirectories(this.dir);
			boolean fresh = !Files.exists(target);
			try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND); ICSVWriter csv = new CSVWriter(out)) {
				if (fresh) {
					out.write('\uFEFF'); // Excel opens a UTF-8 CSV as UTF-8 only with a
											// BOM
					csv.writeNext(HEADER);
				}
				for (RejectRepository.Reject r : rejects) {
					csv.writeNext(row(r));
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("cannot append to the rejects CSV {}: {}", target, ex.getMessage());
		}
	}

	static String[] row(RejectRepository.Reject r) {
		return new String[] { Long.toString(r.runId()), CsvCells.safe(r.file()), CsvCells.safe(r.location()),
				r.reason(), CsvCells.safe(r.message()), r.createdAt().toString() };
	}

	/**
	 * The database part of the names: the database's file (or last URL) name and 8 hex
	 * digits of the SHA-256 of its location, e.g. {@code newsroll-1a2b3c4d}.
	 */
	static String databaseTag(String url) {
		String location = url.split(";", 2)[0].split("\\?", 2)[0];
		if (location.startsWith("jdbc:hsqldb:file:")) {
			location = "jdbc:hsqldb:file:"
					+ Path.of(location.substring("jdbc:hsqldb:file:".length())).toAbsolutePath().normalize();
		}
		String name = location.replaceAll(".*[/\\\\:]", "");
		String hash = FileIntake.sha256(location.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
		return (name.isEmpty() ? "db" : safe(name)) + "-" + hash;
	}

	private static String safe(String part) {
		return part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._]+", "_");
	}

}
