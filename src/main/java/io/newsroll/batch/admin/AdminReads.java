package io.newsroll.batch.admin;

import java.util.List;

import io.newsroll.batch.rejects.RejectRepository;

/**
 * What the commands that only read show ({@code jobs list}, {@code jobs show},
 * {@code rejects}): the execution history and the rejects, whichever way the database was
 * opened (the Spring context's beans, or {@link PlainReads} without Spring).
 */
public interface AdminReads {

	/** The latest executions first, filtered by status and job when given. */
	List<RunHistory.Run> runs(String status, String job, int limit);

	/** One execution, or null. */
	RunHistory.Run run(long id);

	/** The steps of an execution, in the order they ran. */
	List<RunHistory.StepRun> steps(long id);

	/**
	 * The execution's exit message (the failure's stack trace when it failed), or null.
	 */
	String exitMessage(long id);

	/** The rejects, of one run and one reason code when given, in the order stored. */
	List<RejectRepository.Reject> rejects(Long runId, String reason);

	/** The reads of a database with newsroll's tables. */
	static AdminReads of(RunHistory history, RejectRepository rejects) {
		return new AdminReads() {

			@Override
			public List<RunHistory.Run> runs(String status, String job, int limit) {
				return history.list(status, job, limit);
			}

			@Override
			public RunHistory.Run run(long id) {
				return history.get(id);
			}

			@Override
			public List<RunHistory.StepRun> steps(long id) {
				return history.steps(id);
			}

			@Override
			public String exitMessage(long id) {
				return history.exitMessage(id);
			}

			@Override
			public List<RejectRepository.Reject> rejects(Long runId, String reason) {
				return rejects.find(runId, reason);
			}

		};
	}

	/**
	 * A database nothing has run in yet (no tables): no executions, no rejects, as the
	 * tables that the first command creates would say.
	 */
	AdminReads NONE = new AdminReads() {

		@Override
		public List<RunHistory.Run> runs(String status, String job, int limit) {
			return List.of();
		}

		@Override
		public RunHistory.Run run(long id) {
			return null;
		}

		@Override
		public List<RunHistory.StepRun> steps(long id) {
			return List.of();
		}

		@Override
		public String exitMessage(long id) {
			return null;
		}

		@Override
		public List<RejectRepository.Reject> rejects(Long runId, String reason) {
			return List.of();
		}

	};

}
