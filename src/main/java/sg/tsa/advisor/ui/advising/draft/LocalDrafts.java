package sg.tsa.advisor.ui.advising.draft;

import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.draft.Draft;
import sg.tsa.advisor.storage.draft.DraftStore;

import java.util.Optional;

/**
 * The draft kept in the local database. Attached once the database is open (it opens in the background); until
 * then — or for good, when it cannot be opened — nothing is found and nothing kept.
 */
public final class LocalDrafts implements Drafts {
    private volatile DraftStore store;

    /** Called once the local database is open. */
    public void attach(Storage opened) {
        store = new DraftStore(opened.database());
    }

    @Override
    public Optional<Draft> load() {
        DraftStore open = store;
        return open == null ? Optional.empty() : open.load();
    }

    @Override
    public void keep(Draft draft) {
        DraftStore open = store;
        if (open != null) {
            open.keep(draft);
        }
    }

    @Override
    public void clear() {
        DraftStore open = store;
        if (open != null) {
            open.clear();
        }
    }
}
