package io.newsroll.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The core is plain Java so that it can run under other engines: no Spring, no POI,
 * PDFBox or OpenCSV, no JDBC, no JSON binding.
 */
class CoreArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.newsroll");

	@Test
	void coreDependsOnNoFrameworkNorDatabaseNorOfficeLibrary() {
		noClasses().that()
			.resideInAPackage("io.newsroll.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.apache.poi..", "org.apache.pdfbox..", "com.opencsv..",
					"java.sql..", "javax.sql..", "tools.jackson..", "com.fasterxml.jackson..", "picocli..",
					"org.jfree..")
			.check(this.classes);
	}

	@Test
	void coreDependsOnNothingOutsideTheCore() {
		noClasses().that()
			.resideInAPackage("io.newsroll.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.newsroll.batch..", "io.newsroll.cli..", "io.newsroll.report..")
			.check(this.classes);
	}

	@Test
	void renderersNeverQueryTheDatabase() {
		noClasses().that()
			.resideInAPackage("io.newsroll.report..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..")
			.allowEmptyShould(true)
			.check(this.classes);
	}

}
