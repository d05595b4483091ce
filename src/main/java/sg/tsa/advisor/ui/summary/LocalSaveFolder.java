package sg.tsa.advisor.ui.summary;

import sg.tsa.advisor.storage.Storage;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The folder remembered in the local database's settings. The database opens in the background: until it is open —
 * or for good, when it cannot be opened — none is remembered.
 */
public final class LocalSaveFolder implements SaveFolder {
    private final Supplier<Storage> storage;

    /** @param storage the local database once it is open, else null */
    public LocalSaveFolder(Supplier<Storage> storage) {
        this.storage = storage;
    }

    @Override
    public Optional<Path> last() {
        Storage open = storage.get();
        return open == null ? Optional.empty() : open.settings().lastPdfFolder();
    }

    @Override
    public void remember(Path folder) {
        Storage open = storage.get();
        if (open != null) {
            open.settings().setLastPdfFolder(folder);
        }
    }
}
