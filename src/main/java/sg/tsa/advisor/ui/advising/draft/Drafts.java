package sg.tsa.advisor.ui.advising.draft;

import sg.tsa.advisor.storage.draft.Draft;

import java.util.Optional;

/**
 * Where the consultation in progress is kept while it is not saved ({@link LocalDrafts}: the local database).
 * Every method may block on the disk: the screen calls them from background tasks only.
 */
public interface Drafts {

    Optional<Draft> load();

    void keep(Draft draft);

    void clear();

    /** Keeps nothing: for tests of other things and for a start without the local database. */
    static Drafts none() {
        return new Drafts() {
            @Override
            public Optional<Draft> load() {
                return Optional.empty();
            }

            @Override
            public void keep(Draft draft) {
                // kept nowhere
            }

            @Override
            public void clear() {
                // nothing kept
            }
        };
    }
}
