package sg.tsa.advisor.ui.advising;

import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Date pickers that take dates typed day first (dd/MM/yyyy) and say what is wrong with a bad one. */
final class DateFields {
    private DateFields() {
    }

    /**
     * @param latest    the last day that may be picked or typed, or a supplier of null for no limit
     * @param onProblem told the message for a refused text, and "" once a date is accepted
     */
    static DatePicker picker(String id, Supplier<LocalDate> latest, String what, Consumer<String> onProblem) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setEditable(true);
        picker.setPromptText(DateText.PATTERN);
        picker.setAccessibleText(what + ", " + DateText.PATTERN);
        picker.setPrefWidth(150);
        picker.setMinWidth(125);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return DateText.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    LocalDate date = DateText.parseNotAfter(text, latest.get(), what);
                    onProblem.accept("");
                    // The same day as shown: keep the same value, so that leaving the field (which commits its
                    // text again) is not taken for a change of the consultation.
                    return date != null && date.equals(picker.getValue()) ? picker.getValue() : date;
                } catch (IllegalArgumentException e) {
                    onProblem.accept(e.getMessage());
                    return picker.getValue();
                }
            }
        });
        picker.setDayCellFactory(view -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                LocalDate last = latest.get();
                setDisable(empty || (last != null && date.isAfter(last)));
            }
        });
        return picker;
    }
}
