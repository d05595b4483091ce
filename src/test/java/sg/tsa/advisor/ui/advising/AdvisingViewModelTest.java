package sg.tsa.advisor.ui.advising;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.engine.QualificationAdvice;
import sg.tsa.advisor.ui.advising.history.InMemoryConsultations;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The advising screen's state and logic, without a screen, on a same-thread executor. */
class AdvisingViewModelTest {
    private static final LocalDate TODAY = ScreenModels.TODAY;

    private final InMemoryConsultations store = ScreenModels.store();
    private AdvisingViewModel model;

    @BeforeEach
    void loadShippedCatalogue() {
        model = ScreenModels.onShippedCatalogue(store);
    }

    private CredentialEntry add(String query, LocalDate attained) {
        return ScreenModels.add(model, query, attained);
    }

    private QualificationAdvice qualification(String id) {
        return model.adviceProperty().get().qualification(id).orElseThrow();
    }

    @Test
    void typingCcnaOffersItFirstAndEnterAddsItWithoutADateYet() {
        model.picker().queryProperty().set("ccna");
        assertThat(model.picker().matches()).first().extracting(c -> c.id()).isEqualTo("cisco-ccna");

        CredentialEntry entry = model.picker().addTopMatch().orElseThrow();

        assertThat(model.picker().queryProperty().get()).isEmpty();
        assertThat(entry.standingText()).startsWith("Date needed: not counted");
        assertThat(model.adviceProperty().get().isEmpty()).isTrue();
    }

