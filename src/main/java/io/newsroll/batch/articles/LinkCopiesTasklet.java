package io.newsroll.batch.articles;

import java.util.List;
import java.util.Objects;

import io.newsroll.batch.run.KillPoints;
import io.newsroll.core.article.BodyFingerprint;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Links each newly written article to its copies: the same normalized body (DUPLICATE) or
 * a body within {@link BodyFingerprint#NEAR_BITS} simhash bits on another site (REPRINT).
 * Works through the pending articles a page per transaction, so an interrupted run
 * resumes where it stopped.
 */
class LinkCopiesTasklet implements Tasklet {

	private static final int PAGE = 200;

	private final ArticleRepository articles;

	private final KillPoints killPoints;

	LinkCopiesTasklet(ArticleRepository articles, KillPoints killPoints) {
		this.articles = articles;
		this.killPoints = killPoints;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		List<ArticleRepository.Candidate> pending = this.articles.pendingLinks(PAGE);
		for (ArticleRepository.Candidate article : pending) {
			for (ArticleRepository.Candidate other : this.articles.sharingBand(article)) {
				if (article.bodyHash().equals(other.bodyHash())) {
					this.articles.link(article.id(), other.id(), "DUPLICATE", 1.0);
				}
				else if (!Objects.equals(article.siteDomain(), other.siteDomain())
						&& BodyFingerprint.distance(article.simhash(), other.simhash()) <= BodyFingerprint.NEAR_BITS) {
					double similarity = 1.0 - BodyFingerprint.distance(article.simhash(), other.simhash()) / 64.0;
					this.articles.link(article.id(), other.id(), "REPRINT", similarity);
				}
			}
			this.articles.linked(article.id());
			this.killPoints.pass("linkCopies");
			contribution.incrementWriteCount(1);
		}
		return (pending.size() < PAGE) ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
	}

}
