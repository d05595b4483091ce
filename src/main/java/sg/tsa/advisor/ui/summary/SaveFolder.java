package sg.tsa.advisor.ui.summary;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where "Save as PDF" remembers the folder it saved in, across starts. Implemented over the local database
 * ({@link LocalSaveFolder}); both methods may block on the disk, so they are called from background tasks only.
 */
public interface SaveFolder {

    /** The folder remembered last, whether or not it still exists; empty when none is. */
    Optional<Path> last();

    void remember(Path folder);

    /** Remembers nothing beyond the running application (where no local database is open). */
    static SaveFolder forgetful() {
        return new SaveFolder() {
            @Override
            public Optional<Path> last() {
                return Optional.empty();
            }

            @Override
            public void remember(Path folder) {
                // remembers nothing
            }
        };
    }
}
