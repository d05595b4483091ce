package sg.tsa.advisor.summary;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The summary document is plain Java: the window, the command line and the tests all make it alike. */
@AnalyzeClasses(packages = "sg.tsa.advisor.summary", importOptions = ImportOption.DoNotIncludeTests.class)
class SummaryArchitectureTest {

    @ArchTest
    static final ArchRule summaryDocumentKnowsNothingOfJavaFx = noClasses()
            .that().resideInAPackage("sg.tsa.advisor.summary..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "sg.tsa.advisor.ui..");
}
