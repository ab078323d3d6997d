package io.newsroll.batch.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunHistoryTest {

	@Test
	void theRootCauseIsTheLastCausedByOfTheStackTrace() {
		String trace = """
				org.springframework.batch.core.step.StepExecutionException: step ingestArticles failed
					at org.springframework.batch.core.step.AbstractStep.execute(AbstractStep.java:290)
					at java.base/java.lang.Thread.run(Thread.java:840)
				Caused by: org.springframework.dao.DataAccessResourceFailureException: could not write
					at org.springframework.jdbc.support.SQLExceptionSubclassTranslator.doTranslate(X.java:1)
				Caused by: java.sql.SQLException: java.io.IOException: No space left on device
					at org.hsqldb.jdbc.JDBCUtil.sqlException(Unknown Source)
				""";
		assertThat(RunHistory.rootCause(trace))
			.isEqualTo("java.sql.SQLException: java.io.IOException: No space left on device");
	}

	@Test
	void aMessageWithoutCauseIsItsFirstLine() {
		assertThat(RunHistory.rootCause("java.lang.IllegalStateException: killed\n\tat x.y(Z.java:1)"))
			.isEqualTo("java.lang.IllegalStateException: killed");
		assertThat(RunHistory.rootCause("")).isNull();
		assertThat(RunHistory.rootCause(null)).isNull();
	}

}
