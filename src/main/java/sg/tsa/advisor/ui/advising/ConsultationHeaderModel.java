package sg.tsa.advisor.ui.advising;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sg.tsa.advisor.report.Wording;
import sg.tsa.advisor.ui.BackgroundExecutor;
import sg.tsa.advisor.ui.advising.history.Learner;
import sg.tsa.advisor.ui.advising.history.LearnerDirectory;

import java.time.LocalDate;

/**
 * Who and when: the learner (found as the name is typed, or new), an optional contact, the assessment date, an
 * optional planned intake date and the counsellor.
 */
public final class ConsultationHeaderModel {
    static final int LEARNERS_SHOWN = 6;

    private final BackgroundExecutor background;
    private final LearnerDirectory directory;
    private final StringProperty learnerName = new SimpleStringProperty(this, "learnerName", "");
    private final StringProperty learnerContact = new SimpleStringProperty(this, "learnerContact", "");
    private final ReadOnlyObjectWrapper<Learner> learner = new ReadOnlyObjectWrapper<>(this, "learner");
    private final ObservableList<Learner> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final ObjectProperty<LocalDate> intake = new SimpleObjectProperty<>(this, "intake");
    private final StringProperty counsellor = new SimpleStringProperty(this, "counsellor", "");
    /** What is wrong with the text typed as the assessment date, or as the intake date; empty when nothing is. */
    private final StringProperty asOfProblem = new SimpleStringProperty(this, "asOfProblem", "");
    private final StringProperty intakeProblem = new SimpleStringProperty(this, "intakeProblem", "");
    /** The header's date whose problem stopped a save or a print, for the screen to put the caret in. */
    private final ReadOnlyObjectWrapper<DateField> needsDate = new ReadOnlyObjectWrapper<>(this, "needsDate");
    private final StringBinding learnerState;
    private long lookups;
    private boolean choosing;
    /** The counsellor's own name as the screen started or as the settings gave it. */
    private String ownCounsellor;
    /** The counsellor's name before a saved consultation (maybe a colleague's) was shown; null while none is. */
    private String beforeShown;

    ConsultationHeaderModel(BackgroundExecutor background, LearnerDirectory directory, LocalDate today,
                            String counsellorName) {
        this.background = background;
        this.directory = directory;
        asOf.set(today);
        counsellor.set(counsellorName == null ? "" : counsellorName);
        ownCounsellor = counsellor.get();
        learnerName.addListener((obs, old, now) -> nameTyped(now));
        learnerState = Bindings.createStringBinding(() -> {
            Learner known = learner.get();
            if (known != null) {
                return "Returning learner";
            }
            return learnerName.get().isBlank() ? "" : "New learner";
        }, learner, learnerName);
    }

    private void nameTyped(String text) {
        if (choosing) {
            return;
        }
        if (learner.get() != null && !learner.get().name().equals(text)) {
            learner.set(null);
        }
        String fragment = text == null ? "" : text.strip();
        long mine = ++lookups;
        if (fragment.length() < 2) {
            suggestions.clear();
            return;
        }
        background.run(() -> directory.findByName(fragment, LEARNERS_SHOWN), found -> {
            if (mine == lookups) {
                suggestions.setAll(found);
            }
        }, e -> suggestions.clear());
    }

    /**
     * A suggestion as offered: what tells namesakes apart comes with the name — the contact (the counsellor's own
     * record, shown in full) and the day of the last saved consultation: "Tan Wei Ming · 9123 4567 · last visit
     * 3 Mar 2026".
     */
    static String suggestion(Learner learner) {
        return learner.name() + (learner.contact() == null ? "" : "  ·  " + learner.contact())
                + (learner.lastVisit() == null ? "  ·  no saved visit" : "  ·  last visit "
                + Wording.date(learner.lastVisit()));
    }

    /** Takes a known learner from the suggestions. */
    public void choose(Learner chosen) {
        choosing = true;
        try {
            learner.set(chosen);
            learnerName.set(chosen.name());
            learnerContact.set(chosen.contact() == null ? "" : chosen.contact());
            lookups++;
            suggestions.clear();
        } finally {
            choosing = false;
        }
    }

