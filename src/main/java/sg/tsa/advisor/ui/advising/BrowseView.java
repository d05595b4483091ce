package sg.tsa.advisor.ui.advising;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.StringConverter;
import sg.tsa.advisor.catalogue.Qualification;

import java.util.function.Function;

/**
 * Browse, the reverse lookup: pick a qualification and see each of its PDCs and modules with the credentials that
 * would exempt it. Selecting a line explains it for this learner.
 */
final class BrowseView extends VBox {
    /** A cell's padding left and right together, kept free of text. */
    private static final double CELL_PADDING = 16;
    /** Room a column header needs beside its text. */
    private static final double HEADER_EXTRA = 24;

    BrowseView(BrowseModel browse, AdvisingViewModel model) {
        setId("browse");
        setSpacing(8);
        setPadding(new Insets(12));

        ComboBox<Qualification> qualification = new ComboBox<>(browse.qualifications());
        qualification.setId("browseQualification");
        qualification.setAccessibleText("Qualification to browse");
        qualification.valueProperty().bindBidirectional(browse.qualificationProperty());
        qualification.setMaxWidth(Double.MAX_VALUE);
        qualification.setConverter(new StringConverter<>() {
            @Override
            public String toString(Qualification q) {
                return q == null ? "" : q.title() + (q.code() == null ? "" : " (" + q.code() + ")");
            }

            @Override
            public Qualification fromString(String text) {
                return null;
            }
        });
        HBox.setHgrow(qualification, Priority.ALWAYS);
        Label label = new Label("Qualification");
        label.setLabelFor(qualification);
        label.setMinWidth(Label.USE_PREF_SIZE);
        HBox chooser = new HBox(8, label, qualification);
        chooser.setAlignment(Pos.CENTER_LEFT);

        Label note = Ui.muted("");
        note.setId("browseStructureNote");
        note.textProperty().bind(browse.structureNoteProperty());
        note.visibleProperty().bind(browse.structureNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        TableView<BrowseRow> table = new TableView<>(browse.rows());
        table.setId("browseTable");
        table.setAccessibleText("Modules and certificates, with the credentials that exempt them");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("The catalogue lists no modules or certificates for this qualification."));
        TableColumn<BrowseRow, String> kind = column("Kind", BrowseRow::kind, 0);
        TableColumn<BrowseRow, String> learner = column("This learner", BrowseRow::forLearner, 0);
        table.getColumns().add(column("Module or PDC", BrowseRow::title, 0.40));
        table.getColumns().add(kind);
        table.getColumns().add(column("Exempted by", r -> r.exemptedBy().isEmpty() ? "—" : r.exemptedBy(), 0.60));
        table.getColumns().add(learner);
        // Kind and This learner are as wide as their header and their longest word, in the font shown (which
        // follows the text size): no word is broken ("Exempt ed") and the two long columns share the rest.
        Label probe = new Label();
        probe.setManaged(false);
        probe.setVisible(false);
        Runnable fit = () -> {
            fit(kind, BrowseRow::kind, browse, probe.getFont());
            fit(learner, BrowseRow::forLearner, browse, probe.getFont());
        };
        probe.fontProperty().addListener((obs, old, font) -> fit.run());
        browse.rows().addListener((javafx.collections.ListChangeListener<BrowseRow>) change -> fit.run());
        fit.run();
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            Qualification q = browse.qualificationProperty().get();
            if (row != null && q != null) {
                model.select(row.module() != null ? ExplanationTarget.of(q, row.module())
                        : ExplanationTarget.of(q, row.certificate()));
            }
        });
        getChildren().addAll(chooser, note, table, probe);
    }

    /** Makes {@code column} exactly as wide as its header and the longest word of its cells, in {@code font}. */
    private static void fit(TableColumn<BrowseRow, String> column, Function<BrowseRow, String> value,
                            BrowseModel browse, Font font) {
        Text measure = new Text();
        // headers are drawn in bold
        measure.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        measure.setText(column.getText());
        // the header also holds the sort arrow's room and its own padding
        double widest = measure.getLayoutBounds().getWidth() + HEADER_EXTRA;
        measure.setFont(font);
        for (BrowseRow row : browse.rows()) {
            for (String word : value.apply(row).split("\\s+")) {
                measure.setText(word);
                widest = Math.max(widest, measure.getLayoutBounds().getWidth() + CELL_PADDING + 2);
            }
        }
        double width = Math.ceil(widest);
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
    }

    private TableColumn<BrowseRow, String> column(String title, Function<BrowseRow, String> value, double share) {
        TableColumn<BrowseRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
        column.setCellFactory(c -> new WrappingCell());
        column.setSortable(false);
        column.setMaxWidth(5000 * share);
        column.setPrefWidth(700 * share);
        return column;
    }

    /**
     * Long credential titles wrap instead of being cut off. A {@link Text} with a wrapping width bound to the column
     * reports the height of its wrapped lines, so the row grows to fit them (a wrapping Label does not).
     */
    private static final class WrappingCell extends TableCell<BrowseRow, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("browse-cell-text");
            setGraphic(text);
            setText(null);
            setPrefHeight(Control.USE_COMPUTED_SIZE);
            tableColumnProperty().addListener((obs, old, column) -> {
                text.wrappingWidthProperty().unbind();
                if (column != null) {
                    text.wrappingWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
                }
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
        }
    }
}
