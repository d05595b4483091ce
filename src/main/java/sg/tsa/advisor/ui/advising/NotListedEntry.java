package sg.tsa.advisor.ui.advising;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import sg.tsa.advisor.ui.advising.history.NotListed;

import java.time.LocalDate;

/**
 * A credential the learner says they hold that the catalogue does not list, recorded as typed: a title, an
 * optional date and note. Saved and printed with the consultation under its own heading, never counted.
 */
public final class NotListedEntry {
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<LocalDate> attainedOn = new SimpleObjectProperty<>(this, "attainedOn");
    private final BooleanProperty monthOnly = new SimpleBooleanProperty(this, "monthOnly");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty inputProblem = new SimpleStringProperty(this, "inputProblem", "");

    NotListedEntry(String title) {
        this.title.set(title == null ? "" : title.strip());
    }

    static NotListedEntry of(NotListed saved) {
        NotListedEntry entry = new NotListedEntry(saved.title());
        // the flag first: the date field shows the date as a month ("06/2024") from the start
        entry.monthOnly.set(saved.monthOnly() && saved.attainedOn() != null);
        entry.attainedOn.set(saved.attainedOn());
        entry.note.set(saved.note() == null ? "" : saved.note());
        return entry;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> attainedOnProperty() {
        return attainedOn;
    }

    BooleanProperty monthOnlyProperty() {
        return monthOnly;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** What is wrong with the date typed; empty when nothing is. */
    public StringProperty inputProblemProperty() {
        return inputProblem;
    }

    /** As saved and printed; blank fields left out. */
    NotListed toRecord() {
        String text = note.get().strip();
        return new NotListed(title.get().strip(), attainedOn.get(), text.isEmpty() ? null : text,
                monthOnly.get() && attainedOn.get() != null);
    }
}
