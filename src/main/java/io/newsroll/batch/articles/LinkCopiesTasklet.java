package io.newsroll.batch.articles;

import java.util.List;
import java.util.Set;

import io.newsroll.batch.run.KillPoints;
import io.newsroll.core.article.BodyFingerprint;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Links each newly written article into its copy groups: the same normalized body
 * (DUPLICATE) or a body within {@link BodyFingerprint#NEAR_BITS} simhash bits on another
 * site (REPRINT), each copy linked to its group's original (see {@link BandCopies} and
 * {@link ArticleRepository#join}). Works band by band (see {@link BandCopies}) over the
 * narrow {@code article_band} rows, each band's articles read once however many of them
 * are new, the bands of up to {@value #PAGE} pending rows per transaction, so an
 * interrupted run resumes where it stopped.
 */
class LinkCopiesTasklet implements Tasklet {

	private static final int PAGE = 1000;

	private final ArticleRepository articles;

	private final KillPoints killPoints;

	LinkCopiesTasklet(ArticleRepository articles, KillPoints killPoints) {
		this.articles = articles;
		this.killPoints = killPoints;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		List<Integer> bands = this.articles.pendingBands(PAGE);
		for (int band : bands) {
			Set<String> pending = this.articles.pendingIn(band);
			this.articles.join(BandCopies.find(band, this.articles.band(band), pending));
			this.articles.bandLinked(band);
			this.killPoints.pass("linkCopies");
			contribution.incrementWriteCount(pending.size());
		}
		return bands.isEmpty() ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
	}

}
