package io.newsroll.batch.articles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import io.newsroll.batch.files.FileLedger;
import io.newsroll.batch.rejects.RejectRepository;
import io.newsroll.core.article.Article;
import io.newsroll.core.article.CutCopies;
import io.newsroll.core.reject.ReasonCode;
import io.newsroll.core.reject.Violation;

import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores a chunk of outcomes in the chunk's transaction: articles (idempotent MERGE),
 * rejects, roster blocks and the ledger rows that say the files are done. Of two files
 * that give the same article id, one is rejected as DUPLICATE of the other.
 */
class ArticleFileWriter implements ItemWriter<FileOutcome> {

	private final ArticleRepository articles;

	private final RejectRepository rejects;

	private final FileLedger ledger;

	private final PageRosterSink rosters;

	private final ReentrantLock writeLock = new ReentrantLock();

	ArticleFileWriter(ArticleRepository articles, RejectRepository rejects, FileLedger ledger, PageRosterSink rosters) {
		this.articles = articles;
		this.rejects = rejects;
		this.ledger = ledger;
		this.rosters = rosters;
	}

	@Override
	public void write(Chunk<? extends FileOutcome> chunk) {
		// Partitions write in parallel: two files with the same article id in two
		// partitions would each see
		// no earlier copy (the other chunk is not committed yet) and both load. Chunk
		// writes therefore hold
		// a lock until their transaction ends; the extraction before them still runs in
		// parallel.
		this.writeLock.lock();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					ArticleFileWriter.this.writeLock.unlock();
				}

			});
			writeChunk(chunk);
		}
		else {
			try {
				writeChunk(chunk);
			}
			finally {
				this.writeLock.unlock();
			}
		}
	}

	private void writeChunk(Chunk<? extends FileOutcome> chunk) {
		long runId = StepSynchronizationManager.getContext().getStepExecution().getJobExecutionId();
		Map<String, FileOutcome.Loaded> loadedInChunk = new HashMap<>();
		for (FileOutcome outcome : chunk) {
			if (outcome instanceof FileOutcome.Touched touched) {
				this.ledger.touch(touched.file());
			}
			else if (outcome instanceof FileOutcome.Rejected rejected) {
				reject(rejected, runId);
			}
			else if (outcome instanceof FileOutcome.Loaded loaded) {
				load(loaded, loadedInChunk, runId);
			}
		}
	}

	/**
	 * Loads an article. When another file gave the same article id, one of the two files
	 * is rejected as DUPLICATE of the other. A cut copy (what a broken download left, see
	 * {@link CutCopies}) gives way to the whole page, whichever came first. Otherwise an
	 * article stored by an earlier run keeps its file, so that a new page claiming an
	 * existing page's canonical URL cannot replace it; within one run (and its restarts)
	 * the file whose name sorts first keeps it, so the outcome does not depend on which
	 * partition got there first.
	 */
	private void load(FileOutcome.Loaded loaded, Map<String, FileOutcome.Loaded> loadedInChunk, long runId) {
		Article article = loaded.article();
		String id = article.id();
		String name = loaded.file().name();
		FileOutcome.Loaded inChunk = loadedInChunk.get(id);
		String earlier = (inChunk != null) ? inChunk.file().name() : this.articles.fileOf(id);
		if (earlier != null && !earlier.equals(name)) {
			if (!replaces(article, name, (inChunk != null) ? inChunk.article() : null, earlier, runId)) {
				reject(new FileOutcome.Rejected(loaded.file(), loaded.sha256(), List.of(duplicate(name, id, earlier))),
						runId);
				return;
			}
			this.rejects.add(runId, duplicate(earlier, id, name));
			this.ledger.demote(earlier, runId);
		}
		loadedInChunk.put(id, loaded);
		this.articles.save(article, loaded.fingerprint(), runId, earlier != null);
		if (loaded.roster() != null) {
			this.rosters.save(loaded.roster(), runId);
		}
		this.ledger.record(loaded.file(), "article", loaded.sha256(), FileLedger.Status.LOADED, id, runId);
	}

	/**
	 * Whether the article of file {@code name} replaces the one {@code earlier} gave
	 * under the same id ({@code inChunk} when that was loaded by this chunk, else read
	 * from the store).
	 */
	private boolean replaces(Article article, String name, Article inChunk, String earlier, long runId) {
		String title;
		String body;
		if (inChunk != null) {
			title = inChunk.title();
			body = inChunk.bodyText();
		}
		else {
			ArticleRepository.StoredStory stored = this.articles.story(article.id());
			title = (stored != null) ? stored.title() : null;
			body = (stored != null) ? stored.body() : null;
		}
		if (CutCopies.isCutOf(title, body, article.title(), article.bodyText())) {
			return true;
		}
		if (CutCopies.isCutOf(article.title(), article.bodyText(), title, body)) {
			return false;
		}
		boolean kept = inChunk == null && this.articles.storedByEarlierRun(article.id(), runId);
		return !kept && name.compareTo(earlier) < 0;
	}

	private static Violation duplicate(String file, String id, String keptFrom) {
		return Violation.of(file, ReasonCode.DUPLICATE,
				"same article (id " + id + ") as " + keptFrom + ", which is kept");
	}

	private void reject(FileOutcome.Rejected rejected, long runId) {
		for (Violation v : rejected.violations()) {
			this.rejects.add(runId, v);
		}
		this.ledger.record(rejected.file(), "article", rejected.sha256(), FileLedger.Status.REJECTED, null, runId);
	}

}
