package sg.tsa.advisor.ui.summary;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The system's save dialog, for PDF files; adds ".pdf" where the name has no extension. It opens in the folder the
 * last summary was saved to (for as long as the application runs).
 */
public final class FileChooserSaveTarget implements SaveTarget {
    private File lastFolder;

    @Override
    public Optional<Path> choose(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the summary as PDF");
        chooser.setInitialFileName(suggestedName);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF document (*.pdf)", "*.pdf"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        String name = file.getName();
        return Optional.of(name.contains(".") ? file.toPath() : file.toPath().resolveSibling(name + ".pdf"));
    }
}
