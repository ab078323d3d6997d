package io.newsroll.spark;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Runs in the executors: stores a partition's outcomes, a batch of files per transaction,
 * as {@code newsroll ingest}'s article writer does (articles upserted by id, rejects,
 * page rosters, and the ledger rows that say the files are done, all in one transaction),
 * and returns what became of each file.
 * <p>
 * An article id that another file of this run also gave was settled before (the file
 * whose name sorts first keeps it: the {@code kept_file} column). An id already stored
 * from another file by an earlier run keeps its file, and this file is rejected as
 * DUPLICATE; stored by this run (an earlier attempt of it that was killed), the name
 * sorting first wins, as it does when ingest resumes a run.
 * <p>
 * Rows are written in an order every transaction shares (articles by publication day,
 * whose per-day counters the database's triggers update; rosters by id), so that parallel
 * partitions wait for each other instead of deadlocking; a batch that loses a deadlock
 * anyway is rolled back and written again.
 */
final class BatchWriter implements MapPartitionsFunction<Row, Row> {

	/** Files committed by this JVM: the kill tests' halt point counts them. */
	private static final AtomicLong committed = new AtomicLong();

	private static final int ATTEMPTS = 5;

	private final IngestSettings settings;

	BatchWriter(IngestSettings settings) {
		this.settings = settings;
	}

	@Override
	public Iterator<Row> call(Iterator<Row> outcomes) throws Exception {
		Connection connection = this.settings.database().open();
		connection.setAutoCommit(false);
		return new Iterator<>() {

			private Iterator<Row> written = List.<Row>of().iterator();

			@Override
			public boolean hasNext() {
				while (!this.written.hasNext()) {
					if (!outcomes.hasNext()) {
						close(connection);
						return false;
					}
					List<Row> batch = new ArrayList<>(BatchWriter.this.settings.batchFiles());
					while (batch.size() < BatchWriter.this.settings.batchFiles() && outcomes.hasNext()) {
						batch.add(outcomes.next());
					}
					this.written = writeWithRetry(connection, batch).iterator();
				}
				return true;
			}

			@Override
			public Row next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return this.written.next();
			}

		};
	}

	private static void close(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// nothing is left uncommitted
		}
	}

	private List<Row> writeWithRetry(Connection connection, List<Row> batch) {
		for (int attempt = 1;; attempt++) {
			try {
				List<Row> written = write(connection, batch);
				connection.commit();
				haltPoint(batch.size());
				return written;
			}
			catch (SQLException ex) {
				rollback(connection);
				String state = ex.getSQLState();
				boolean retry = "40P01".equals(state) || "40001".equals(state);
				if (!retry || attempt == ATTEMPTS) {
					close(connection);
					throw new IllegalStateException("cannot write to the database: " + rootMessage(ex), ex);
				}
				sleep(50L * attempt);
			}
		}
	}

	private List<Row> write(Connection connection, List<Row> batch) throws SQLException {
		long runId = this.settings.runId();
		ArticleTables articles = new ArticleTables(connection);
		FileTables files = new FileTables(connection, runId, Instant.now(this.settings.clock()));
		List<String> ids = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Row o : batch) {
			names.add(Outcomes.file(o));
			if (Outcomes.status(o) == Outcomes.Status.LOADED) {
				ids.add(Outcomes.id(o));
			}
		}
		Map<String, ArticleTables.Stored> stored = articles.stored(ids);
		Map<String, ArticleTables.Stored> fromFiles = articles.loadedFrom(names);

		List<Row> written = new ArrayList<>(batch.size());
		List<Row> toLoad = new ArrayList<>();
		Set<String> existing = new HashSet<>();
		List<Row> violations = new ArrayList<>();
		List<String> demoted = new ArrayList<>();
		for (Row o : batch) {
			Row outcome = o;
			if (Outcomes.status(o) == Outcomes.Status.LOADED) {
				String id = Outcomes.id(o);
				String name = Outcomes.file(o);
				ArticleTables.Stored earlier = stored.get(id);
				String keeper = keeper(name, keptFile(o), earlier, runId);
				if (!keeper.equals(name)) {
					outcome = Outcomes.rejected(o, List.of(duplicate(name, id, keeper)));
				}
				else {
					if (earlier != null && !earlier.file().equals(name)) {
						// an attempt of this run that was killed loaded it from a file
						// sorting after this one
						violations.addAll(Outcomes.violationRows(List.of(duplicate(earlier.file(), id, name))));
						demoted.add(earlier.file());
					}
					toLoad.add(outcome);
					if (earlier != null) {
						existing.add(id);
					}
				}
			}
			violations.addAll(outcome.getList(5));
			written.add(Outcomes.trim(outcome));
		}

		// a re-crawled page that now gives another id: its old article goes
		TreeMap<String, String> stale = new TreeMap<>();
		for (Row a : toLoad) {
			fromFiles.forEach((id, key) -> {
				if (key.file().equals(Outcomes.file(a)) && !id.equals(Outcomes.id(a))) {
					stale.put(id, key.file());
				}
			});
		}
		for (String id : stale.keySet()) {
			articles.delete(id);
		}
		toLoad.sort(Comparator.comparing((Row a) -> a.<java.time.LocalDateTime>getAs("published_local").toLocalDate())
			.thenComparing(Outcomes::id));
		articles.save(toLoad, existing, runId);
		List<PageRoster> rosters = new ArrayList<>();
		for (Row a : toLoad) {
			byte[] bytes = a.getAs("roster");
			if (bytes != null) {
				rosters.add(PageRoster.fromBytes(bytes));
			}
		}
		rosters.sort(Comparator.comparing(PageRoster::id).thenComparing(PageRoster::file));
		for (PageRoster roster : rosters) {
			files.saveRoster(roster);
		}
		files.reject(names, violations);
		for (String path : demoted) {
			files.demote(path);
		}
		List<Row> done = new ArrayList<>();
		List<Row> touched = new ArrayList<>();
		for (Row o : written) {
			(Outcomes.status(o) == Outcomes.Status.TOUCHED ? touched : done).add(o);
		}
		files.record(done);
		files.touch(touched);
		return written;
	}

	/**
	 * The file that keeps an article id: the file an earlier run stored it from; else, of
	 * this run's files that give it (the name sorting first among the new ones, and the
	 * one an attempt of this run that was killed stored), the name sorting first.
	 */
	static String keeper(String name, String keptAmongNew, ArticleTables.Stored stored, long runId) {
		if (stored != null && stored.runId() != runId) {
			return stored.file();
		}
		String keeper = (keptAmongNew != null) ? keptAmongNew : name;
		if (stored != null && stored.file().compareTo(keeper) < 0) {
			keeper = stored.file();
		}
		return keeper;
	}

	private static String keptFile(Row o) {
		return o.getAs("kept_file");
	}

	private static Violation duplicate(String file, String id, String keptFrom) {
		return Violation.of(file, ReasonCode.DUPLICATE,
				"same article (id " + id + ") as " + keptFrom + ", which is kept");
	}

	private void haltPoint(int files) {
		long done = committed.addAndGet(files);
		int haltAfter = this.settings.haltAfterFiles();
		if (haltAfter > 0 && done >= haltAfter) {
			// the kill tests: stop as a killed process does, without clean-up
			Runtime.getRuntime().halt(137);
		}
	}

	private static void rollback(Connection connection) {
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			// the connection is closed by the caller
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static String rootMessage(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
