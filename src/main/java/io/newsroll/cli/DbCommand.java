package io.newsroll.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newsroll.batch.db.DatabaseCopy;
import io.newsroll.batch.db.DatabaseFailures;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsroll db copy}: moves the database's data to a PostgreSQL server. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Database administration.",
		subcommands = { DbCommand.Copy.class })
public class DbCommand implements Runnable {

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(), "Missing subcommand: copy");
	}

	/** {@code db copy --to URL}. */
	@Command(name = "copy", mixinStandardHelpOptions = true,
			description = {
					"Copies every article, roster, reject, ledger entry and job run of the database "
							+ "(default: the embedded one) into an empty PostgreSQL database, in one transaction.",
					"Afterwards point newsroll at the server (--db-url or NEWSROLL_DB_URL); see docs/postgresql.md." },
			exitCodeListHeading = "%nExit codes:%n",
			exitCodeList = { "0:copied", "1:failed (the target is left as it was)",
					"2:usage or configuration error (the target is not an empty PostgreSQL database, a login refused)",
					"3:an ingest holds the lock" })
	static class Copy implements Callable<Integer> {

		@Spec
		CommandLine.Model.CommandSpec spec;

		@Mixin
		DatabaseOptions db;

		@Option(names = "--to", required = true, paramLabel = "JDBC_URL",
				description = "The PostgreSQL database to fill, e.g. jdbc:postgresql://db.example:5432/newsroll.")
		String to;

		@Option(names = "--to-user", paramLabel = "USER", description = "Its user (default: newsroll).")
		String toUser = "newsroll";

		@Option(names = "--to-password", paramLabel = "PASSWORD",
				description = "Its password (default: $NEWSROLL_TO_PASSWORD, else empty).")
		String toPassword;

		@Override
		public Integer call() throws Exception {
			String password = (this.toPassword != null) ? this.toPassword
					: java.util.Objects.requireNonNullElse(System.getenv("NEWSROLL_TO_PASSWORD"), "");
			// no ingest writes into the source while it is copied
			return JobLocks.underLock("ingest", this.spec, () -> {
				try (ConfigurableApplicationContext ctx = AppContext.open(this.db, Map.of())) {
					DatabaseCopy.Result result = DatabaseCopy.copy(ctx, this.to, this.toUser, password);
					PrintWriter out = this.spec.commandLine().getOut();
					result.rows().forEach((table, rows) -> out.printf("  %-30s %,12d%n", table, rows));
					out.printf("copied %,d rows of %d tables to %s%n", result.total(), result.rows().size(),
							DatabaseFailures.withoutCredentials(this.to));
					return ExitCode.OK;
				}
				catch (DatabaseCopy.RefusedException ex) {
					throw new ConfigurationException(ex.getMessage(), ex);
				}
			});
		}

	}

}
