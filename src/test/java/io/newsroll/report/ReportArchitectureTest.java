package io.newsroll.report;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The renderers lay out data they are given: they never reach for the database or the
 * Spring context.
 */
class ReportArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.newsroll");

	@Test
	void renderersNeverQuery() {
		noClasses().that()
			.resideInAPackage("io.newsroll.report..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework..", "io.newsroll.batch..",
					"io.newsroll.cli..")
			.check(this.classes);
	}

	@Test
	void reportServiceKeepsNoCommandLineLogic() {
		noClasses().that()
			.resideInAPackage("io.newsroll.batch.report..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("picocli..", "io.newsroll.cli..")
			.check(this.classes);
	}

}
