package sg.tsa.advisor.ui.advising;

import javafx.beans.property.IntegerProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+= (also Ctrl++, Ctrl+Shift+= and the keypad's +) a step larger, Ctrl+- (or the keypad's -) a step smaller,
 * Ctrl+0 normal: the whole window's text, wherever the focus is, sized from the scene's root.
 */
final class TextSizeKeys {
    private TextSizeKeys() {
    }

    static void install(Scene scene, IntegerProperty textSize) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            KeyCode code = e.getCode();
            if (code == KeyCode.EQUALS || code == KeyCode.PLUS || code == KeyCode.ADD) {
                textSize.set(TextSize.larger(textSize.get()));
            } else if ((code == KeyCode.MINUS || code == KeyCode.SUBTRACT) && !e.isShiftDown()) {
                textSize.set(TextSize.smaller(textSize.get()));
            } else if ((code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) && !e.isShiftDown()) {
                textSize.set(TextSize.NORMAL);
            } else {
                return;
            }
            e.consume();
        });
        apply(scene.getRoot(), textSize.get());
        textSize.addListener((obs, old, percent) -> apply(scene.getRoot(), percent.intValue()));
        scene.rootProperty().addListener((obs, old, root) -> apply(root, textSize.get()));
    }

    private static void apply(Parent root, int percent) {
        if (root != null) {
            root.setStyle(TextSize.rootStyle(percent));
        }
    }
}
