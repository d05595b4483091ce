package sg.tsa.advisor.ui.advising;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.engine.Advice;
import sg.tsa.advisor.engine.AdviceRequest;
import sg.tsa.advisor.engine.ExemptionEngine;
import sg.tsa.advisor.engine.HeldCredential;
import sg.tsa.advisor.report.Wording;
import sg.tsa.advisor.ui.BackgroundExecutor;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * State of the advising screen: the catalogue in use, the credentials the learner holds with their dates, and
 * the advice, recomputed in the background on every change. Knows nothing of controls.
 */
public final class AdvisingViewModel {
    private final BackgroundExecutor background;
    private final ReadOnlyObjectWrapper<Catalogue> catalogue = new ReadOnlyObjectWrapper<>(this, "catalogue");
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final ObservableList<CredentialChoice> choices = FXCollections.observableArrayList(
            choice -> new Observable[]{choice.heldProperty(), choice.attainedOnProperty()});
    private final ReadOnlyObjectWrapper<Advice> advice = new ReadOnlyObjectWrapper<>(this, "advice");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private ExemptionEngine engine;
    /** Results of older requests that finish after newer ones are dropped. */
    private long generation;

    public AdvisingViewModel(BackgroundExecutor background, LocalDate today) {
        this.background = background;
        this.asOf.set(today);
        choices.addListener((javafx.collections.ListChangeListener<CredentialChoice>) change -> recompute());
        asOf.addListener((obs, old, now) -> recompute());
    }

    /** Loads a catalogue in the background (reading it may touch the disk) and starts a fresh consultation. */
    public void load(Callable<Catalogue> source) {
        problem.set("");
        background.run(source, this::use, e -> problem.set("The catalogue could not be loaded: " + e.getMessage()));
    }

    private void use(Catalogue loaded) {
        engine = new ExemptionEngine(loaded);
        catalogue.set(loaded);
        choices.setAll(loaded.credentials().stream()
                .map(c -> new CredentialChoice(c, loaded.issuerNameOf(c), asOf.get()))
                .toList());
        recompute();
    }

    private void recompute() {
        if (engine == null) {
            return;
        }
        for (CredentialChoice choice : choices) {
            LocalDate attained = choice.attainedOnProperty().get();
            if (choice.heldProperty().get() && attained != null && attained.isAfter(asOf.get())) {
                problem.set(choice.credential().title() + ": attained " + Wording.date(attained)
                        + " is after the assessment date " + Wording.date(asOf.get()) + ".");
                return;
            }
        }
        problem.set("");
        AdviceRequest request = new AdviceRequest(held(), asOf.get());
        long mine = ++generation;
        ExemptionEngine current = engine;
        background.run(() -> current.advise(request), result -> {
            if (mine == generation) {
                advice.set(result);
            }
        }, e -> problem.set("The advice could not be worked out: " + e.getMessage()));
    }

    private List<HeldCredential> held() {
        return choices.stream()
                .filter(c -> c.heldProperty().get() && c.attainedOnProperty().get() != null)
                .map(c -> new HeldCredential(c.credential().id(), c.attainedOnProperty().get()))
                .toList();
    }

    public ReadOnlyObjectProperty<Catalogue> catalogueProperty() {
        return catalogue.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObservableList<CredentialChoice> choices() {
        return choices;
    }

    public ReadOnlyObjectProperty<Advice> adviceProperty() {
        return advice.getReadOnlyProperty();
    }

    /** What stops the advice from being worked out, for the counsellor; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
