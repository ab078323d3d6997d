package io.newsroll.batch.report;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import io.newsroll.batch.db.Vendor;
import io.newsroll.report.ReportPeriod;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The per-article views of a period (see {@link ArticleTally}) from the counts of its
 * days, each day read from its summary in {@code report_day} while that is current, and
 * counted from the articles otherwise; counted days are stored back for the next report.
 *
 * <p>
 * Why: on the embedded HSQLDB reading a million cached rows costs about ten seconds
 * whatever the query and however narrow the row (the cost is per row: cache misses and
 * decoding), while a year of summaries is 365 rows. A day's summary is current while no
 * article of that day was added, changed or deleted since it was counted: triggers on
 * {@code article} (schema V5) count every such write per day in
 * {@code article_day_writes}, whoever writes, and a summary remembers the count it was
 * made at. The counts are read before the articles, so a write committed while a day is
 * being counted leaves a higher count behind and the day is counted again next time.
 */
final class DaySummaries {

	private static final Logger log = LoggerFactory.getLogger(DaySummaries.class);

	private static final String ARTICLES_BETWEEN = "SELECT a.published_local, a.site, a.channel, a.series, a.editor, "
			+ "a.source_publication, a.body_chars, a.authors, a.run_id FROM article a "
			+ "WHERE a.published_local >= ? AND a.published_local < ?";

	/** A chunk with fewer articles than this doubles the next chunk's days. */
	static final int SPARSE_ROWS = 5_000;

	/** A chunk with more articles than this halves the next chunk's days. */
	static final int DENSE_ROWS = 60_000;

	/** Longest chunk, in days. */
	static final int MAX_CHUNK_DAYS = 1024;

	/**
	 * Summaries kept to store are written once their text passes this many characters.
	 */
	static final int SAVE_CHARS = 4_000_000;

	private final JdbcTemplate jdbc;

	/** Stores one day's summary, replacing the one stored. */
	private final String mergeSummary;

	private final StreamedQueries queries;

	private final boolean store;

	private boolean saving;

	private int kept;

	private int counted;

	private final List<Object[]> toSave = new ArrayList<>();

	private long toSaveChars;

	/**
	 * @param store whether summaries are read and written ({@code report_day} exists);
	 * without it every day is counted from the articles
	 */
	DaySummaries(JdbcTemplate jdbc, boolean store) {
		this.jdbc = jdbc;
		this.mergeSummary = Vendor.of(jdbc.getDataSource())
			.upsert("report_day", new String[] { "day DATE" }, "writes BIGINT", "articles BIGINT",
					"counts VARCHAR(16777216)");
		this.queries = new StreamedQueries(jdbc);
		this.store = store;
		this.saving = store;
	}

