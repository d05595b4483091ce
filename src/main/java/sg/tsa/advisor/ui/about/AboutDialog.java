package sg.tsa.advisor.ui.about;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.ui.BackgroundExecutor;

/** About Exemption Advisor: the version, the active catalogue edition, the application's and third-party licences. */
public final class AboutDialog {
    private final Stage stage = new Stage();

    public AboutDialog(Window owner, AboutModel model) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("About Exemption Advisor");

        Label name = new Label("Exemption Advisor");
        name.getStyleClass().add(Styles.TITLE_3);
        Label version = new Label(model.version());
        version.setId("aboutVersion");
        Label catalogue = new Label();
        catalogue.setId("aboutCatalogue");
        catalogue.textProperty().bind(model.catalogueLine());
        Label licensed = new Label("Licensed under the Apache License 2.0. It bundles the software, fonts and icons "
                + "listed under \"Third-party software\", each under its own licence.");
        licensed.setWrapText(true);
        VBox heading = new VBox(4, name, version, catalogue, licensed);

        TabPane texts = new TabPane(
                tab("Licence", "licenceText", model.licenceProperty()),
                tab("Third-party software", "thirdPartyText", model.thirdPartyProperty()));
        texts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        Button close = new Button("Close");
        close.setId("closeAbout");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        BorderPane root = new BorderPane(texts, heading, null, buttons, null);
        BorderPane.setMargin(texts, new Insets(12, 0, 12, 0));
        root.setPadding(new Insets(16));
        Scene scene = new Scene(root, 720, 560);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    private static Tab tab(String title, String id, ObservableValue<String> content) {
        TextArea text = new TextArea();
        text.setId(id);
        text.setEditable(false);
        text.setWrapText(false);
        text.setStyle("-fx-font-family: monospace;");
        text.textProperty().bind(content);
        return new Tab(title, text);
    }

    /** Opens the dialog over {@code owner}, following the active catalogue, and reads the licence texts. */
    public static void open(Window owner, ObservableValue<Catalogue> catalogue, BackgroundExecutor background) {
        AboutModel model = new AboutModel(catalogue);
        new AboutDialog(owner, model).show();
        model.load(background);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

}
