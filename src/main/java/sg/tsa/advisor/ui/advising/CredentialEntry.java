package sg.tsa.advisor.ui.advising;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import sg.tsa.advisor.catalogue.Credential;

import java.time.LocalDate;

/**
 * One credential entered in the consultation: held (with the day it was attained) or planned (a "what if"), an
 * optional evidence note, and whether it counts, kept up to date by {@link AdvisingViewModel}.
 */
public final class CredentialEntry {
    private final Credential credential;
    private final String issuerName;
    private final boolean planned;
    private final ObjectProperty<LocalDate> attainedOn = new SimpleObjectProperty<>(this, "attainedOn");
    private final StringProperty evidenceNote = new SimpleStringProperty(this, "evidenceNote", "");
    private final StringProperty inputProblem = new SimpleStringProperty(this, "inputProblem", "");
    private final BooleanProperty monthOnly = new SimpleBooleanProperty(this, "monthOnly");
    private final ReadOnlyObjectWrapper<Standing> standing = new ReadOnlyObjectWrapper<>(this, "standing");

    CredentialEntry(Credential credential, String issuerName, boolean planned, LocalDate attainedOn) {
        this.credential = credential;
        this.issuerName = issuerName;
        this.planned = planned;
        this.attainedOn.set(attainedOn);
    }

    public Credential credential() {
        return credential;
    }

    public String issuerName() {
        return issuerName;
    }

    /** A "what if" credential: shown apart, never counted or printed as held. */
    public boolean planned() {
        return planned;
    }

    /** The day it was attained; null until the counsellor enters it. Unused for a planned credential. */
    public ObjectProperty<LocalDate> attainedOnProperty() {
        return attainedOn;
    }

    public StringProperty evidenceNoteProperty() {
        return evidenceNote;
    }

    /** True when only the month it was attained was given: the date is then the month's first day. */
    public BooleanProperty monthOnlyProperty() {
        return monthOnly;
    }

    /** True when the date held was given as a month alone (the flag alone is not enough: a date must be held). */
    public boolean monthOnly() {
        return monthOnly.get() && attainedOn.get() != null;
    }

    /**
     * Sets the date as stored or recorded: the month-only flag first, so that a date field already showing the
     * credential shows a month as "06/2024" straight away.
     */
    void setAttained(LocalDate date, boolean givenAsMonth) {
        monthOnly.set(givenAsMonth && date != null);
        attainedOn.set(date);
    }

    /** What was wrong with the date last typed ("32/01/2024" is not a date); empty when nothing is. */
    public StringProperty inputProblemProperty() {
        return inputProblem;
    }

    ReadOnlyObjectProperty<Standing> standingProperty() {
        return standing.getReadOnlyProperty();
    }

    /** What the counsellor reads next to the credential: "Counts until 1 Jun 2028", "Stopped counting after ...". */
    public String standingText() {
        return standing.get() == null ? "" : standing.get().text();
    }

    void setStanding(Standing value) {
        standing.set(value);
    }
}
