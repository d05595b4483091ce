package sg.tsa.advisor.ui.catalogue;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import sg.tsa.advisor.report.Wording;
import sg.tsa.advisor.storage.catalogue.Edition;

import java.io.File;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The Editions tab: the stored editions on the left, "Import file…" and "Activate…" above them, and the review of
 * the file or edition on the right. Binds to {@link EditionsModel}; holds no state.
 */
final class EditionsView extends BorderPane {
    private static final String HINT = "\"Import file…\" reviews a catalogue file before anything is stored: "
            + "whether it is valid, who signed it, what it changes and for whom. To roll back, select an older "
            + "edition and \"Activate…\": it is reviewed the same way.";

    /** @param chooseFile asks for a catalogue file (a file chooser); null when cancelled */
    EditionsView(EditionsModel model, Supplier<File> chooseFile) {
        setId("editionsView");
        Button importFile = new Button("Import file…", new FontIcon(Feather.UPLOAD));
        importFile.setId("importCatalogueFile");
        importFile.setMinWidth(Region.USE_PREF_SIZE);
        importFile.disableProperty().bind(model.reviewProperty().isNotNull());
        importFile.setOnAction(e -> {
            File file = chooseFile.get();
            if (file != null) {
                model.reviewFile(file.toPath());
            }
        });
        Button activate = new Button("Activate…", new FontIcon(Feather.ROTATE_CCW));
        activate.setId("activateEdition");
        activate.setMinWidth(Region.USE_PREF_SIZE);
        activate.disableProperty().bind(model.canActivateSelected().not());
        activate.setOnAction(e -> model.reviewSelected());
        Label trust = ReviewView.wrapped("trustedKeys");
        trust.getStyleClass().add(Styles.TEXT_MUTED);
        trust.textProperty().bind(model.trustProperty());
        HBox.setHgrow(trust, Priority.ALWAYS);
        HBox bar = new HBox(8, importFile, activate, trust);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));

        Label hint = ReviewView.wrapped("reviewHint");
        hint.setText(HINT);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setMaxWidth(420);
        StackPane right = new StackPane(hint);
        right.setPadding(new Insets(0, 0, 0, 12));
        StackPane.setAlignment(hint, Pos.TOP_LEFT);
        model.reviewProperty().addListener((obs, old, review) ->
                right.getChildren().setAll(review == null ? hint : new ReviewView(review)));

        SplitPane split = new SplitPane(table(model), right);
        split.setDividerPositions(0.46);

        Label message = ReviewView.wrapped("editionsMessage");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.SUCCESS);
        Label problem = ReviewView.wrapped("editionsProblem");
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add(Styles.DANGER);

        setTop(bar);
        setCenter(split);
        setBottom(new VBox(4, message, problem));
        BorderPane.setMargin(message.getParent(), new Insets(8, 0, 0, 0));
        setPadding(new Insets(12));
    }

    private static TableView<Edition> table(EditionsModel model) {
        TableView<Edition> table = new TableView<>(model.editions());
        table.setId("editionsTable");
        table.getColumns().add(ReviewView.column("", e -> e.active() ? "● active" : "", 75));
        table.getColumns().add(ReviewView.column("Version", Edition::version, 70));
        table.getColumns().add(ReviewView.column("Published", e -> Wording.date(e.publishedOn()), 100));
        table.getColumns().add(ReviewView.column("Imported", e -> Wording.dateTime(
                LocalDateTime.ofInstant(e.importedAt(), ZoneId.systemDefault())), 135));
        table.getColumns().add(ReviewView.column("Signature", Signatures::of, 120));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Reading the stored editions…"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, edition) ->
                model.selectedProperty().set(edition));
        model.selectedProperty().addListener((obs, old, edition) -> {
            if (table.getSelectionModel().getSelectedItem() != edition) {
                table.getSelectionModel().select(edition);
            }
        });
        return table;
    }
}
