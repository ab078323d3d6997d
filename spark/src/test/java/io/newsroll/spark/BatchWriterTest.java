package io.newsroll.spark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which file keeps an article id several files give, as ingest decides it. */
class BatchWriterTest {

	private static final long RUN = -2;

	@Test
	void aNewIdIsKeptByTheFileSortingFirstAmongTheRunsFiles() {
		assertThat(BatchWriter.keeper("b.html", null, null, RUN)).isEqualTo("b.html");
		assertThat(BatchWriter.keeper("b.html", "a.html", null, RUN)).isEqualTo("a.html");
	}

	@Test
	void anIdAnEarlierRunStoredKeepsItsFile() {
		ArticleTables.Stored earlier = new ArticleTables.Stored("z.html", -1);

		assertThat(BatchWriter.keeper("a.html", "a.html", earlier, RUN)).isEqualTo("z.html");
		assertThat(BatchWriter.keeper("b.html", "a.html", earlier, RUN)).isEqualTo("z.html");
	}

	@Test
	void aReloadedFileKeepsItsOwnId() {
		assertThat(BatchWriter.keeper("a.html", null, new ArticleTables.Stored("a.html", -1), RUN)).isEqualTo("a.html");
	}

	@Test
	void anIdAKilledAttemptOfThisRunStoredGoesToTheNameSortingFirst() {
		ArticleTables.Stored attempt = new ArticleTables.Stored("m.html", RUN);

		assertThat(BatchWriter.keeper("a.html", "a.html", attempt, RUN)).isEqualTo("a.html");
		assertThat(BatchWriter.keeper("x.html", "s.html", attempt, RUN)).isEqualTo("m.html");
	}

}
