package io.newsroll.batch.articles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.newsroll.batch.files.FileLedger;
import io.newsroll.batch.rejects.RejectRepository;
import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;

import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores a chunk of outcomes in the chunk's transaction: articles (idempotent MERGE), rejects, roster
 * blocks and the ledger rows that say the files are done. An article id already loaded from another
 * file is rejected as DUPLICATE.
 */
class ArticleFileWriter implements ItemWriter<FileOutcome> {

	private final ArticleRepository articles;

	private final RejectRepository rejects;

	private final FileLedger ledger;

	private final PageRosterSink rosters;

	ArticleFileWriter(ArticleRepository articles, RejectRepository rejects, FileLedger ledger, PageRosterSink rosters) {
		this.articles = articles;
		this.rejects = rejects;
		this.ledger = ledger;
		this.rosters = rosters;
	}

	@Override
	public void write(Chunk<? extends FileOutcome> chunk) {
		long runId = StepSynchronizationManager.getContext().getStepExecution().getJobExecutionId();
		Map<String, String> idsInChunk = new HashMap<>();
		for (FileOutcome outcome : chunk) {
			if (outcome instanceof FileOutcome.Touched touched) {
				this.ledger.touch(touched.file());
			}
			else if (outcome instanceof FileOutcome.Rejected rejected) {
				reject(rejected, runId);
			}
			else if (outcome instanceof FileOutcome.Loaded loaded) {
				load(loaded, idsInChunk, runId);
			}
		}
	}

	private void load(FileOutcome.Loaded loaded, Map<String, String> idsInChunk, long runId) {
		String id = loaded.article().id();
		String earlier = idsInChunk.containsKey(id) ? idsInChunk.get(id) : this.articles.fileOf(id);
		if (earlier != null && !earlier.equals(loaded.file().name())) {
			reject(new FileOutcome.Rejected(loaded.file(), loaded.sha256(), List.of(Violation.of(loaded.file().name(),
					ReasonCode.DUPLICATE, "same article (id " + id + ") as " + earlier))), runId);
			return;
		}
		idsInChunk.put(id, loaded.file().name());
		this.articles.save(loaded.article(), runId);
		if (loaded.roster() != null) {
			this.rosters.save(loaded.roster(), runId);
		}
		this.ledger.record(loaded.file(), "article", loaded.sha256(), FileLedger.Status.LOADED, id, runId);
	}

	private void reject(FileOutcome.Rejected rejected, long runId) {
		for (Violation v : rejected.violations()) {
			this.rejects.add(runId, v);
		}
		this.ledger.record(rejected.file(), "article", rejected.sha256(), FileLedger.Status.REJECTED, null, runId);
	}

}
