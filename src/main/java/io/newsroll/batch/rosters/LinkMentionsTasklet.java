package io.newsroll.batch.rosters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newsroll.batch.run.KillPoints;
import io.newsroll.core.roster.MentionMatcher;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Links articles to the roster people they mention: one automaton pass per title and
 * body, a page of articles per transaction, so an interrupted run resumes with the
 * articles not yet scanned. The articles are those the writer queued since the last scan,
 * or every article (a sweep) when the roster names differ from those of the last complete
 * sweep; a run with nothing queued reads no article. The automaton is built once per step
 * execution, and only when there is a page to scan.
 */
public class LinkMentionsTasklet implements Tasklet {

	static final int PAGE = 200;

	private final MentionRepository mentions;

	private MentionRepository.People people;

	private MentionMatcher matcher;

	/** Whether this step execution scans every article rather than the queued ones. */
	private boolean sweep;

	private Long stepExecutionId;

	/** The last article id of the previous page: the next page starts after it. */
	private String after = "";

	private final KillPoints killPoints;

	public LinkMentionsTasklet(MentionRepository mentions) {
		this(mentions, KillPoints.none());
	}

	public LinkMentionsTasklet(MentionRepository mentions, KillPoints killPoints) {
		this.mentions = mentions;
		this.killPoints = killPoints;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Long current = chunkContext.getStepContext().getStepExecution().getId();
		if (this.people == null || !java.util.Objects.equals(current, this.stepExecutionId)) {
			this.stepExecutionId = current;
			this.people = this.mentions.people();
			this.matcher = null;
			this.sweep = !this.people.sha().equals(this.mentions.sweptSha());
			if (this.sweep) {
				this.mentions.forgetScansOfQueued();
			}
			this.after = "";
		}
		if (this.people.words().isEmpty()) {
			// no one to look for: a queue kept for later would only grow (names that
			// appear later change the name set, and every article is swept then)
			this.mentions.clearQueue();
			return finished();
		}
		List<MentionRepository.ArticleText> pending = this.sweep
				? this.mentions.pending(this.people.sha(), this.after, PAGE) : this.mentions.queued(this.after, PAGE);
		if (!pending.isEmpty() && this.matcher == null) {
			this.matcher = MentionMatcher.ofNames(this.people.words());
		}
		Map<String, List<MentionMatcher.Mention>> found = new LinkedHashMap<>();
		for (MentionRepository.ArticleText article : pending) {
			found.put(article.id(),
					this.matcher.mentions(article.title(), article.body(), article.authors(), article.editor()));
			this.killPoints.pass("linkMentions");
			contribution.incrementWriteCount(1);
		}
		this.mentions.replaceAll(found, this.people.sha());
		if (!pending.isEmpty()) {
			this.after = pending.get(pending.size() - 1).id();
		}
		if (pending.size() < PAGE) {
			if (this.sweep) {
				this.mentions.sweptWith(this.people.sha());
			}
			return finished();
		}
		return RepeatStatus.CONTINUABLE;
	}

	private RepeatStatus finished() {
		this.people = null;
		this.matcher = null;
		return RepeatStatus.FINISHED;
	}

}
