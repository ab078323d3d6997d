package io.newsroll.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The commands parse, call the batch layer and print: every query lives in a repository
 * or query class of {@code io.newsroll.batch}, never in {@code io.newsroll.cli}.
 */
class CliArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.newsroll");

	@Test
	void commandsRunNoSql() {
		noClasses().that()
			.resideInAPackage("io.newsroll.cli..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..", "org.hsqldb..")
			.because("SQL belongs to the batch layer's repositories (issue 18, part 4)")
			.check(this.classes);
	}

}
