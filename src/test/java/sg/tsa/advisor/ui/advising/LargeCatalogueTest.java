package sg.tsa.advisor.ui.advising;

import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.ui.CurrentThreadExecutor;
import sg.tsa.advisor.ui.advising.history.InMemoryConsultations;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The screen's logic on the synthetic 20,000-rule catalogue: right answers, and bounded lists (not timed). */
class LargeCatalogueTest {
    private static final Catalogue LARGE = SyntheticCatalogue.large();

    @Test
    void searchAddAndAdviceWorkAndTheNearMissListStaysBounded() {
        InMemoryConsultations store = new InMemoryConsultations(Clock.systemUTC());
        AdvisingViewModel model = new AdvisingViewModel(new CurrentThreadExecutor(),
                () -> AdvisingViewModelTest.TODAY, "Mei Ling", store, store);
        model.load(() -> LARGE);

        model.picker().queryProperty().set("code-1007");
        assertThat(model.picker().matches()).first().extracting(c -> c.id()).isEqualTo("cred-7");
        model.picker().queryProperty().set("cloud");
        assertThat(model.picker().matches()).hasSize(CredentialPickerModel.MATCHES_SHOWN);

        for (int i = 0; i < 30; i++) {
            model.picker().queryProperty().set("c" + i);
            model.picker().addTopMatch().orElseThrow().attainedOnProperty().set(LocalDate.of(2025, 1, 1));
        }

        assertThat(model.adviceProperty().get().qualifications()).isNotEmpty();
        assertThat(model.nearMisses()).hasSizeLessThanOrEqualTo(AdvisingViewModel.NEAR_MISSES_SHOWN);
        assertThat(model.picker().entries()).allSatisfy(e -> assertThat(e.standingText()).isNotBlank());
    }
}