    /** Shows a stored consultation's who and when, without looking the learner up again. */
    void show(Learner known, LocalDate assessedOn, LocalDate intakeOn, String counsellorName) {
        if (beforeShown == null) {
            beforeShown = counsellor.get();
        }
        choose(known);
        asOfProblem.set("");
        intakeProblem.set("");
        asOf.set(assessedOn);
        intake.set(intakeOn);
        counsellor.set(counsellorName == null ? "" : counsellorName);
    }

    /**
     * The counsellor's name from the settings, read after the screen started: it replaces the starting name unless
     * the counsellor has already typed another.
     */
    void adoptCounsellor(String name) {
        String adopted = name == null ? "" : name;
        if (beforeShown != null) {
            if (beforeShown.equals(ownCounsellor)) {
                beforeShown = adopted;
            }
        } else if (counsellor.get().equals(ownCounsellor)) {
            counsellor.set(adopted);
        }
        ownCounsellor = adopted;
    }

    /**
     * Clears the learner for a new consultation; the counsellor stays (their own name again after a saved
     * consultation was shown), the assessment date becomes today.
     */
    void clear(LocalDate today) {
        asOfProblem.set("");
        intakeProblem.set("");
        if (beforeShown != null) {
            counsellor.set(beforeShown);
            beforeShown = null;
        }
        choosing = true;
        try {
            learner.set(null);
            learnerName.set("");
            learnerContact.set("");
            lookups++;
            suggestions.clear();
        } finally {
            choosing = false;
        }
        asOf.set(today);
        intake.set(null);
    }

    public StringProperty learnerNameProperty() {
        return learnerName;
    }

    public StringProperty learnerContactProperty() {
        return learnerContact;
    }

    /** The known learner chosen, or null while the name is that of a new learner. */
    public ReadOnlyObjectProperty<Learner> learnerProperty() {
        return learner.getReadOnlyProperty();
    }

    /** Known learners whose name matches what is typed. */
    public ObservableList<Learner> suggestions() {
        return suggestions;
    }

    /** "Returning learner", "New learner", or empty while no name is typed. */
    public StringBinding learnerStateBinding() {
        return learnerState;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObjectProperty<LocalDate> intakeProperty() {
        return intake;
    }

    public StringProperty counsellorProperty() {
        return counsellor;
    }

    /** Told what is wrong with the text typed as the assessment date ("" once it is a date). */
    public StringProperty asOfProblemProperty() {
        return asOfProblem;
    }

    /** Told what is wrong with the text typed as the intake date ("" once it is a date or blank). */
    public StringProperty intakeProblemProperty() {
        return intakeProblem;
    }

    /** The header's two date fields. */
    enum DateField { ASSESSMENT, INTAKE }

    /** The date field whose problem stopped a save or a print: the screen puts the caret in it. */
    ReadOnlyObjectProperty<DateField> needsDateProperty() {
        return needsDate.getReadOnlyProperty();
    }

    /** Sends the caret to {@code field}, again even when it was sent there before. */
    void askForDate(DateField field) {
        needsDate.set(null);
        needsDate.set(field);
    }

    /** The field {@link #dateProblem()} is about (the intake for an intake not after the assessment); null if none. */
    DateField dateProblemField() {
        if (!asOfProblem.get().isEmpty() || asOf.get() == null) {
            return DateField.ASSESSMENT;
        }
        return dateProblem() == null ? null : DateField.INTAKE;
    }

    /**
     * What is wrong with the dates, or null: a text that is not a date (the field then holds none), or an intake
     * that is not after the assessment date.
     */
    String dateProblem() {
        if (!asOfProblem.get().isEmpty()) {
            return "Assessment date: " + asOfProblem.get();
        }
        if (!intakeProblem.get().isEmpty()) {
            return "Intake date: " + intakeProblem.get();
        }
        if (intake.get() != null && asOf.get() != null && !intake.get().isAfter(asOf.get())) {
            return "The intake date " + Wording.date(intake.get())
                    + " must be after the assessment date " + Wording.date(asOf.get()) + ".";
        }
        return null;
    }
}
