package sg.tsa.advisor.ui.summary;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import sg.tsa.advisor.ui.BackgroundExecutor;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The one way into the printable summary from any screen: {@link #openPreview} shows the pages of the PDF
 * {@code pdf} makes (called once, in the background), ready to print or save. Made once in the composition root.
 */
public final class SummaryActions {
    private final BackgroundExecutor background;
    private final SummaryPrinter printer;
    private final SaveTarget saveTarget;

    public SummaryActions(BackgroundExecutor background, SummaryPrinter printer, SaveTarget saveTarget) {
        this.background = background;
        this.printer = printer;
        this.saveTarget = saveTarget;
    }

    /** With the system's printer and save dialog, which opens in the folder {@code folder} remembers. */
    public SummaryActions(BackgroundExecutor background, SaveFolder folder) {
        this(background, new SystemPrinter(),
                new FileChooserSaveTarget(background, folder, Path.of(System.getProperty("user.home"))));
    }

    /**
     * Opens the preview window over {@code owner}. {@code pdf} must not read JavaFX state: capture what it needs
     * (catalogue, advice, names) on the FX Application Thread, for example
     * {@code () -> SummaryPdf.create(request)} with the request made beforehand.
     *
     * @param suggestedFileName offered by "Save as PDF…", e.g. "exemptions-2026-11-28.pdf"
     * @return the preview's stage, already showing
     */
    public Stage openPreview(Window owner, Callable<byte[]> pdf, String suggestedFileName) {
        SummaryPreviewModel model = new SummaryPreviewModel(background, printer);
        saveTarget.prepare();
        SummaryPreview preview = new SummaryPreview(model, saveTarget, suggestedFileName);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Summary preview — Indicative module exemptions");
        // Sized on the stage, not only on the scene: under a window manager a modal window sized by its scene alone
        // opened at 200×200 pixels, its buttons hidden behind the tool bar's overflow.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(900, screen.getWidth() - 40);
        double height = Math.min(760, screen.getHeight() - 40);
        Scene scene = new Scene(preview, width, height);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMinWidth(Math.min(560, width));
        stage.setMinHeight(Math.min(420, height));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), model::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), preview::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        preview.closeButton().setOnAction(e -> stage.close());
        stage.setScene(scene);
        // Once more after it is mapped: openbox maps a modal window at its minimum size, whatever was asked before.
        stage.setOnShown(e -> Platform.runLater(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            stage.centerOnScreen();
        }));
        stage.show();
        model.load(pdf);
        return stage;
    }
}
