package sg.tsa.advisor.ui.summary;

import javafx.stage.FileChooser;
import javafx.stage.Window;
import sg.tsa.advisor.ui.BackgroundExecutor;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The system's save dialog, for PDF files; adds ".pdf" where the name has no extension. It opens in the folder the
 * last summary was saved to, remembered across starts ({@link SaveFolder}, read and written in the background); in
 * the home folder when none is remembered or that folder no longer exists.
 */
public final class FileChooserSaveTarget implements SaveTarget {
    private final BackgroundExecutor background;
    private final SaveFolder remembered;
    private final Path home;
    private volatile Path lastFolder;

    /**
     * @param home the folder offered when none is remembered, or the one remembered is gone: the user's home
     */
    public FileChooserSaveTarget(BackgroundExecutor background, SaveFolder remembered, Path home) {
        this.background = background;
        this.remembered = remembered;
        this.home = home;
    }

    @Override
    public void prepare() {
        background.run(remembered::last, folder -> folder.ifPresent(f -> {
            if (lastFolder == null) {
                lastFolder = f;
            }
        }), e -> { /* nothing remembered can be read: the home folder is offered */ });
    }

    @Override
    public Optional<Path> choose(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the summary as PDF");
        chooser.setInitialFileName(suggestedName);
        Path folder = initialFolder();
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF document (*.pdf)", "*.pdf"));
        File file = chooser.showSaveDialog(owner);
        return file == null ? Optional.empty() : Optional.of(chosen(file.toPath()));
    }

    /** The folder the dialog opens in: the one used last while it still exists, else the home folder. */
    Path initialFolder() {
        Path last = lastFolder;
        if (last != null && Files.isDirectory(last)) {
            return last;
        }
        return home != null && Files.isDirectory(home) ? home : null;
    }

    /** The file chosen, with ".pdf" added where it has no extension; its folder is remembered for the next time. */
    Path chosen(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !folder.equals(lastFolder)) {
            lastFolder = folder;
            background.run(() -> {
                remembered.remember(folder);
                return null;
            }, done -> { }, e -> { /* kept for this run only; the next start offers the home folder */ });
        }
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + ".pdf");
    }
}
