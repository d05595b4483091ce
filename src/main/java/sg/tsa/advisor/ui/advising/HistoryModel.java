package sg.tsa.advisor.ui.advising;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sg.tsa.advisor.ui.BackgroundExecutor;
import sg.tsa.advisor.ui.advising.history.ConsultationService;
import sg.tsa.advisor.ui.advising.history.Learner;
import sg.tsa.advisor.ui.advising.history.SavedConsultation;

/** The chosen learner's past consultations, read from storage in the background. */
public final class HistoryModel {
    private final BackgroundExecutor background;
    private final ConsultationService service;
    private final ObservableList<SavedConsultation> past = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Learner> learner = new ReadOnlyObjectWrapper<>(this, "learner");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private long requests;

    HistoryModel(BackgroundExecutor background, ConsultationService service) {
        this.background = background;
        this.service = service;
        show(null);
    }

    /** Reads the learner's consultations; clears the list for no learner (a new one). */
    void show(Learner learner) {
        long mine = ++requests;
        this.learner.set(learner);
        past.clear();
        if (learner == null) {
            note.set("Past consultations appear here once a known learner is chosen.");
            return;
        }
        note.set("Reading past consultations…");
        background.run(() -> service.consultationsOf(learner.id()), found -> {
            if (mine == requests) {
                past.setAll(found);
                note.set(found.isEmpty() ? learner.name() + " has no saved consultations yet."
                        : "Past consultations of " + learner.name() + ", newest first. Open one to read it.");
            }
        }, e -> {
            if (mine == requests) {
                note.set("Past consultations could not be read: " + e.getMessage());
            }
        });
    }

    public ObservableList<SavedConsultation> past() {
        return past;
    }

    /** The known learner whose consultations are shown, or null. */
    public ReadOnlyObjectProperty<Learner> learnerProperty() {
        return learner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
