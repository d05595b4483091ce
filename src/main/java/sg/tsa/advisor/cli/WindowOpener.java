package sg.tsa.advisor.cli;

import java.nio.file.Path;

/** Opens the application window: what the program does when no command is given. */
@FunctionalInterface
public interface WindowOpener {

    /**
     * @param dataDir        the data folder of {@code --data-dir}, or null for the default one
     * @param measureStartup {@code --measure-startup}: print {@code startup-ms N} once the first frame is drawn, and
     *                       exit
     */
    void open(Path dataDir, boolean measureStartup);
}
