package sg.tsa.advisor.ui.advising;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/** "Catalogue edition 2027.01 was made active elsewhere ... [Switch] [Not now]": the offer of an {@link EditionWatch}. */
public final class EditionBanner extends StackPane {
    public EditionBanner(EditionWatch watch) {
        Label text = Ui.wrapped("");
        text.setId("editionOfferText");
        text.textProperty().bind(watch.offerProperty());
        Button switchEdition = new Button("Switch");
        switchEdition.setId("switchEdition");
        switchEdition.getStyleClass().add(Styles.ACCENT);
        switchEdition.setOnAction(e -> watch.switchEdition());
        Button keep = new Button("Not now");
        keep.setId("keepEdition");
        keep.setOnAction(e -> watch.decline());
        HBox box = WalkInNotices.banner("editionOffer", Feather.REFRESH_CW, text, switchEdition, keep);
        box.visibleProperty().bind(watch.offerProperty().isNotEmpty());
        getChildren().add(box);
        setPadding(new Insets(4, 16, 0, 16));
        visibleProperty().bind(box.visibleProperty());
        managedProperty().bind(visibleProperty());
    }
}
