package sg.tsa.advisor.ui.catalogue.draft;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import sg.tsa.advisor.catalogue.draft.JsonPath;
import sg.tsa.advisor.catalogue.format.CatalogueProblem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The fields of one entry (or of the edition, or of the contact block), labelled, one a row. */
final class EntryForm {
    private final GridPane grid = new GridPane();
    private final List<FieldEditor> fields = new ArrayList<>();

    EntryForm(List<FieldSpec> specs, String section, DraftEditorModel model) {
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, values);
        int row = 0;
        for (FieldSpec spec : specs) {
            FieldEditor field = new FieldEditor(spec, section, model);
            fields.add(field);
            if (spec.kind() != FieldSpec.Kind.BOOLEAN) {
                Label label = new Label(spec.label());
                label.setLabelFor(field.focusTarget());
                grid.add(label, 0, row);
            }
            grid.add(field.node(), 1, row);
            GridPane.setHgrow(field.node(), Priority.ALWAYS);
            row++;
        }
    }

    GridPane node() {
        return grid;
    }

    void bind(JsonPath entry) {
        fields.forEach(f -> f.bind(entry));
    }

    void refresh() {
        fields.forEach(FieldEditor::refresh);
    }

    /** Marks each field with the problems at it or inside it. */
    void mark(List<CatalogueProblem> problems, List<JsonPath> paths) {
        for (FieldEditor field : fields) {
            JsonPath at = field.path();
            List<CatalogueProblem> own = new ArrayList<>();
            for (int i = 0; at != null && i < problems.size(); i++) {
                if (paths.get(i) != null && paths.get(i).startsWith(at)) {
                    own.add(problems.get(i));
                }
            }
            field.mark(own);
        }
    }

    /** The field holding {@code target}: the one whose path is the longest start of it. */
    Optional<FieldEditor> fieldOf(JsonPath target) {
        return fields.stream().filter(f -> f.path() != null && target.startsWith(f.path()))
                .max(Comparator.comparingInt(f -> f.path().size()));
    }

    List<FieldEditor> fields() {
        return fields;
    }
}
