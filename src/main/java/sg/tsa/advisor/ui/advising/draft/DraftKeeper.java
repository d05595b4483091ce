package sg.tsa.advisor.ui.advising.draft;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import sg.tsa.advisor.storage.draft.Draft;
import sg.tsa.advisor.ui.BackgroundExecutor;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps the consultation in progress as a draft on every change, so that a crash or a power cut loses nothing, and
 * offers a draft found at start back. Writes run in the background, one at a time: changes made while one is
 * under way are coalesced into one more write of the latest state (so a burst of keystrokes costs two writes, and
 * the last state always wins). While a found draft waits for an answer nothing is kept, so that it is not
 * overwritten by the empty screen.
 */
public final class DraftKeeper {
    private final BackgroundExecutor background;
    private final Drafts drafts;
    private final Supplier<Draft> snapshot;
    private final Consumer<String> problem;
    private final ReadOnlyObjectWrapper<Draft> offer = new ReadOnlyObjectWrapper<>(this, "offer");
    private boolean checked;
    private boolean writing;
    private boolean pending;
    /** What to do once the write under way is done, before any other: a discard. */
    private Runnable afterWrite;

    /**
     * @param snapshot the screen as a draft, taken on the FX Application Thread; null when there is nothing worth
     *                 keeping (an empty or a saved, read-only consultation)
     */
    public DraftKeeper(BackgroundExecutor background, Drafts drafts, Supplier<Draft> snapshot,
                       Consumer<String> problem) {
        this.background = background;
        this.drafts = drafts;
        this.snapshot = snapshot;
        this.problem = problem;
    }

    /** Looks for a draft left by a previous run (once the local data is open); offers it when there is one. */
    public void check() {
        if (checked) {
            return;
        }
        background.run(drafts::load, found -> {
            checked = true;
            found.ifPresentOrElse(offer::set, this::changed);
        }, e -> {
            checked = true;
            problem.accept("The consultation kept from the last run could not be read: " + e.getMessage());
        });
    }

    /** The screen changed: keep it (or forget the draft when the screen holds nothing worth keeping). */
    public void changed() {
        if (!checked || offer.get() != null) {
            return;
        }
        pending = true;
        if (!writing) {
            writeLatest();
        }
    }

    private void writeLatest() {
        pending = false;
        Draft latest = snapshot.get();
        writing = true;
        background.run(() -> {
            if (latest == null) {
                drafts.clear();
            } else {
                drafts.keep(latest);
            }
            return null;
        }, done -> next(), e -> {
            problem.accept("The consultation in progress could not be kept as a draft: " + e.getMessage());
            next();
        });
    }

    private void next() {
        writing = false;
        if (afterWrite != null) {
            Runnable then = afterWrite;
            afterWrite = null;
            then.run();
        } else if (pending) {
            writeLatest();
        }
    }

    /** The offered draft was taken back onto the screen: keep the screen from now on. */
    public void restored() {
        offer.set(null);
        changed();
    }

    /**
     * Forgets the draft (the consultation was discarded, or the offered draft declined), then runs {@code then}:
     * the window may close right after.
     */
    public void discard(Runnable then) {
        offer.set(null);
        pending = false;
        if (writing) {
            afterWrite = () -> clear(then);
        } else {
            clear(then);
        }
    }

    private void clear(Runnable then) {
        writing = true;
        background.run(() -> {
            drafts.clear();
            return null;
        }, done -> {
            then.run();
            next();
        }, e -> {
            problem.accept("The draft could not be removed: " + e.getMessage());
            then.run();
            next();
        });
    }

    /** The draft found at start, waiting for Restore or Discard; null when there is none. */
    public ReadOnlyObjectProperty<Draft> offerProperty() {
        return offer.getReadOnlyProperty();
    }
}
