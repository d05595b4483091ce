package sg.tsa.advisor.ui.summary;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save the summary; on the FX Application Thread. Tests supply the path themselves. */
public interface SaveTarget {

    /** The file chosen, or empty when the user cancelled. */
    Optional<Path> choose(Window owner, String suggestedName);

    /** Called as a preview opens, before anything may be saved: a chance to read, in the background, where to offer. */
    default void prepare() {
    }
}