	/** Every per-article view of the period. */
	ArticleTally tally(ReportPeriod period) {
		ArticleTally tally = new ArticleTally(period);
		Map<LocalDate, Long> writes = this.store ? writes(period) : Map.of();
		Set<LocalDate> kept = this.store ? addCurrent(period, writes, tally) : Set.of();
		List<LocalDate> stale = new ArrayList<>();
		for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
			if (!kept.contains(day)) {
				stale.add(day);
			}
		}
		this.kept = kept.size();
		for (LocalDate[] run : runs(stale)) {
			count(run[0], run[1], writes, tally::add);
		}
		save();
		log.debug("report days: {} from summaries, {} counted from articles", this.kept, this.counted);
		return tally;
	}

	/** Days read from their summaries in the last {@link #tally}. */
	int kept() {
		return this.kept;
	}

	/** Days counted from the articles in the last {@link #tally}. */
	int counted() {
		return this.counted;
	}

	/**
	 * Counts and stores the summaries of up to {@code limit} days, earliest first, whose
	 * summary is missing or out of date, so that the next report reads them instead of
	 * the articles (ingest calls this after loading: 14 s for a million articles, 0.3 %
	 * of their ingest; in a report the same count is most of its time).
	 * @return the days counted and stored; fewer than {@code limit} when none is left or
	 * they could not be stored
	 */
	int refresh(int limit) {
		Map<LocalDate, Long> writes = new TreeMap<>();
		this.jdbc.query(
				"SELECT w.day, w.writes FROM article_day_writes w LEFT JOIN report_day s ON s.day = w.day "
						+ "WHERE s.day IS NULL OR s.writes <> w.writes ORDER BY w.day FETCH FIRST ? ROWS ONLY",
				(ResultSet rs) -> {
					writes.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
				}, limit);
		for (LocalDate[] run : runs(new ArrayList<>(writes.keySet()))) {
			count(run[0], run[1], writes, (day, counts) -> {
			});
		}
		save();
		log.debug("report days: {} summaries refreshed", writes.size());
		// a store that failed leaves the days out of date: asking again would loop
		return this.saving ? writes.size() : 0;
	}

	/**
	 * How many times articles of each day of the period were written (days never written
	 * have no row).
	 */
	private Map<LocalDate, Long> writes(ReportPeriod period) {
		Map<LocalDate, Long> writes = new HashMap<>();
		this.jdbc.query("SELECT w.day, w.writes FROM article_day_writes w WHERE w.day >= ? AND w.day <= ?",
				(ResultSet rs) -> {
					writes.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
				}, period.from(), period.to());
		return writes;
	}

	/**
	 * Adds the summaries still current (made at the day's present write count) to the
	 * tally, one at a time, and returns their days. An unreadable summary counts as
	 * missing.
	 */
	private Set<LocalDate> addCurrent(ReportPeriod period, Map<LocalDate, Long> writes, ArticleTally tally) {
		Set<LocalDate> days = new HashSet<>();
		this.jdbc.query("SELECT s.day, s.writes, s.counts FROM report_day s WHERE s.day >= ? AND s.day <= ?",
				(ResultSet rs) -> {
					LocalDate day = rs.getObject(1, LocalDate.class);
					if (writes.getOrDefault(day, 0L) != rs.getLong(2)) {
						return;
					}
					DayCounts counts;
					try {
						counts = DayCounts.decode(rs.getString(3));
					}
					catch (RuntimeException ex) {
						log.debug("Summary of {} in report_day is unreadable ({}); counting the day again", day,
								ex.getMessage());
						return;
					}
					tally.add(day, counts);
					days.add(day);
				}, period.from(), period.to());
		return days;
	}

	/** Consecutive days as [first, last] pairs, so each stretch is one range scan. */
	private static List<LocalDate[]> runs(List<LocalDate> days) {
		List<LocalDate[]> runs = new ArrayList<>();
		for (LocalDate day : days) {
			LocalDate[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
			if (last != null && last[1].plusDays(1).equals(day)) {
				last[1] = day;
			}
			else {
				runs.add(new LocalDate[] { day, day });
			}
		}
		return runs;
	}

	/**
	 * Counts the days {@code first} to {@code last} from their articles, handing each to
	 * {@code sink} and keeping it to store. The stretch is read in chunks that grow while
	 * they are sparse and shrink while they are dense, so that a decade with a few
	 * articles is a few queries and a dense week is not one huge result.
	 */
	private void count(LocalDate first, LocalDate last, Map<LocalDate, Long> writes,
			BiConsumer<LocalDate, DayCounts> sink) {
		int days = StreamedQueries.CHUNK_DAYS;
		for (LocalDate start = first; !start.isAfter(last);) {
			LocalDate until = start.plusDays(days);
			if (until.isAfter(last.plusDays(1))) {
				until = last.plusDays(1);
			}
			Map<LocalDate, DayCounts> counted = new TreeMap<>();
			long rows = this.queries.cursor(ARTICLES_BETWEEN, (rs) -> {
				LocalDateTime published = rs.getObject(1, LocalDateTime.class);
				counted.computeIfAbsent(published.toLocalDate(), (d) -> new DayCounts())
					.add(hour(published), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
							rs.getString(6), rs.getInt(7), rs.getString(8), rs.getLong(9));
				return Boolean.TRUE;
			}, new Object[] { start.atStartOfDay(), until.atStartOfDay() }).forEach((row) -> {
			});
			counted.forEach(sink);
			this.counted += (int) (until.toEpochDay() - start.toEpochDay());
			for (LocalDate day = start; day.isBefore(until); day = day.plusDays(1)) {
				DayCounts counts = counted.get(day);
				long written = writes.getOrDefault(day, 0L);
				// a day no article was ever written to is counted again cheaply (an empty
				// index range); storing it would only make long periods slow to read
				if (counts != null || written > 0) {
					keep(day, written, (counts != null) ? counts : new DayCounts());
				}
			}
			start = until;
			if (rows < SPARSE_ROWS && days < MAX_CHUNK_DAYS) {
				days *= 2;
			}
			else if (rows > DENSE_ROWS && days > 1) {
				days /= 2;
			}
		}
	}

	/**
	 * The hour slot of a publication time: exactly midnight is what ingest stores for a
	 * page that gives only a date, so it counts as time unknown rather than as 00.
	 */
	static int hour(LocalDateTime published) {
		return published.toLocalTime().equals(LocalTime.MIDNIGHT) ? DayCounts.TIME_UNKNOWN : published.getHour();
	}

	private void keep(LocalDate day, long writes, DayCounts counts) {
		if (!this.saving) {
			return;
		}
		String text = counts.encode();
		this.toSave.add(new Object[] { day, writes, counts.articles(), text });
		this.toSaveChars += text.length();
		if (this.toSaveChars > SAVE_CHARS) {
			save();
		}
	}

	/**
	 * Stores the counted days kept so far, in one transaction, with the write counts read
	 * before counting. Best effort: a report never fails for a cache (a read-only
	 * database, a concurrent report storing the same day); the days are only counted
	 * again next time.
	 */
	private void save() {
		if (this.toSave.isEmpty() || !this.saving) {
			this.toSave.clear();
			return;
		}
		try {
			if (TransactionSynchronizationManager.isActualTransactionActive()) {
				// inside a job step's transaction (the report step), which commits them
				this.jdbc.batchUpdate(this.mergeSummary, this.toSave);
			}
			else {
				this.jdbc.execute((ConnectionCallback<Object>) (con) -> {
					boolean autoCommit = con.getAutoCommit();
					con.setAutoCommit(false);
					try (PreparedStatement ps = con.prepareStatement(this.mergeSummary)) {
						for (Object[] row : this.toSave) {
							for (int i = 0; i < row.length; i++) {
								ps.setObject(i + 1, row[i]);
							}
							ps.addBatch();
						}
						ps.executeBatch();
						con.commit();
					}
					catch (SQLException ex) {
						con.rollback();
						throw ex;
					}
					finally {
						con.setAutoCommit(autoCommit);
					}
					return null;
				});
			}
		}
		catch (DataAccessException ex) {
			log.warn("Report day summaries not stored ({}); they are counted again next time", ex.getMessage());
			this.saving = false;
		}
		finally {
			this.toSave.clear();
			this.toSaveChars = 0;
		}
	}

}
