package io.newsroll.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What the executors make of one file, without Spark around them. */
class PageProcessorTest {

	private static final Path PAGE = Path.of("../input/articles/corpus/cwced-0ef8393b.html");

	@TempDir
	Path dir;

	private final PageProcessor processor = new PageProcessor(settings(1_000_000), Map.of());

	private static IngestSettings settings(long maxFileBytes) {
		return new IngestSettings(ZoneId.of("Asia/Shanghai"), maxFileBytes, IngestSettings.MAX_DECOMPRESSED_BYTES,
				IngestSettings.MAX_DOM_DEPTH, IngestSettings.MIN_BODY_CHARS, IngestSettings.MAX_FILE_MILLIS,
				Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC), null, -1, 10, 0);
	}

	private static Row changed(String name, Path file, boolean link, String recordedSha) throws IOException {
		return RowFactory.create(name, file.toUri().toString(), Files.size(file), 0L, link, recordedSha);
	}

	private static Object column(Row outcome, String name) {
		return outcome.get(Outcomes.OUTCOME.fieldIndex(name));
	}

	private static List<Row> violations(Row outcome) {
		return outcome.getList(Outcomes.OUTCOME.fieldIndex("violations"));
	}

	@Test
	void anArticleIsExtractedValidatedAndFingerprinted() throws Exception {
		Row outcome = this.processor.process(changed("corpus/cwced-0ef8393b.html", PAGE, false, null));

		assertThat(Outcomes.status(outcome)).isEqualTo(Outcomes.Status.LOADED);
		assertThat(column(outcome, "file")).isEqualTo("corpus/cwced-0ef8393b.html");
		assertThat(column(outcome, "sha256")).isEqualTo(PageProcessor.sha256(Files.readAllBytes(PAGE)));
		assertThat((String) column(outcome, "id")).isNotBlank();
		assertThat((String) column(outcome, "title")).isNotBlank();
		assertThat((int) column(outcome, "body_chars")).isGreaterThanOrEqualTo(IngestSettings.MIN_BODY_CHARS);
		assertThat(column(outcome, "body_hash")).isNotNull();
		assertThat(violations(outcome)).isEmpty();
	}

	@Test
	void theSameBytesAsRecordedOnlyRestampTheLedger() throws Exception {
		String sha = PageProcessor.sha256(Files.readAllBytes(PAGE));

		Row outcome = this.processor.process(changed("p.html", PAGE, false, sha));

		assertThat(Outcomes.status(outcome)).isEqualTo(Outcomes.Status.TOUCHED);
	}

	@Test
	void aLinkIsRejectedUnread() throws Exception {
		Path link = Files.createSymbolicLink(this.dir.resolve("link.html"), PAGE.toAbsolutePath());

		Row outcome = this.processor.process(changed("link.html", link, true, null));

		assertThat(Outcomes.status(outcome)).isEqualTo(Outcomes.Status.REJECTED);
		assertThat(violations(outcome)).singleElement()
			.satisfies((v) -> assertThat(v.getString(2)).isEqualTo("UNREADABLE"))
			.satisfies((v) -> assertThat(v.getString(3)).contains("symbolic link"));
		assertThat(column(outcome, "sha256")).isEqualTo("");
	}

	@Test
	void aFileOverTheLimitIsRejectedUnread() throws Exception {
		Row outcome = new PageProcessor(settings(100), Map.of()).process(changed("big.html", PAGE, false, null));

		assertThat(violations(outcome)).singleElement()
			.satisfies((v) -> assertThat(v.getString(2)).isEqualTo("TOO_LARGE"))
			.satisfies((v) -> assertThat(v.getString(3)).contains("over the limit of 100"));
	}

	@Test
	void aPathLongerThanTheLedgerHoldsIsRejectedUnread() throws Exception {
		String name = "d/".repeat(2048) + "p.html";

		Row outcome = this.processor.process(changed(name, PAGE, false, null));

		assertThat(violations(outcome)).singleElement()
			.satisfies((v) -> assertThat(v.getString(2)).isEqualTo("TOO_LARGE"))
			.satisfies((v) -> assertThat(v.getString(3)).contains("over the 4096 the file ledger holds"));
	}

	@Test
	void anEmptyPageIsNotAnArticle() throws Exception {
		Path empty = Files.createFile(this.dir.resolve("empty.html"));

		Row outcome = this.processor.process(changed("empty.html", empty, false, null));

		assertThat(violations(outcome)).singleElement()
			.satisfies((v) -> assertThat(v.getString(2)).isEqualTo("NOT_AN_ARTICLE"));
		assertThat(column(outcome, "sha256")).isEqualTo(PageProcessor.sha256(new byte[0]));
	}

	@Test
	void anArticleThatFailsValidationIsRejectedWithEveryReason() throws Exception {
		Path page = Files.writeString(this.dir.resolve("short.txt"), "标题\n\n2020-01-01 10:00\n\n短。\n");

		Row outcome = this.processor.process(changed("short.txt", page, false, null));

		assertThat(Outcomes.status(outcome)).isEqualTo(Outcomes.Status.REJECTED);
		assertThat(violations(outcome)).extracting((v) -> v.getString(2)).isNotEmpty().doesNotContain("UNREADABLE");
	}

}
