package sg.tsa.advisor.storage;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Storage is its own place: no user interface, no command line; only storage speaks SQL. */
@AnalyzeClasses(packages = "sg.tsa.advisor", importOptions = ImportOption.DoNotIncludeTests.class)
class StorageArchitectureTest {

    @ArchTest
    static final ArchRule storageKnowsNoUserInterface = noClasses().that().resideInAPackage("sg.tsa.advisor.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "sg.tsa.advisor.ui..",
                    "sg.tsa.advisor.cli..", "sg.tsa.advisor.app..");

    @ArchTest
    static final ArchRule onlyStorageUsesJdbc = noClasses().that().resideOutsideOfPackage("sg.tsa.advisor.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..");
}
