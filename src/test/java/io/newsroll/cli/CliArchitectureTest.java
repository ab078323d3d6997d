package io.newsroll.cli;

import java.sql.SQLException;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The commands parse, call the batch layer and print: every query lives in a repository
 * or query class of {@code io.newsroll.batch}, never in {@code io.newsroll.cli}.
 */
class CliArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.newsroll");

	/**
	 * Connections, statements, data sources, JdbcTemplate: anything that runs SQL. An
	 * {@link SQLException} that reached the command line may be looked at (its SQL state
	 * tells a full disk from a lost server), since that runs nothing.
	 */
	private static final DescribedPredicate<JavaClass> RUNS_SQL = resideInAnyPackage("java.sql..", "javax.sql..",
			"org.springframework.jdbc..", "org.hsqldb..")
		.and(not(assignableTo(SQLException.class)))
		.as("classes that run SQL (java.sql, javax.sql, Spring JDBC, HSQLDB; SQLException aside)");

	@Test
	void commandsRunNoSql() {
		noClasses().that()
			.resideInAPackage("io.newsroll.cli..")
			.should()
			.dependOnClassesThat(RUNS_SQL)
			.because("SQL belongs to the batch layer's repositories (issue 18, part 4)")
			.check(this.classes);
	}

}
