package io.newsroll.cli;

import java.nio.file.Path;
import java.util.List;

import io.newsroll.batch.schedule.JobDefinition;
import io.newsroll.batch.schedule.JobDefinitions;

/**
 * Finds job definitions for the commands, turning a bad job file into a configuration
 * error (exit 2).
 */
final class JobFiles {

	private JobFiles() {
	}

	static List<JobDefinition> all(Path dir) {
		try {
			return new JobDefinitions(dir).all();
		}
		catch (JobDefinitions.InvalidJobFileException ex) {
			throw new ConfigurationException("bad job file " + ex.getMessage(), ex);
		}
	}

	static JobDefinition find(Path dir, String name) {
		List<JobDefinition> jobs = all(dir);
		return jobs.stream()
			.filter((j) -> j.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new ConfigurationException("no job named '" + name + "' in " + dir.toAbsolutePath()
					+ " (jobs: " + jobs.stream().map(JobDefinition::name).toList() + ")"));
	}

}
