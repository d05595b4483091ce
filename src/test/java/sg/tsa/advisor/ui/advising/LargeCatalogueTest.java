package sg.tsa.advisor.ui.advising;

import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.storage.bench.SyntheticCatalogue;
import sg.tsa.advisor.ui.CurrentThreadExecutor;
import sg.tsa.advisor.ui.advising.history.InMemoryConsultations;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The screen's logic on the synthetic 20,000-rule catalogue: right answers, and bounded lists (not timed). */
class LargeCatalogueTest {
    private static final Catalogue LARGE = SyntheticCatalogue.generate("synthetic-1", 42L,
            SyntheticCatalogue.Size.BENCHMARK);

    @Test
    void searchAddAndAdviceWorkAndTheNearMissListStaysBounded() {
        InMemoryConsultations store = new InMemoryConsultations(Clock.systemUTC());
        AdvisingViewModel model = new AdvisingViewModel(new CurrentThreadExecutor(),
                () -> ScreenModels.TODAY, "Mei Ling", store, store);
        model.load(() -> LARGE);

        model.picker().queryProperty().set("alias-1005");
        assertThat(model.picker().matches()).first().extracting(c -> c.id()).isEqualTo("cred-1005");
        model.picker().queryProperty().set("applied topic");
        assertThat(model.picker().matches()).hasSize(CredentialPickerModel.MATCHES_SHOWN);

        for (int i = 0; i < 30; i++) {
            model.picker().queryProperty().set("cred-" + (i * 61));
            model.picker().addTopMatch().orElseThrow().attainedOnProperty().set(LocalDate.of(2025, 1, 1));
        }

        assertThat(model.adviceProperty().get().qualifications()).isNotEmpty();
        assertThat(model.nearMisses()).hasSizeLessThanOrEqualTo(sg.tsa.advisor.report.FurtherOptions.SHOWN);
        assertThat(model.picker().entries()).allSatisfy(e -> assertThat(e.standingText()).isNotBlank());
    }
}
