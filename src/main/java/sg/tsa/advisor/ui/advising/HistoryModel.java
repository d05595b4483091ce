package sg.tsa.advisor.ui.advising;

import sg.tsa.advisor.text.Counted;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sg.tsa.advisor.catalogue.Credential;
import sg.tsa.advisor.report.Wording;
import sg.tsa.advisor.ui.BackgroundExecutor;
import sg.tsa.advisor.ui.advising.history.ConsultationService;
import sg.tsa.advisor.ui.advising.history.HistoryEntry;
import sg.tsa.advisor.ui.advising.history.Learner;
import sg.tsa.advisor.ui.advising.history.SavedConsultation;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Past consultations, newest first: of every learner while none is chosen, and of the chosen learner or of all
 * ("This learner" / "All learners") once one is; searched as the counsellor types. Read from storage in the
 * background, at most {@link #SHOWN} at a time, with how many match in all.
 */
public final class HistoryModel {
    /** How many consultations are listed at most; the note says how many more match. */
    static final int SHOWN = 200;

    private final BackgroundExecutor background;
    private final ConsultationService service;
    private final Supplier<LoadedCatalogue> catalogue;
    private final ObservableList<HistoryEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Learner> learner = new ReadOnlyObjectWrapper<>(this, "learner");
    private final BooleanProperty allLearners = new SimpleBooleanProperty(this, "allLearners", true);
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private long requests;
    private boolean showing;

    /** @param catalogue the catalogue on the screen, whose credential names a search may use; null while loading */
    HistoryModel(BackgroundExecutor background, ConsultationService service, Supplier<LoadedCatalogue> catalogue) {
        this.background = background;
        this.service = service;
        this.catalogue = catalogue;
        query.addListener((obs, old, now) -> refresh());
        allLearners.addListener((obs, old, now) -> {
            if (!showing) {
                refresh();
            }
        });
        show(null);
    }

    /** The chosen learner changed: their consultations are listed, or everyone's when there is none (a new one). */
    void show(Learner chosen) {
        showing = true;
        try {
            learner.set(chosen);
            allLearners.set(chosen == null);
        } finally {
            showing = false;
        }
        refresh();
    }

    /** Reads the list again (after a save, or when History is shown): what is stored may have changed. */
    public void refresh() {
        long mine = ++requests;
        Learner of = allLearners.get() ? null : learner.get();
        String text = query.get().strip();
        LoadedCatalogue loaded = catalogue.get();
        note.set("Reading past consultations…");
        background.run(() -> {
            List<String> named = loaded == null ? List.of()
                    : loaded.search().named(text).stream().map(Credential::id).toList();
            return service.recent(of == null ? null : of.id(), text, named, SHOWN);
        }, page -> {
            if (mine == requests) {
                entries.setAll(page.entries());
                note.set(describe(page, of, text));
            }
        }, e -> {
            if (mine == requests) {
                entries.clear();
                note.set("Past consultations could not be read: " + e.getMessage());
            }
        });
    }

    /**
     * Opens a listed consultation as "open past consultation" does (asking first when the one on the screen is not
     * saved): read whole in the background, then handed to {@code open}.
     */
    void open(HistoryEntry entry, Consumer<SavedConsultation> open) {
        background.run(() -> service.consultation(entry.id()), found -> found.ifPresentOrElse(open, () -> {
            note.set("That consultation is no longer stored.");
            refresh();
        }), e -> note.set("The consultation could not be opened: " + e.getMessage()));
    }

    private static String describe(HistoryEntry.Page page, Learner of, String text) {
        String whose = of == null ? "all learners" : of.name();
        String matching = text.isEmpty() ? "" : " matching \"" + text + "\"";
        if (page.total() == 0) {
            if (!text.isEmpty()) {
                return "No consultation of " + whose + matching + ".";
            }
            return of == null ? "No consultations are saved yet." : of.name() + " has no saved consultations yet.";
        }
        NumberFormat count = NumberFormat.getIntegerInstance(Locale.UK);
        String shown = page.total() > page.entries().size()
                ? ": showing " + count.format(page.entries().size()) + " of " + count.format(page.total())
                : " (" + count.format(page.total()) + ")";
        return "Consultations of " + whose + matching + ", newest first" + shown + ". Enter opens one read-only.";
    }

    /**
     * One line of the list: "3 Mar 2026, 10:05 · Tan Wei Ming (9123 4567) · Nur Aisyah · 2 modules exempted: …".
     */
    static String line(HistoryEntry entry, ZoneId zone) {
        Learner learner = entry.learner();
        String who = learner.name() + (learner.contact() == null ? "" : " (" + learner.contact() + ")");
        String counsellor = entry.counsellor() == null ? "no counsellor named" : entry.counsellor();
        return Wording.dateTime(LocalDateTime.ofInstant(entry.savedAt(), zone)) + "  ·  " + who + "  ·  " + counsellor
                + "  ·  " + granted(entry);
    }

    /** "No exemptions", "1 module exempted: …", "1 certificate and 3 modules exempted: …". */
    static String granted(HistoryEntry entry) {
        int certificates = entry.exempted().size() - entry.modules();
        if (entry.exempted().isEmpty()) {
            return "no exemptions";
        }
        String what = (certificates == 0 ? "" : Counted.of(certificates, "certificate")
                + (entry.modules() == 0 ? "" : " and "))
                + (entry.modules() == 0 ? "" : Counted.of(entry.modules(), "module"));
        return what + " exempted: " + String.join(", ", entry.exempted());
    }

    /** The consultations listed, newest first. */
    public ObservableList<HistoryEntry> entries() {
        return entries;
    }

    /** The known learner chosen on the screen, or null. */
    public ReadOnlyObjectProperty<Learner> learnerProperty() {
        return learner.getReadOnlyProperty();
    }

    /** True: every learner's consultations; false: only the chosen learner's. Always true while none is chosen. */
    public BooleanProperty allLearnersProperty() {
        return allLearners;
    }

    /** What the list is searched for; blank lists all. */
    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
