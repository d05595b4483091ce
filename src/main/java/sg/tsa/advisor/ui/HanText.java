package sg.tsa.advisor.ui;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;

/**
 * Names written in Chinese, drawn as their characters on any Linux laptop. JavaFX takes characters its font lacks
 * from the fonts fontconfig names; where that is Noto Sans CJK (`fonts-noto-cjk`, outlines JavaFX's fallback does
 * not take) every Han character of a name is drawn as a box. A node showing such a text gets the style class
 * {@value #STYLE_CLASS}, whose font family (see `application.css`) is the Han face the printed summary embeds,
 * loaded into JavaFX the first time a Han character is shown (decision 0022).
 */
public final class HanText {
    /** The style class of a node whose text has a Han character. */
    public static final String STYLE_CLASS = "han-text";
    private static final String FACE = "/fonts/NotoSansCJKsc-Names-Regular.ttf";
    private static volatile boolean loaded;

    private HanText() {
    }

    /** Keeps {@code field}'s style class in step with what is typed or set into it. */
    public static void follow(TextInputControl field) {
        field.textProperty().addListener((obs, old, text) -> mark(field, text));
        mark(field, field.getText());
    }

    /** Gives {@code node} the style class while {@code text} (what it shows) has a Han character. */
    public static void mark(Node node, String text) {
        boolean han = has(text);
        if (han) {
            load();
            if (!node.getStyleClass().contains(STYLE_CLASS)) {
                node.getStyleClass().add(STYLE_CLASS);
            }
        } else {
            node.getStyleClass().remove(STYLE_CLASS);
        }
    }

    /** Whether {@code text} has a character of the Han script. */
    public static boolean has(String text) {
        return text != null && text.codePoints().anyMatch(c -> UnicodeScript.of(c) == UnicodeScript.HAN);
    }

    /**
     * Loads the Han face into JavaFX once; called in the background at start-up so that the first name in Chinese
     * does not wait for it on the FX thread (where it is loaded if that has not happened yet).
     */
    public static void load() {
        if (loaded) {
            return;
        }
        synchronized (HanText.class) {
            if (!loaded) {
                try (InputStream in = HanText.class.getResourceAsStream(FACE)) {
                    if (in == null || Font.loadFont(in, 12) == null) {
                        throw new IllegalStateException("the Han face " + FACE + " could not be loaded");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                loaded = true;
            }
        }
    }
}
