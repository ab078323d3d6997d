package io.newsroll.batch.rosters;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.newsroll.batch.db.Migrations;
import io.newsroll.core.roster.Roster;
import io.newsroll.core.roster.RosterDigest.Origin;
import io.newsroll.core.roster.RosterMember;
import io.newsroll.core.roster.TitleParser;
import org.hsqldb.jdbc.JDBCDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LinkMentionsTaskletTest {

	private DataSource dataSource;

	private JdbcTemplate jdbc;

	private long executions;

	@BeforeEach
	void database() {
		this.dataSource = new SimpleDriverDataSource(new JDBCDriver(), "jdbc:hsqldb:mem:" + UUID.randomUUID(), "SA",
				"");
		Migrations.migrate(this.dataSource);
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	@Test
	void linksMentionsAuthorsAndEditors() {
		roster(LocalDate.of(2019, 5, 21), member("王东明", "全国总工会主席"), member("陈刚", "全国总工会党组书记、副主席"),
				member("李明", "安徽省总工会主席"));
		article("a1", "王东明会见劳模", "王东明指出,要团结职工。陈刚表示赞同。帝王刚毅", List.of("李明"), "尹文卓");
		article("a2", "天气预报", "明天多云", List.of(), null);

		run();

		assertThat(mentions()).containsExactly(tuple("a1", "李明", 0, 0, true, false),
				tuple("a1", "王东明", 1, 1, false, false), tuple("a1", "陈刚", 0, 1, false, false));
	}

	@Test
	void rerunChangesNothingAndNewRosterPeopleRelinkEveryArticle() {
		roster(LocalDate.of(2019, 5, 21), member("王东明", "全国总工会主席"));
		article("a1", "标题", "王东明和马璐出席。", List.of(), null);
		run();
		List<Map<String, Object>> first = this.jdbc
			.queryForList("SELECT * FROM article_mention ORDER BY article_id, name");

		run();
		assertThat(this.jdbc.queryForList("SELECT * FROM article_mention ORDER BY article_id, name")).isEqualTo(first);

		roster(LocalDate.of(2019, 9, 1), member("王东明", "全国总工会主席"), member("马璐", "全国总工会副主席"));
		run();
		assertThat(mentions()).extracting((row) -> row.toList().get(1)).containsExactly("王东明", "马璐");
	}

	@Test
	void anArticleRewrittenUnderTheSameIdIsScannedAgain() {
		roster(LocalDate.of(2019, 5, 21), member("王东明", "全国总工会主席"), member("马璐", "全国总工会副主席"));
		article("a1", "标题", "王东明出席。", List.of(), null);
		article("a2", "标题", "马璐出席。", List.of(), null);
		run();
		assertThat(mentions()).containsExactly(tuple("a1", "王东明", 0, 1, false, false),
				tuple("a2", "马璐", 0, 1, false, false));

		// the file changed, the id (url, title, time) did not: the writer replaces the
		// row and queues it
		this.jdbc.update("UPDATE article SET body = ? WHERE id = 'a1'", "马璐和王东明出席。王东明讲话。");
		queue("a1");
		run();

		assertThat(mentions()).containsExactly(tuple("a1", "王东明", 0, 2, false, false),
				tuple("a1", "马璐", 0, 1, false, false), tuple("a2", "马璐", 0, 1, false, false));
		assertThat(count("article_mention_pending")).isZero();
	}

	@Test
	void afterASweepOnlyQueuedArticlesAreReadUntilTheNamesChange() {
		roster(LocalDate.of(2019, 5, 21), member("王东明", "全国总工会主席"));
		article("a1", "标题", "王东明出席。", List.of(), null);
		CountingRepository repository = new CountingRepository(this.dataSource);
		run(repository);
		assertThat(repository.swept).isEqualTo(1);

		run(repository);
		assertThat(repository.swept).as("nothing new, nothing swept").isEqualTo(1);
		assertThat(repository.read).as("articles read by the rerun").isEqualTo(1);

		article("a2", "标题", "王东明讲话。", List.of(), null);
		queue("a2");
		run(repository);
		assertThat(repository.swept).isEqualTo(1);
		assertThat(repository.read).isEqualTo(2);
		assertThat(mentions()).extracting((row) -> row.toList().get(0)).containsExactly("a1", "a2");

		roster(LocalDate.of(2019, 9, 1), member("王东明", "全国总工会主席"), member("马璐", "全国总工会副主席"));
		run(repository);
		assertThat(repository.swept).as("new names: every article again").isEqualTo(2);
		assertThat(repository.read).isEqualTo(4);
	}

	@Test
	void withoutRosterNamesTheQueueIsEmptiedAndTheFirstNamesSweepEveryArticle() {
		article("a1", "标题", "王东明出席。", List.of(), null);
		queue("a1");
		run();
		assertThat(count("article_mention_pending")).isZero();
		assertThat(count("article_mention")).isZero();

		roster(LocalDate.of(2019, 5, 21), member("王东明", "全国总工会主席"));
		run();
		assertThat(mentions()).containsExactly(tuple("a1", "王东明", 0, 1, false, false));
	}

	@Test
	void worksThroughManyArticlesAPageAtATime() {
		roster(LocalDate.of(2019, 5, 21), member("王东明", "全国总工会主席"));
		for (int i = 0; i < LinkMentionsTasklet.PAGE + 5; i++) {
			article(String.format("a%04d", i), "王东明讲话", "正文", List.of(), null);
		}
		LinkMentionsTasklet tasklet = new LinkMentionsTasklet(new MentionRepository(this.dataSource));
		StepExecution step = MetaDataInstanceFactory.createStepExecution("linkMentions", ++this.executions);
		ChunkContext context = new ChunkContext(new StepContext(step));

		assertThat(tasklet.execute(new StepContribution(step), context)).isEqualTo(RepeatStatus.CONTINUABLE);
		assertThat(count("article_mention")).isEqualTo(LinkMentionsTasklet.PAGE);
		assertThat(tasklet.execute(new StepContribution(step), context)).isEqualTo(RepeatStatus.FINISHED);
		assertThat(count("article_mention")).isEqualTo(LinkMentionsTasklet.PAGE + 5);
	}

	/** Counts the articles each kind of search hands to mention linking. */
	static final class CountingRepository extends MentionRepository {

		int swept;

		int read;

		CountingRepository(DataSource dataSource) {
			super(dataSource);
		}

		@Override
		public List<ArticleText> pending(String namesSha, String afterId, int limit) {
			List<ArticleText> page = super.pending(namesSha, afterId, limit);
			this.read += page.size();
			return page;
		}

		@Override
		public List<ArticleText> queued(String afterId, int limit) {
			List<ArticleText> page = super.queued(afterId, limit);
			this.read += page.size();
			return page;
		}

		@Override
		public void sweptWith(String namesSha) {
			super.sweptWith(namesSha);
			this.swept++;
		}

	}

	private void queue(String id) {
		this.jdbc.update("INSERT INTO article_mention_pending (article_id) VALUES (?)", id);
	}

	private void run() {
		run(new MentionRepository(this.dataSource));
	}

	private void run(MentionRepository repository) {
		LinkMentionsTasklet tasklet = new LinkMentionsTasklet(repository);
		StepExecution step = MetaDataInstanceFactory.createStepExecution("linkMentions", ++this.executions);
		ChunkContext context = new ChunkContext(new StepContext(step));
		while (tasklet.execute(new StepContribution(step), context) == RepeatStatus.CONTINUABLE) {
			// next page
		}
	}

	private List<org.assertj.core.groups.Tuple> mentions() {
		return this.jdbc.query(
				"SELECT article_id, name, title_mentions, body_mentions, is_author, is_editor "
						+ "FROM article_mention ORDER BY article_id, name",
				(rs, i) -> tuple(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getBoolean(5),
						rs.getBoolean(6)));
	}

	private int count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

	private void roster(LocalDate asOf, RosterMember... members) {
		new RosterStore(this.dataSource).save(new Roster("全总领导", asOf, "r.csv", List.of(members)), Origin.FILE, 1);
	}

	private void article(String id, String title, String body, List<String> authors, String editor) {
		OffsetDateTime published = OffsetDateTime.parse("2019-05-21T07:39:30+08:00");
		this.jdbc.update(
				"INSERT INTO article (id, file, format, title, published, published_local, body, body_chars, "
						+ "body_hash, body_simhash, sim_band0, sim_band1, sim_band2, sim_band3, editor, run_id) "
						+ "VALUES (?, ?, 'txt', ?, ?, ?, ?, ?, 'h', 0, 0, 0, 0, 0, ?, 1)",
				id, id + ".txt", title, published, published.toLocalDateTime(), body, body.length(), editor);
		// as ArticleRepository writes it: mention linking looks for articles by their key
		// rows
		this.jdbc.update("INSERT INTO article_key (article_id, file, run_id) VALUES (?, ?, 1)", id, id + ".txt");
		for (int i = 0; i < authors.size(); i++) {
			this.jdbc.update("INSERT INTO article_author (article_id, position, name) VALUES (?, ?, ?)", id, i,
					authors.get(i));
		}
	}

	private static RosterMember member(String name, String titles) {
		return new RosterMember(name, name, titles, TitleParser.parse(titles, null), Map.of());
	}

}
