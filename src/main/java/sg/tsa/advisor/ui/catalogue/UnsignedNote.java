package sg.tsa.advisor.ui.catalogue;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** "⚠ Catalogue 2027.01 is unsigned" beside the edition in the advising screen's toolbar, with why in a tooltip. */
public final class UnsignedNote extends Label {
    public UnsignedNote(UnsignedNoteModel model) {
        setId("unsignedEdition");
        setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        textProperty().bind(model.textProperty());
        Tooltip why = new Tooltip(UnsignedNoteModel.EXPLANATION);
        why.setWrapText(true);
        why.setMaxWidth(420);
        why.setShowDuration(Duration.seconds(30));
        setTooltip(why);
        setAccessibleHelp(UnsignedNoteModel.EXPLANATION);
        setMinWidth(USE_PREF_SIZE);
        visibleProperty().bind(model.textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
