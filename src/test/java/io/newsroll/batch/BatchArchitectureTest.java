package io.newsroll.batch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The batch layer's packages (files, run, articles, rosters, report, db, ...) depend on
 * each other without cycles, so each can be read, tested and changed from the ones below
 * it ({@code files} and {@code run} once pointed at each other through a context key).
 */
class BatchArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.newsroll.batch");

	@Test
	void batchPackagesAreFreeOfCycles() {
		slices().matching("io.newsroll.batch.(*)..").should().beFreeOfCycles().check(this.classes);
	}

}
