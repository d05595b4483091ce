package sg.tsa.advisor.app;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import sg.tsa.advisor.storage.Storage;

import java.util.ArrayList;
import java.util.List;

/**
 * A banner above the screen about the local data itself: open read-only, a folder others can read, learners
 * removed by the retention period. Hidden while there is nothing to say.
 */
final class DataNotice extends StackPane {
    private final Label text = new Label();

    DataNotice() {
        text.setId("dataNotice");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setGraphic(new FontIcon(Feather.INFO));
        text.getStyleClass().addAll("warning-text", "message-banner", "data-notice");
        getChildren().add(text);
        setPadding(new Insets(6, 16, 0, 16));
        show(List.of());
    }

    /** What to say about {@code storage} once it is open. */
    static List<String> about(Storage storage) {
        List<String> lines = new ArrayList<>();
        storage.readOnlyReason().ifPresent(why -> lines.add("Read-only: " + why + ". Past consultations can be "
                + "looked up, but nothing can be saved. Make it writable for you and restart, or start with "
                + "--data-dir pointing at a folder of your own."));
        storage.warnings().forEach(w -> lines.add(Character.toUpperCase(w.charAt(0)) + w.substring(1) + "."));
        lines.addAll(storage.notices());
        return lines;
    }

    void show(List<String> lines) {
        text.setText(String.join("\n", lines));
        setVisible(!lines.isEmpty());
        setManaged(!lines.isEmpty());
    }

    void add(String line) {
        List<String> lines = new ArrayList<>(text.getText().isEmpty() ? List.of() : List.of(text.getText()));
        lines.add(line);
        show(lines);
    }
}
