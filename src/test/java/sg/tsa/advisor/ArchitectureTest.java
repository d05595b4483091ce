package sg.tsa.advisor;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The shape of the house (style.md), checked on every build. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("sg.tsa.advisor");
    }

    @Test
    void theDomainEngineAndReportsKnowNothingOfJavaFx() {
        noClasses().that().resideInAnyPackage("sg.tsa.advisor.catalogue..", "sg.tsa.advisor.engine..",
                        "sg.tsa.advisor.report..", "sg.tsa.advisor.about..", "sg.tsa.advisor.evidence..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the domain is plain Java, testable with JUnit alone")
                .check(classes);
    }

    @Test
    void noCyclesBetweenFeaturePackages() {
        slices().matching("sg.tsa.advisor.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theCatalogueAndTheEngineDependOnNoOuterLayer() {
        noClasses().that().resideInAnyPackage("sg.tsa.advisor.catalogue..", "sg.tsa.advisor.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("sg.tsa.advisor.cli..", "sg.tsa.advisor.ui..",
                        "sg.tsa.advisor.storage..", "sg.tsa.advisor.summary..", "sg.tsa.advisor.app..")
                .check(classes);
    }

    @Test
    void theCatalogueDoesNotDependOnTheEngineOrTheReports() {
        noClasses().that().resideInAPackage("sg.tsa.advisor.catalogue..")
                .should().dependOnClassesThat().resideInAnyPackage("sg.tsa.advisor.engine..",
                        "sg.tsa.advisor.report..")
                .check(classes);
    }

    @Test
    void theApplicationNeverOpensANetworkConnection() {
        String[] network = {"java.net.Socket", "java.net.ServerSocket", "java.net.DatagramSocket",
                "java.net.MulticastSocket", "java.net.URLConnection", "java.net.HttpURLConnection",
                "java.nio.channels.SocketChannel", "java.nio.channels.ServerSocketChannel",
                "java.nio.channels.DatagramChannel", "java.nio.channels.AsynchronousSocketChannel",
                "java.nio.channels.AsynchronousServerSocketChannel"};
        noClasses().should().dependOnClassesThat().haveNameMatching(String.join("|", network).replace(".", "\\."))
                .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..")
                .orShould().callMethod(java.net.URL.class, "openConnection")
                .orShould().callMethod(java.net.URL.class, "openStream")
                .because("learners' data stays on the laptop and the tool works offline: no code of ours opens a "
                        + "connection")
                .check(classes);
    }

    @Test
    void noCodeOfOursUsesALibrarysWayOfFetchingDocumentsOrKeys() {
        String[] fetching = {"com.apicatalog.jsonld.http..*", "com.apicatalog.jsonld.loader.HttpLoader",
                "com.apicatalog.jsonld.loader.DefaultHttpLoader", "com.apicatalog.jsonld.loader.SchemeRouter",
                "com.apicatalog.jsonld.loader.FileLoader", "com.apicatalog.jsonld.loader.CacheLoader",
                "com.nimbusds.jose.util.DefaultResourceRetriever", "com.nimbusds.jose.util.ResourceRetriever",
                "com.nimbusds.jose.jwk.source..*", "com.nimbusds.jose.jwk.JWKSet"};
        noClasses().should().dependOnClassesThat().haveNameMatching(String.join("|", fetching)
                        .replace(".", "\\.").replace("\\.\\.*", "\\..*"))
                .because("JSON-LD contexts come only from the bundle (evidence.BundledContexts) and keys only from "
                        + "the file or the user: credential files are checked offline")
                .check(classes);
    }
}