    @Test
    void aDatedCcnaExemptsItsModuleAndSaysUntilWhenItCounts() {
        CredentialEntry ccna = add("ccna", LocalDate.of(2024, 6, 1));

        QualificationAdvice ict = qualification("dip-idm-ict");
        assertThat(ict.exemptedModules()).extracting(m -> m.id()).containsExactly("dcn");
        assertThat(ccna.standingText()).isEqualTo("Counts until 1 Jun 2028");
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void allFivePublishedRecognitionLinesGiveTheirExemptionOnTheScreen() {
        add("aahn", LocalDate.of(2025, 8, 1));
        add("aipnd", LocalDate.of(2025, 3, 15));
        add("mltf", LocalDate.of(2025, 9, 1));
        add("band", LocalDate.of(2024, 1, 10));
        add("ccna", LocalDate.of(2024, 6, 1));
        add("sap-c02", LocalDate.of(2023, 5, 5));

        assertThat(qualification("sd-amt").exemptedCertificates()).extracting(c -> c.id()).containsExactly("pdc-aahn");
        assertThat(qualification("sd-aisd").exemptedModules()).extracting(m -> m.id()).containsExactly("pml");
        assertThat(qualification("sd-dsb").exemptedModules()).extracting(m -> m.id()).containsExactly("dvf");
        assertThat(qualification("dip-idm-ict").exemptedModules()).extracting(m -> m.id())
                .containsExactly("dcn", "ccs");
    }

    @Test
    void oneNanodegreeAloneDoesNotExemptPrinciplesOfMachineLearning() {
        add("aipnd", LocalDate.of(2025, 3, 15));

        assertThat(model.adviceProperty().get().qualification("sd-aisd")).isEmpty();
        assertThat(model.nearMisses()).extracting(m -> m.rule().id()).contains("aipnd-mltf-pml");
    }

    @Test
    void anUnknownQueryAddsNothingAndSaysSo() {
        model.picker().queryProperty().set("zzz");
        assertThat(model.picker().addTopMatch()).isEmpty();
        assertThat(model.picker().searchHintProperty().get()).contains("zzz");
    }

    @Test
    void aCredentialDatedAfterTheAssessmentDateIsNotCountedAndNamedInTheProblem() {
        CredentialEntry ccna = add("ccna", LocalDate.of(2027, 1, 5));

        assertThat(model.adviceProperty().get().isEmpty()).isTrue();
        assertThat(ccna.standingText()).contains("after the assessment date");
        assertThat(model.problemProperty().get()).contains("Cisco Certified Network Associate (CCNA)")
                .contains("5 Jan 2027");
    }

    @Test
    void aLapsedCredentialSaysWhenItStoppedCountingAndExemptsNothing() {
        CredentialEntry ccna = add("ccna", LocalDate.of(2020, 1, 1));

        assertThat(ccna.standingText()).isEqualTo("Stopped counting after 1 Jan 2024");
        assertThat(model.adviceProperty().get().qualifications()).isEmpty();
        assertThat(model.adviceProperty().get().lapsed()).extracting(l -> l.held().credentialId())
                .containsExactly("cisco-ccna");
    }

    @Test
    void anExemptionThatLapsesBeforeTheIntakeIsFlagged() {
        add("ccna", LocalDate.of(2022, 12, 1));
        model.header().intakeProperty().set(LocalDate.of(2027, 4, 1));

        assertThat(qualification("dip-idm-ict").lapsingBeforeIntake()).containsExactly("ccna-dcn");
    }

    @Test
    void anIntakeNotAfterTheAssessmentDateIsAProblemButTheAdviceStands() {
        add("ccna", LocalDate.of(2024, 6, 1));
        model.header().intakeProperty().set(LocalDate.of(2026, 1, 1));

        assertThat(model.problemProperty().get()).contains("intake date 1 Jan 2026 must be after");
        assertThat(qualification("dip-idm-ict").exemptedModules()).hasSize(1);
    }

    @Test
    void aWhatIfIsShownApartAndNeverCountedAsHeld() {
        add("aipnd", LocalDate.of(2025, 3, 1));
        assertThat(model.nearMisses()).extracting(m -> m.rule().id()).contains("aipnd-mltf-pml");

        model.whatIf("udacity-mltf");

        CredentialEntry planned = model.picker().entries().get(1);
        assertThat(planned.planned()).isTrue();
        assertThat(planned.standingText()).startsWith("Planned");
        assertThat(model.adviceProperty().get().qualification("sd-aisd")).isEmpty();
        assertThat(model.withPlannedProperty().get().qualification("sd-aisd")).isPresent();
        assertThat(model.plannedGains()).extracting(PlannedGain::title).containsExactly("Principles of Machine Learning");
        assertThat(model.plannedGains().get(0).planned()).containsExactly("udacity-mltf");
    }

    @Test
    void addingAPlannedCredentialAsHeldReplacesThePlannedOne() {
        model.whatIf("cisco-ccna");
        assertThat(model.picker().entries()).singleElement().extracting(CredentialEntry::planned).isEqualTo(true);

        CredentialEntry held = add("ccna", LocalDate.of(2024, 6, 1));

        assertThat(model.picker().entries()).containsExactly(held);
        assertThat(held.planned()).isFalse();
        assertThat(model.plannedGains()).isEmpty();
        assertThat(model.adviceProperty().get().qualification("dip-idm-ict")).isPresent();
    }

    @Test
    void selectingAModuleExplainsWhyOrWhyNot() {
        add("ccna", LocalDate.of(2024, 6, 1));
        QualificationAdvice ict = qualification("dip-idm-ict");
        var dcn = ict.qualification().module("dcn").orElseThrow();
        var ccs = ict.qualification().module("ccs").orElseThrow();

        model.select(ExplanationTarget.of(ict.qualification(), dcn));
        assertThat(model.explanationProperty().get().verdict()).isEqualTo(Explanation.Verdict.EXEMPTED);
        assertThat(model.explanationProperty().get().reasons()).singleElement().asString()
                .contains("Met because: Cisco Certified Network Associate (CCNA), attained 1 Jun 2024");

        model.select(ExplanationTarget.of(ict.qualification(), ccs));
        assertThat(model.explanationProperty().get().verdict()).isEqualTo(Explanation.Verdict.NOT_EXEMPTED);
        assertThat(model.explanationProperty().get().reasons()).singleElement().asString()
                .contains("Needs AWS Certified Solutions Architect – Associate or AWS Certified Solutions "
                        + "Architect – Professional").contains("Not held")
                .contains("Source: Micro-credentials recognised by TP");
    }

    @Test
    void browseListsWhatWouldExemptEachModuleAndWhereTheLearnerStands() {
        model.browse().shownProperty().set(true);
        add("ccna", LocalDate.of(2024, 6, 1));
        Catalogue catalogue = model.catalogueProperty().get();
        model.browse().qualificationProperty().set(catalogue.qualification("dip-idm-ict").orElseThrow());

        assertThat(model.browse().rows()).extracting(BrowseRow::title, BrowseRow::exemptedBy, BrowseRow::forLearner)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Data Communication and Networking",
                                "Cisco Certified Network Associate (CCNA)", "Exempted"),
                        org.assertj.core.groups.Tuple.tuple("Cloud Computing & Security",
                                "AWS Certified Solutions Architect – Associate or AWS Certified Solutions Architect "
                                        + "– Professional", "Not exempted"));
        assertThat(model.browse().structureNoteProperty().get()).contains("not published");
    }

    @Test
    void hiddenBrowseIsBroughtUpToDateWhenShown() {
        Catalogue catalogue = model.catalogueProperty().get();
        model.browse().qualificationProperty().set(catalogue.qualification("dip-idm-ict").orElseThrow());
        model.browse().shownProperty().set(true);
        assertThat(model.browse().rows()).extracting(BrowseRow::forLearner).containsOnly("Not exempted");
        model.browse().shownProperty().set(false);

        add("ccna", LocalDate.of(2024, 6, 1));
        assertThat(model.browse().rows()).as("not worked out while hidden").extracting(BrowseRow::forLearner)
                .containsOnly("Not exempted");

        model.browse().shownProperty().set(true);
        assertThat(model.browse().rows()).extracting(BrowseRow::title, BrowseRow::forLearner).contains(
                org.assertj.core.groups.Tuple.tuple("Data Communication and Networking", "Exempted"));
    }

    @Test
    void removingACredentialTakesItsExemptionAway() {
        CredentialEntry ccna = add("ccna", LocalDate.of(2024, 6, 1));
        model.picker().remove(ccna);
        assertThat(model.adviceProperty().get().isEmpty()).isTrue();
    }
}
