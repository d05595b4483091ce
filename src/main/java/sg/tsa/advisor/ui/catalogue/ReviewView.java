package sg.tsa.advisor.ui.catalogue;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Function;


/** The review of one edition: validity, signature, changes, learners affected; then import or activate. */
final class ReviewView extends BorderPane {
    private static final int ROWS_SHOWN = 8;

    ReviewView(ReviewModel model) {
        setId("review");
        Label title = new Label();
        title.setId("reviewTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(model.titleProperty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label working = wrapped("reviewProgress");
        working.textProperty().bind(model.progressProperty());
        HBox progress = new HBox(8, spinner, working);
        progress.setAlignment(Pos.CENTER_LEFT);
        showWhenText(progress, working);

        Label validity = wrapped("reviewValidity");
        validity.textProperty().bind(model.validityProperty());
        model.validProperty().addListener((obs, was, valid) -> validity.pseudoClassStateChanged(Styles.STATE_DANGER,
                !valid));
        validity.pseudoClassStateChanged(Styles.STATE_DANGER, !model.validProperty().get());
        ListView<String> problems = list("reviewProblems", model.problems());
        problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());

        Label stored = wrapped("reviewStored");
        stored.textProperty().bind(model.storedProperty());
        showWhenText(stored, stored);
        model.storableProperty().addListener((obs, was, storable) -> stored.pseudoClassStateChanged(
                Styles.STATE_DANGER, !storable));

        Label signature = wrapped("reviewSignature");
        signature.textProperty().bind(model.signatureProperty());
        CheckBox unsigned = new CheckBox("Import as unsigned anyway: I know where this file comes from "
                + "(as --allow-unsigned on the command line)");
        unsigned.setId("importUnsigned");
        unsigned.setWrapText(true);
        unsigned.selectedProperty().bindBidirectional(model.importUnsignedProperty());
        unsigned.visibleProperty().bind(model.refusedProperty().and(model.validProperty()));
        unsigned.managedProperty().bind(unsigned.visibleProperty());

        Label changesHeading = wrapped("reviewChangesHeading");
        changesHeading.textProperty().bind(model.changesHeadingProperty());
        ListView<String> changes = list("reviewChanges", model.changes());
        changes.visibleProperty().bind(Bindings.isNotEmpty(model.changes()));
        changes.managedProperty().bind(changes.visibleProperty());

        Label impactHeading = wrapped("reviewImpactHeading");
        impactHeading.textProperty().bind(model.impactHeadingProperty());
        TableView<ImpactRow> impacts = impactTable(model);

        Label failure = wrapped("reviewFailure");
        failure.getStyleClass().add(Styles.DANGER);
        failure.textProperty().bind(model.failureProperty());
        showWhenText(failure, failure);

        VBox body = new VBox(10,
                section("The file", validity, stored, problems),
                section("Signature", signature, unsigned),
                section("What it changes", changesHeading, changes),
                section("Learners affected", impactHeading, impacts),
                failure);
        body.setPadding(new Insets(4, 12, 12, 0));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");

        setTop(new VBox(6, title, progress));
        setCenter(scroll);
        setBottom(buttons(model));
        BorderPane.setMargin(scroll, new Insets(8, 0, 8, 0));
    }

    private static TableView<ImpactRow> impactTable(ReviewModel model) {
        TableView<ImpactRow> table = new TableView<>(model.impacts());
        table.setId("reviewImpacts");
        table.getColumns().add(column("Learner", ImpactRow::learner, 130));
        table.getColumns().add(column("Contact", ImpactRow::contact, 170));
        table.getColumns().add(column("Seen on", ImpactRow::consultation, 95));
        table.getColumns().add(column("With the new edition", ImpactRow::change, 200));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        fitRows(table, model.impacts(), 44);
        table.setPlaceholder(new Label("Nobody: no saved consultation would change."));
        table.visibleProperty().bind(Bindings.isNotEmpty(model.impacts()));
        table.managedProperty().bind(table.visibleProperty());
        return table;
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        // A text cut short by the column's width is there whole in the cell's tooltip.
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }

    private static Node buttons(ReviewModel model) {
        Button cancel = new Button("Cancel");
        cancel.setId("cancelReview");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancel());
        HBox bar = new HBox(8);
        bar.setAlignment(Pos.CENTER_RIGHT);
        if (model.fromFile()) {
            Button importAndActivate = button("importAndActivate", "Import and activate", model.canImport().not(),
                    () -> model.importEdition(true));
            importAndActivate.getStyleClass().add(Styles.ACCENT);
            Button importOnly = button("importOnly", "Import only", model.canImport().not(),
                    () -> model.importEdition(false));
            bar.getChildren().addAll(importAndActivate, importOnly, cancel);
        } else {
            Button activate = button("activateReviewed", "Activate", model.canActivate().not(), model::activate);
            activate.getStyleClass().add(Styles.ACCENT);
            bar.getChildren().addAll(activate, cancel);
        }
        return bar;
    }

    private static Button button(String id, String text, javafx.beans.value.ObservableValue<Boolean> disabled,
                                 Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(disabled);
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static VBox section(String heading, Node... content) {
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(6, title);
        box.getChildren().addAll(content);
        return box;
    }

    private static ListView<String> list(String id, javafx.collections.ObservableList<String> items) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        // A line wider than the list is there whole in its tooltip.
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        fitRows(list, items, 4);
        return list;
    }

    /** As tall as its rows, up to {@value #ROWS_SHOWN} of them; a longer list scrolls. */
    private static void fitRows(javafx.scene.control.Control control, javafx.collections.ObservableList<?> items,
                                double header) {
        double row = 28;
        if (control instanceof ListView<?> list) {
            list.setFixedCellSize(row);
        } else if (control instanceof TableView<?> table) {
            table.setFixedCellSize(row);
        }
        control.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> header + row * Math.max(1, Math.min(ROWS_SHOWN, items.size())) + 2, items));
        control.setMinHeight(Region.USE_PREF_SIZE);
    }

    static Label wrapped(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static void showWhenText(Node node, Label text) {
        node.visibleProperty().bind(text.textProperty().isNotEmpty());
        node.managedProperty().bind(node.visibleProperty());
    }

}
