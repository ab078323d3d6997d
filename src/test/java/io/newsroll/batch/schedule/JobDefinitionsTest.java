package io.newsroll.batch.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobDefinitionsTest {

	@TempDir
	Path dir;

	@Test
	void shippedJobFilesAreValid() {
		List<JobDefinition> jobs = new JobDefinitions(Path.of("jobs")).all();
		assertThat(jobs).extracting(JobDefinition::name).containsExactly("daily", "monthly");
		JobDefinition daily = jobs.get(0);
		assertThat(daily.steps()).containsExactly(JobDefinition.Step.INGEST_ARTICLES, JobDefinition.Step.INGEST_ROSTERS,
				JobDefinition.Step.REPORT);
		assertThat(daily.period().kind()).isEqualTo(ScheduledPeriod.Kind.PREVIOUS_DAY);
		assertThat(daily.formats()).containsExactly("xlsx", "pdf");
	}

	@Test
	void readsAFixedPeriodAndASixFieldCron() throws Exception {
		Path f = write("fixed.yml", """
				name: q1
				cron: "0 0 6 * * MON"
				steps: [report]
				report:
				  from: 2024-01-01
				  to: 2024-03-31
				  formats: pdf
				  locale: en
				""");
		JobDefinition job = JobDefinitions.read(f);
		assertThat(job.period().resolve(LocalDate.of(2030, 1, 1))).containsExactly(LocalDate.of(2024, 1, 1),
				LocalDate.of(2024, 3, 31));
		assertThat(job.formats()).containsExactly("pdf");
		assertThat(job.cronExpression().next(java.time.LocalDateTime.of(2024, 5, 1, 0, 0)))
			.isEqualTo(java.time.LocalDateTime.of(2024, 5, 6, 6, 0));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					name: x\\ncron: "0 2 * *"\\nsteps: [report]            | bad.yml:2: field 'cron': invalid cron expression
					name: x\\ncron: "0 2 * * *"\\nsteps: [ingest, report]  | bad.yml:3: field 'steps': unknown step 'ingest'
					name: x\\ncron: "0 2 * * *"\\nsteps: [report]\\ncolour: red | bad.yml:4: field 'colour': unknown field
					cron: "0 2 * * *"\\nsteps: [report]                   | bad.yml: field 'name': missing
					name: x\\ncron: "0 2 * * *"\\nsteps: [report\\n        | bad.yml:3: not valid YAML
					name: x\\ncron: "0 2 * * *"\\nsteps: [report]\\nreport:\\n  period: yesterday | bad.yml:5: field 'report.period': unknown report period 'yesterday'
					name: x\\ncron: "0 2 * * *"\\nsteps: []                   | bad.yml:3: field 'steps': a non-empty list
					""")
	void refusesMalformedFilesNamingFileLineAndField(String yaml, String message) throws Exception {
		Path f = write("bad.yml", yaml.replace("\\n", "\n"));
		assertThatThrownBy(() -> JobDefinitions.read(f)).isInstanceOf(JobDefinitions.InvalidJobFileException.class)
			.hasMessageContaining(message);
	}

	@Test
	void refusesTwoFilesDefiningOneJob() throws Exception {
		write("a.yml", "name: same\ncron: \"0 2 * * *\"\nsteps: [report]\n");
		write("b.yml", "name: same\ncron: \"0 3 * * *\"\nsteps: [report]\n");
		assertThatThrownBy(() -> new JobDefinitions(this.dir).all()).hasMessageContaining("b.yml")
			.hasMessageContaining("also defined in");
	}

	@ParameterizedTest
	@CsvSource({ "previous-day, 2024-05-15, 2024-05-14, 2024-05-14",
			"previous-week, 2024-05-15, 2024-05-06, 2024-05-12", "previous-month, 2024-03-01, 2024-02-01, 2024-02-29",
			"month-to-date, 2024-05-15, 2024-05-01, 2024-05-15" })
	void resolvesRelativePeriods(String kind, LocalDate run, LocalDate from, LocalDate to) {
		assertThat(ScheduledPeriod.relative(ScheduledPeriod.Kind.fromFileName(kind)).resolve(run)).containsExactly(from,
				to);
	}

	private Path write(String name, String text) throws Exception {
		return Files.writeString(this.dir.resolve(name), text);
	}

}
