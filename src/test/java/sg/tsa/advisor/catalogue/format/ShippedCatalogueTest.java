package sg.tsa.advisor.catalogue.format;

import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Certificate;
import sg.tsa.advisor.catalogue.CourseModule;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.ExemptionEngine;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.engine.QualificationAdvice;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue the application ships with: valid, and it gives the five published exemptions. */
class ShippedCatalogueTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    static final Catalogue SHIPPED = ShippedCatalogue.load();

    static Advice advise(String... credentialIds) {
        List<HeldCredential> held = Arrays.stream(credentialIds)
                .map(id -> new HeldCredential(id, LocalDate.of(2025, 6, 1))).toList();
        return new ExemptionEngine(SHIPPED).advise(new AdviceRequest(held, AS_OF));
    }

    /** The only exemptions, as "qualification: module or certificate ids". */
    static List<String> exemptions(Advice advice) {
        return advice.qualifications().stream().map(ShippedCatalogueTest::describe).toList();
    }

    static String describe(QualificationAdvice q) {
        return q.qualification().id() + ": " + q.exemptedModules().stream().map(CourseModule::id).toList()
                + q.exemptedCertificates().stream().map(Certificate::id).toList();
    }

    @Test
    void theFileInTheSourceTreeValidatesAndIsTheOneLoaded() throws InvalidCatalogueException {
        Catalogue fromFile = CatalogueReader.read(Path.of("resources/catalogue/default-catalogue.json"));

        assertThat(CatalogueWriterTest.content(fromFile)).isEqualTo(CatalogueWriterTest.content(SHIPPED));
        assertThat(SHIPPED.version()).isEqualTo("2026.11");
        assertThat(SHIPPED.institution()).isEqualTo("Temasek Polytechnic");
        assertThat(SHIPPED.rules()).hasSize(5);
    }

    @Test
    void aahnExemptsTheWholePdcOfAquaculture() {
        assertThat(exemptions(advise("tp-aahn"))).containsExactly("sd-amt: [][pdc-aahn]");
    }

    @Test
    void principlesOfMachineLearningNeedsBothNanodegrees() {
        assertThat(exemptions(advise("udacity-aipnd", "udacity-mltf"))).containsExactly("sd-aisd: [pml][]");
        assertThat(exemptions(advise("udacity-aipnd"))).isEmpty();
        assertThat(exemptions(advise("udacity-mltf"))).isEmpty();
        assertThat(advise("udacity-aipnd").nearMisses()).filteredOn(n -> n.rule().id().equals("aipnd-mltf-pml"))
                .singleElement().satisfies(n -> assertThat(n.missing()).containsExactly("udacity-mltf"));
    }

    @Test
    void businessAnalyticsExemptsDataVisualisationFundamentals() {
        assertThat(exemptions(advise("udacity-ba"))).containsExactly("sd-dsb: [dvf][]");
    }

    @Test
    void ccnaExemptsDataCommunicationAndNetworking() {
        assertThat(exemptions(advise("cisco-ccna"))).containsExactly("dip-idm-ict: [dcn][]");
    }

    @Test
    void eitherAwsSolutionsArchitectExemptsCloudComputingAndSecurity() {
        assertThat(exemptions(advise("aws-saa"))).containsExactly("dip-idm-ict: [ccs][]");
        assertThat(exemptions(advise("aws-sap"))).containsExactly("dip-idm-ict: [ccs][]");
        assertThat(exemptions(advise("aws-saa", "aws-sap", "cisco-ccna"))).containsExactly("dip-idm-ict: [dcn, ccs][]");
    }

    @Test
    void allFiveTogetherSortedByTitle() {
        Advice advice = advise("tp-aahn", "udacity-aipnd", "udacity-mltf", "udacity-ba", "cisco-ccna", "aws-saa");

        assertThat(exemptions(advice)).containsExactly(
                "dip-idm-ict: [dcn, ccs][]",
                "sd-aisd: [pml][]",
                "sd-amt: [][pdc-aahn]",
                "sd-dsb: [dvf][]");
        // aws-sap would also exempt ccs, which aws-saa already does: no near miss is left.
        assertThat(advice.nearMisses()).isEmpty();
    }
}
