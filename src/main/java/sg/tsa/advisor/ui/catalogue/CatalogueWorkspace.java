package sg.tsa.advisor.ui.catalogue;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Catalogue workspace, for the programme office, in a window of its own apart from the advising screen: the
 * stored editions with import → review → activate ("Editions"), and the draft editor ("Draft"), which is built by
 * whoever provides it; until one is given the tab says it is to come.
 */
public final class CatalogueWorkspace {
    static final String NO_DRAFT_EDITOR = "The draft editor (start a new edition from the active one or from "
            + "nothing, check it as you type, publish and sign it) will be here.";

    private final Stage stage = new Stage();
    private final EditionsModel editions;

    /**
     * @param draft      builds the Draft tab's content the first time the tab is shown; null for a placeholder
     * @param chooseFile asks for a catalogue file over the given window (a file chooser); null when cancelled
     */
    public CatalogueWorkspace(Window owner, EditionsModel editions, Supplier<Node> draft,
                              Function<Window, File> chooseFile) {
        this.editions = editions;
        stage.initOwner(owner);
        stage.setTitle("Catalogue — Exemption Advisor");
        Tab editionsTab = new Tab("Editions", new EditionsView(editions, () -> chooseFile.apply(stage)));
        editionsTab.setId("editionsTab");
        Tab draftTab = new Tab("Draft");
        draftTab.setId("draftTab");
        draftTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && draftTab.getContent() == null) {
                draftTab.setContent(draft == null ? placeholder() : draft.get());
            }
        });
        TabPane tabs = new TabPane(editionsTab, draftTab);
        tabs.setId("catalogueTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1200, screen.getWidth() - 40);
        double height = Math.min(760, screen.getHeight() - 40);
        Scene scene = new Scene(tabs, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && editions.reviewProperty().get() == null) {
                stage.close();
            }
        });
        stage.setScene(scene);
        // Sized on the stage too: under a window manager the scene's size alone can leave a tiny window.
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMinWidth(Math.min(800, width));
        stage.setMinHeight(Math.min(520, height));
        // Once more after it is mapped: Openbox maps an owned window at its minimum size, whatever was asked before.
        stage.setOnShown(e -> Platform.runLater(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            stage.centerOnScreen();
        }));
        // Editions may have been imported on the command line meanwhile: read them again when the window returns.
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && editions.reviewProperty().get() == null) {
                editions.refresh();
            }
        });
    }

    private static Node placeholder() {
        Label label = ReviewView.wrapped("draftPlaceholder");
        label.setText(NO_DRAFT_EDITOR);
        label.setPadding(new Insets(24));
        return label;
    }

    /** Shows the workspace (or brings it to the front) with the stored editions read again. */
    public void show() {
        editions.refresh();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }
}
