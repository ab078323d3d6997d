package io.newsroll.batch.rejects;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import io.newsroll.batch.files.FileLedger;
import io.newsroll.batch.db.Vendor;
import io.newsroll.core.reject.Violation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores rejects in the database (in the chunk's transaction, so a rolled-back chunk
 * leaves none) and writes each run's rejects to {@code output/rejects/} as CSV.
 */
@Repository
public class RejectRepository {

	/** A stored reject. */
	public record Reject(long id, long runId, String file, String location, String reason, String message,
			OffsetDateTime createdAt) {

	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	/** The database's vendor, asked once (the bean is built before the database is). */
	private final Supplier<Vendor> vendor;

	private final RejectsCsv csv;

	@Autowired
	public RejectRepository(JdbcTemplate jdbc, Clock clock, RejectsCsv csv) {
		this.jdbc = jdbc;
		this.vendor = Vendor.remembered(() -> jdbc.getDataSource());
		this.clock = clock;
		this.csv = csv;
	}

	/** Without a CSV written as the run goes (tests, tools). */
	public RejectRepository(JdbcTemplate jdbc, Clock clock) {
		this(jdbc, clock, null);
	}

	/**
	 * Stores a reject in the current transaction; once that commits, the reject is
	 * appended to its run's CSV.
	 */
	public void add(long runId, Violation v) {
		Reject reject = new Reject(0, runId, truncate(v.file(), FileLedger.MAX_PATH_CHARS), truncate(v.location(), 100),
				v.reason().name(), truncate(v.message(), 4000),
				OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC));
		this.jdbc.update(
				"INSERT INTO reject (run_id, file, location, reason, message, created_at) VALUES (?, ?, ?, ?, ?, ?)",
				runId, reject.file(), reject.location(), reject.reason(), reject.message(), reject.createdAt());
		if (this.csv != null) {
			appendAfterCommit(reject);
		}
	}

	/**
	 * Collects the transaction's rejects and appends them to the CSV after the commit
	 * (none after a rollback); outside a transaction at once.
	 */
	private void appendAfterCommit(Reject reject) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.csv.append(reject.runId(), List.of(reject));
			return;
		}
		@SuppressWarnings("unchecked")
		List<Reject> pending = (List<Reject>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			List<Reject> created = new java.util.ArrayList<>();
			TransactionSynchronizationManager.bindResource(this, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					Map<Long, List<Reject>> byRun = new LinkedHashMap<>();
					created.forEach((r) -> byRun.computeIfAbsent(r.runId(), (k) -> new java.util.ArrayList<>()).add(r));
					byRun.forEach(RejectRepository.this.csv::append);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(RejectRepository.this);
				}

			});
			pending = created;
		}
		pending.add(reject);
	}

	public List<Reject> find(Long runId, String reason) {
		StringBuilder sql = new StringBuilder(
				"SELECT id, run_id, file, location, reason, message, created_at FROM reject WHERE 1 = 1");
		List<Object> args = new java.util.ArrayList<>();
		if (runId != null) {
			sql.append(" AND run_id = ?");
			args.add(runId);
		}
		if (reason != null) {
			sql.append(" AND reason = ?");
			args.add(reason);
		}
		sql.append(" ORDER BY id");
		return this.jdbc.query(sql.toString(), REJECT, args.toArray());
	}

	private static final RowMapper<Reject> REJECT = (rs, i) -> new Reject(rs.getLong(1), rs.getLong(2), rs.getString(3),
			rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class));

	/** Counts of a run's rejects by reason code, most frequent first. */
	public Map<String, Long> countByReason(long runId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.query(
				"SELECT reason, COUNT(*) FROM reject WHERE run_id = ? GROUP BY reason ORDER BY COUNT(*) DESC, reason",
				rs -> {
					counts.put(rs.getString(1), rs.getLong(2));
				}, runId);
		return counts;
	}

	/**
	 * Writes the run's rejects to {@code target} (through a temporary file, so a crash
	 * never leaves a partial file under the final name; it replaces what the chunks
	 * appended). Returns the file, or null when there are none.
	 */
	public Path writeCsv(long runId, Path target) throws IOException {
		return writeCsv(runId, target, CSV_PAGE);
	}

	/** {@link #writeCsv(long, Path)}, reading {@code pageSize} rejects at a time. */
	Path writeCsv(long runId, Path target, int pageSize) throws IOException {
		List<Reject> page = page(runId, -1, pageSize);
		if (page.isEmpty()) {
			return null;
		}
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
		try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
				ICSVWriter csv = new CSVWriter(out)) {
			out.write('\uFEFF'); // Excel opens a UTF-8 CSV as UTF-8 only with a BOM
			csv.writeNext(RejectsCsv.HEADER);
			// a page at a time: a run over a million pages rejected 574,925 files, which
			// as one list took 419 MiB of heap (44 MiB in pages of 20,000)
			while (!page.isEmpty()) {
				for (Reject r : page) {
					csv.writeNext(RejectsCsv.row(r));
				}
				page = page(runId, page.get(page.size() - 1).id(), pageSize);
			}
		}
		Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return target;
	}

	/** How many rejects {@link #writeCsv(long, Path)} reads at a time. */
	private static final int CSV_PAGE = 20_000;

	/**
	 * Up to {@code limit} rejects of the run after the id {@code afterId}, in id order.
	 */
	private List<Reject> page(long runId, long afterId, int limit) {
		// HSQLDB walks the primary key in order when told to; PostgreSQL's planner
		// chooses by itself
		String walk = (this.vendor.get() == Vendor.HSQLDB) ? " USING INDEX" : "";
		return this.jdbc.query("SELECT id, run_id, file, location, reason, message, created_at FROM reject "
				+ "WHERE id > ? AND run_id = ? ORDER BY id LIMIT ?" + walk, REJECT, afterId, runId, limit);
	}

	private static String truncate(String s, int max) {
		return (s == null || s.length() <= max) ? s : s.substring(0, max - 1) + "…";
	}

}
