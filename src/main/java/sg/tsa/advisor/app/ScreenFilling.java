package sg.tsa.advisor.app;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window on a small screen: it fills the screen's work area as a normal window, not a maximized one
 * (decision record 0116). Under a window manager (openbox), every dialog that a maximized window opened while it had
 * the focus — Save / Discard / Cancel from New or Ctrl+N, "Delete learner…" — was moved to the screen's top-left
 * corner with its title bar above the screen; the same dialog opened after Alt+F4 (which takes the focus from the
 * window first) was centred.
 */
final class ScreenFilling {
    private ScreenFilling() {
    }

    /** Fills {@code area} now and once more when shown: openbox maps a window at its minimum size first. */
    static void fill(Stage stage, Rectangle2D area) {
        Runnable fill = () -> {
            stage.setX(area.getMinX());
            stage.setY(area.getMinY());
            stage.setWidth(area.getWidth());
            stage.setHeight(area.getHeight());
        };
        fill.run();
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(fill));
    }
}
