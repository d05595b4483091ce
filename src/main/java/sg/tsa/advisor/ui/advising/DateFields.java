package sg.tsa.advisor.ui.advising;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Date pickers that take dates as people type them ({@link DateText}) and say what is wrong with a bad one. A text
 * that is not a date stays in the field as typed, marked, and the field holds no date meanwhile: nothing goes on
 * with an older date the counsellor meant to replace.
 */
final class DateFields {
    /** The field's text is not a date. */
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private static final String REFUSED = "refusedText";

    private DateFields() {
    }

    /** Drops a refused text (the screen was cleared): the field shows its date, or nothing, again. */
    static void forget(DatePicker picker) {
        if (picker.getProperties().remove(REFUSED) != null) {
            picker.pseudoClassStateChanged(INVALID, false);
            picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
        }
    }

    static DatePicker picker(String id, Supplier<LocalDate> latest, String what, Consumer<String> onProblem) {
        return picker(id, latest, what, onProblem, null);
    }

    /**
     * @param latest    the last day that may be picked or typed, or a supplier of null for no limit
     * @param onProblem told the message for a refused text, and "" once a date (or nothing) is accepted
     * @param monthOnly set when a month alone was typed (then shown as "06/2024"); null where a month alone is
     *                  as good as its first day
     */
    static DatePicker picker(String id, Supplier<LocalDate> latest, String what, Consumer<String> onProblem,
                             BooleanProperty monthOnly) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setEditable(true);
        picker.setPromptText(DateText.PATTERN);
        picker.setAccessibleText(what + ", " + DateText.PATTERN);
        // room for "00/00/0000" and the calendar button, so that a date is never cut off: 145 px at the normal
        // text size (14 px), in proportion to it once enlarged (Ctrl+=)
        picker.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> 150 * picker.getEditor().getFont().getSize() / 14, picker.getEditor().fontProperty()));
        picker.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> 145 * picker.getEditor().getFont().getSize() / 14, picker.getEditor().fontProperty()));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                if (date == null && picker.getProperties().get(REFUSED) instanceof String refused) {
                    return refused;
                }
                return DateText.format(date, monthOnly != null && monthOnly.get());
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    DateText.Typed typed = DateText.readNotAfter(text, latest.get(), what);
                    picker.getProperties().remove(REFUSED);
                    picker.pseudoClassStateChanged(INVALID, false);
                    onProblem.accept("");
                    if (monthOnly != null) {
                        monthOnly.set(typed != null && typed.monthOnly());
                    }
                    LocalDate date = typed == null ? null : typed.date();
                    // The same day as shown: keep the same value, so that leaving the field (which commits its
                    // text again) is not taken for a change of the consultation.
                    return date != null && date.equals(picker.getValue()) ? picker.getValue() : date;
                } catch (IllegalArgumentException e) {
                    String refused = text.strip();
                    picker.getProperties().put(REFUSED, refused);
                    picker.pseudoClassStateChanged(INVALID, true);
                    onProblem.accept(e.getMessage());
                    // The picker empties its text once it holds no date; the counsellor's text comes back right
                    // after, to be corrected rather than typed again.
                    Platform.runLater(() -> {
                        if (refused.equals(picker.getProperties().get(REFUSED)) && picker.getValue() == null
                                && picker.getEditor().getText().isEmpty()) {
                            picker.getEditor().setText(refused);
                            picker.getEditor().end();
                        }
                    });
                    return null;
                }
            }
        });
        picker.valueProperty().addListener((obs, old, now) -> {
            if (now != null && picker.getProperties().containsKey(REFUSED)) {
                // picked from the calendar, or set by the screen: the refused text is gone
                forget(picker);
                onProblem.accept("");
            }
            if (now != null && monthOnly != null && monthOnly.get() && now.getDayOfMonth() != 1) {
                monthOnly.set(false);
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
