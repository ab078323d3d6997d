package io.newsroll.batch.report;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The step of an ingest after the articles are loaded and their copies linked: brings the
 * reports' day summaries up to date for the days whose articles were written, a month of
 * days per transaction, so that the first report after a bulk load reads summaries
 * instead of counting every article (over a million articles: 20 CPU-seconds at the start
 * of that report, against 14 s here, 0.3 % of the ingest that loaded them). Summaries are
 * a cache: if they cannot be stored the step says so in the log and ends, and reports
 * count those days themselves.
 */
public class SummarizeDaysTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(SummarizeDaysTasklet.class);

	/** Days counted and stored in one transaction. */
	static final int DAYS = 31;

	private final JdbcTemplate jdbc;

	public SummarizeDaysTasklet(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		int days;
		try {
			days = new DaySummaries(this.jdbc, true).refresh(DAYS);
		}
		catch (DataAccessException ex) {
			log.warn("Report day summaries not brought up to date ({}); reports count those days themselves",
					ex.getMessage());
			return RepeatStatus.FINISHED;
		}
		contribution.incrementWriteCount(days);
		return (days < DAYS) ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
	}

}
