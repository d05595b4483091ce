package sg.tsa.advisor.ui.catalogue.draft;

import javafx.util.Duration;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.cataloguedraft.DraftPublisher;
import sg.tsa.advisor.ui.BackgroundExecutor;

import java.time.Clock;

/**
 * Builds the draft editor on a data folder's storage: the one entry point for the catalogue workspace's "Draft"
 * tab. The draft is kept at once when the editor's window closes.
 */
public final class DraftEditors {
    /** How long editing must pause before the draft is kept and checked. */
    static final Duration QUIET = Duration.millis(300);

    private DraftEditors() {
    }

    /** The editor, opening the kept draft (or a new one from the active edition) in the background. */
    public static DraftEditorView create(Storage storage, BackgroundExecutor background, Clock clock) {
        return create(storage, background, clock, () -> { });
    }

    /**
     * The editor; {@code afterActivation} runs on the FX Application Thread when a published edition has been
     * imported and activated here (the advising screen and the editions list follow it).
     */
    public static DraftEditorView create(Storage storage, BackgroundExecutor background, Clock clock,
                                         Runnable afterActivation) {
        return create(storage, background, clock, new FxDebounce(QUIET), afterActivation);
    }

    static DraftEditorView create(Storage storage, BackgroundExecutor background, Clock clock, Debounce debounce) {
        return create(storage, background, clock, debounce, () -> { });
    }

    private static DraftEditorView create(Storage storage, BackgroundExecutor background, Clock clock,
                                          Debounce debounce, Runnable afterActivation) {
        DraftEditorModel model = new DraftEditorModel(storage.catalogueDraft(), storage.catalogues(),
                new DraftPublisher(storage.catalogues(), storage.trustedKeys()), background, clock, debounce);
        model.setAfterActivation(afterActivation);
        DraftEditorView view = new DraftEditorView(model);
        model.open();
        return view;
    }
}
