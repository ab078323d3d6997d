package io.newsroll.cli;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.newsroll.batch.NewsrollProperties;
import io.newsroll.batch.SettingsCheck;
import io.newsroll.batch.admin.AdminReads;
import io.newsroll.batch.admin.PlainReads;
import io.newsroll.batch.admin.RunHistory;
import io.newsroll.batch.rejects.RejectRepository;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * What {@code jobs list}, {@code jobs show} and {@code rejects} read, and the zone they
 * show times in. A database whose schema is current is read without starting Spring (the
 * settings, the log and the failures as the context has them, see {@link AppEnvironment},
 * then {@link PlainReads}): the command starts in a fraction of the time. Any other (one
 * an upgrade must migrate first) is read through the Spring context, which migrates it as
 * every command does.
 */
final class Reads implements AutoCloseable {

	/**
	 * Whether a current database is read without Spring; tests turn it off to compare
	 * both ways on one database.
	 */
	static volatile boolean withoutSpring = true;

	private final AdminReads data;

	private final ZoneId zone;

	private final Runnable closing;

	private Reads(AdminReads data, ZoneId zone, Runnable closing) {
		this.data = data;
		this.zone = zone;
		this.closing = closing;
	}

	/** Opens the database of the options for reading. */
	static Reads open(DatabaseOptions db) {
		if (withoutSpring) {
			Optional<Reads> plain = plain(db);
			if (plain.isPresent()) {
				return plain.get();
			}
		}
		ConfigurableApplicationContext ctx = AppContext.open(db, Map.of());
		return new Reads(AdminReads.of(ctx.getBean(RunHistory.class), ctx.getBean(RejectRepository.class)),
				ctx.getBean(NewsrollProperties.class).zone(), ctx::close);
	}

	/**
	 * The database read over a plain connection, when its schema is current (else empty:
	 * nothing was opened, and nothing is left open).
	 */
	private static Optional<Reads> plain(DatabaseOptions db) {
		String url = AppContext.checkedUrl(db);
		ConfigurableEnvironment environment = AppEnvironment.of(AppContext.properties(db, url, Map.of()));
		AppEnvironment.logWhenNeeded(environment);
		try {
			ZoneId zone = AppEnvironment.settings(environment).zone();
			Optional<PlainReads> reads = PlainReads.open(AppEnvironment.databaseUrl(environment),
					AppEnvironment.login(environment));
			if (reads.isEmpty()) {
				AppEnvironment.noLogPending();
				return Optional.empty();
			}
			List<SettingsCheck.Unknown> unknown = SettingsCheck.unknown(environment);
			if (!unknown.isEmpty()) {
				AppEnvironment.startLog();
				AppContext.warn(unknown);
			}
			return Optional.of(new Reads(reads.get(), zone, reads.get()::close));
		}
		catch (RuntimeException ex) {
			AppEnvironment.startLog();
			throw AppContext.openFailure(ex, url, db.user());
		}
	}

	AdminReads data() {
		return this.data;
	}

	ZoneId zone() {
		return this.zone;
	}

	@Override
	public void close() {
		this.closing.run();
	}

}
