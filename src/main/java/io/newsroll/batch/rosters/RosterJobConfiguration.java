package io.newsroll.batch.rosters;

import java.util.List;

import javax.sql.DataSource;

import io.newsroll.batch.NewsrollProperties;
import io.newsroll.batch.articles.IngestParameters;
import io.newsroll.batch.files.ChangedFile;
import io.newsroll.batch.files.FileIntake;
import io.newsroll.batch.files.FileLedger;
import io.newsroll.batch.files.InputFile;
import io.newsroll.batch.files.InputFiles;
import io.newsroll.batch.files.PartitionedFileReader;
import io.newsroll.batch.rejects.RejectRepository;
import io.newsroll.batch.run.KillPoints;
import io.newsroll.batch.run.RunProgress;
import io.newsroll.batch.schedule.JobDefinition;
import io.newsroll.batch.schedule.JobStepProvider;
import io.newsroll.core.article.Deadline;
import io.newsroll.core.reject.Violation;
import io.newsroll.core.roster.Roster;
import io.newsroll.core.roster.RosterDigest;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code ingest-rosters} step of a job: roster files under the rosters directory
 * loaded as snapshots (through the file ledger, rejects per row), then articles linked to
 * the people they mention.
 */
@Configuration(proxyBeanMethods = false)
public class RosterJobConfiguration {

	/** What reading one roster file gave. */
	record RosterOutcome(InputFile file, String sha256, List<Roster> rosters, List<Violation> violations,
			boolean touched) {
	}

	@Bean
	JobStepProvider rosterSteps(Step ingestRosterFiles, Step linkMentions) {
		return JobStepProvider.of(JobDefinition.Step.INGEST_ROSTERS, ingestRosterFiles, linkMentions);
	}

	@Bean
	Step ingestRosterFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PartitionedFileReader rosterFileReader, FileLedger ledger, RejectRepository rejects, DataSource dataSource,
			NewsrollProperties properties, RunProgress progress, KillPoints killPoints) {
		FileIntake intake = new FileIntake(properties.ingest().maxFileBytes());
		// the configured file limit, not the reader's default: a workbook may then
		// inflate to 4x newsroll.ingest.max-file-bytes
		RosterFileReader reader = new RosterFileReader(properties.zone(), properties.ingest().maxFileBytes());
		ItemProcessor<ChangedFile, RosterOutcome> processor = (changed) -> {
			progress.fileDone();
			InputFile file = changed.file();
			FileIntake.Result look = intake.look(changed);
			if (look instanceof FileIntake.Result.SameContent) {
				return new RosterOutcome(file, "", List.of(), List.of(), true);
			}
			if (look instanceof FileIntake.Result.Refused refused) {
				return new RosterOutcome(file, "", List.of(), List.of(refused.violation()), false);
			}
			RosterFileResult result = reader.read(file.path(), file.name(),
					Deadline.after(properties.ingest().maxFileTime(), System::nanoTime));
			return new RosterOutcome(file, ((FileIntake.Result.Read) look).sha256(), result.rosters(),
					result.violations(), false);
		};
		RosterStore store = new RosterStore(dataSource);
		ItemWriter<RosterOutcome> writer = (chunk) -> {
			long runId = StepSynchronizationManager.getContext().getStepExecution().getJobExecutionId();
			for (RosterOutcome o : chunk) {
				if (o.touched()) {
					ledger.touch(o.file());
					continue;
				}
				for (Roster roster : o.rosters()) {
					store.save(roster, RosterDigest.Origin.FILE, runId);
				}
				for (Violation v : o.violations()) {
					rejects.add(runId, v);
				}
				ledger.record(o.file(), "roster", o.sha256(),
						o.rosters().isEmpty() ? FileLedger.Status.REJECTED : FileLedger.Status.LOADED, null, runId);
				killPoints.pass("ingestRosterFiles");
			}
		};
		return new StepBuilder("ingestRosterFiles", jobRepository).<ChangedFile, RosterOutcome>chunk(20)
			.transactionManager(transactionManager)
			.reader(rosterFileReader)
			.processor(processor)
			.writer(writer)
			.build();
	}

	@Bean
	@StepScope
	PartitionedFileReader rosterFileReader(@Value("#{stepExecution}") StepExecution stepExecution, FileLedger ledger,
			RunProgress progress) {
		return new PartitionedFileReader("rosterFiles",
				IngestParameters.from(stepExecution.getJobParameters()).rosters(), InputFiles::isRosterName, ledger,
				progress);
	}

	@Bean
	Step linkMentions(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
			KillPoints killPoints) {
		return new StepBuilder("linkMentions", jobRepository)
			.tasklet(new LinkMentionsTasklet(new MentionRepository(dataSource), killPoints), transactionManager)
			.build();
	}

}
