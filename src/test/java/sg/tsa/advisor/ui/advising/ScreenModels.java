package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.ui.CurrentThreadExecutor;
import sg.tsa.advisor.ui.advising.history.InMemoryConsultations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The advising screen's view model as the tests without a screen use it: same-thread, shipped catalogue. */
final class ScreenModels {
    /** The assessment date of every test consultation. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final String COUNSELLOR = "Mei Ling";

    private ScreenModels() {
    }

    /** Consultations kept in memory, saved at a fixed time on {@link #TODAY}. */
    static InMemoryConsultations store() {
        return new InMemoryConsultations(Clock.fixed(Instant.parse("2026-11-28T06:00:00Z"), ZoneOffset.UTC));
    }

    /** A view model on the shipped catalogue, every background task run at once on the calling thread. */
    static AdvisingViewModel onShippedCatalogue(InMemoryConsultations store) {
        AdvisingViewModel model = new AdvisingViewModel(new CurrentThreadExecutor(), () -> TODAY, COUNSELLOR, store,
                store);
        model.load(ShippedCatalogue::load);
        return model;
    }

    /** Types {@code query}, adds the top match as held and gives it the date it was attained. */
    static CredentialEntry add(AdvisingViewModel model, String query, LocalDate attained) {
        model.picker().queryProperty().set(query);
        CredentialEntry entry = model.picker().addTopMatch().orElseThrow();
        entry.attainedOnProperty().set(attained);
        return entry;
    }
}
