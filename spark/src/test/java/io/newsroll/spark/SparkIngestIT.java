package io.newsroll.spark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Spark job on local[2], from its jar as a user runs it, against a real PostgreSQL:
 * what it loads is what {@code newsroll ingest} loads from the same files, a rerun
 * changes nothing, and a killed run's rerun completes it.
 */
class SparkIngestIT {

	@Test
	void loadsWhatIngestLoadsAndARerunChangesNothing() throws Exception {
		Reference ref = Reference.get();
		String url = ref.newDatabase();
		// what there is to compare: articles, rejects of several kinds, a page's roster
		assertThat(ref.loaded.get("article")).hasSizeGreaterThan(50);
		assertThat(ref.loaded.get("reject")).hasSizeGreaterThan(3);
		assertThat(ref.loaded.get("roster_member")).isNotEmpty();

		ChildJvm first = ref.spark(url);

		assertThat(first.exitCode()).as(first.toString()).isZero();
		assertThat(first.out()).contains("run -1  COMPLETED")
			.containsPattern("files seen +" + ref.files + "\n")
			.contains("DUPLICATE", "UNREADABLE", "NOT_AN_ARTICLE");
		try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
			assertSameAs(ref.loaded, Tables.dump(c, Tables.LOADED));
			assertQueued(c);
			Map<String, List<String>> before = Tables.everything(c);

			ChildJvm again = ref.spark(url);

			assertThat(again.exitCode()).as(again.toString()).isZero();
			assertThat(again.out()).contains("run -2  COMPLETED")
				.containsPattern("skipped unchanged +" + ref.files + "\n")
				.containsPattern("loaded +0\n");
			assertThat(Tables.everything(c)).isEqualTo(before);
		}
	}

	@Test
	void aKilledRunIsCompletedByTheNextRun() throws Exception {
		Reference ref = Reference.get();
		String url = ref.newDatabase();

		ChildJvm killed = ref.spark(url, "--batch-files", "5", "--halt-after-files", "20");

		assertThat(killed.exitCode()).as(killed.toString()).isEqualTo(137);
		try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
			assertThat(Tables.rows(c, "SELECT path FROM file_ledger")).hasSizeBetween(20, (int) ref.files - 1);

			ChildJvm rerun = ref.spark(url);

			assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
			assertThat(rerun.out()).contains("run -1  COMPLETED (resumed)");
			assertSameAs(ref.loaded, Tables.dump(c, Tables.LOADED));
			assertQueued(c);
		}
	}

	@Test
	void theApplicationLinksWhatSparkLoadedAsIngestDoes() throws Exception {
		assumeTrue(Reference.appOnPostgres(), "the application's jar does not run on PostgreSQL yet");
		Reference ref = Reference.get();
		String url = ref.newDatabase();
		assertThat(ref.linked.get("article_link")).isNotEmpty();
		assertThat(ref.linked.get("article_mention")).isNotEmpty();

		ChildJvm spark = ref.spark(url);
		ChildJvm link = ref.app(url, ref.work.resolve("rosters"));

		assertThat(spark.exitCode()).as(spark.toString()).isZero();
		assertThat(link.exitCode()).as(link.toString()).isZero();
		try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
			assertSameAs(ref.loaded, Tables.dump(c, Tables.LOADED));
			assertSameAs(ref.linked, Tables.dump(c, Tables.LINKED));
		}
	}

	private static void assertSameAs(Map<String, List<String>> expected, Map<String, List<String>> actual) {
		for (String table : expected.keySet()) {
			assertThat(actual.get(table)).as(table).containsExactlyElementsOf(expected.get(table));
		}
	}

	/**
	 * Copy linking and mention linking are left to the application: every article's bands
	 * and the article itself are queued for them.
	 */
	private static void assertQueued(Connection c) throws Exception {
		assertThat(Tables.rows(c, "SELECT band, article_id FROM article_band_pending"))
			.isEqualTo(Tables.rows(c, "SELECT band, article_id FROM article_band"))
			.isNotEmpty();
		assertThat(Tables.rows(c, "SELECT article_id FROM article_mention_pending"))
			.isEqualTo(Tables.rows(c, "SELECT id FROM article"));
	}

}
