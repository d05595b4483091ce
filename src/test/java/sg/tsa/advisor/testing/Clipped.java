package sg.tsa.advisor.testing;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.DatePicker;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.List;

/** What a window draws cut off: a button's label shortened to "…", a date wider than its field. */
public final class Clipped {
    private Clipped() {
    }

    /** Every visible labelled button drawn shortened, and every visible date field too narrow for its text. */
    public static List<String> in(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        for (ButtonBase button : robot.lookup((ButtonBase b) -> b.getText() != null && !b.getText().isEmpty()
                && b.isVisible()).<ButtonBase>queryAllAs(ButtonBase.class)) {
            for (Text text : robot.from(button).lookup((Text t) -> true).<Text>queryAllAs(Text.class)) {
                if (!text.getText().equals(button.getText()) && text.getText().endsWith("…")) {
                    cut.add(button.getText() + " drawn as " + text.getText());
                }
            }
        }
        for (DatePicker picker : robot.lookup((DatePicker d) -> d.isVisible()).<DatePicker>queryAllAs(DatePicker.class)) {
            Text text = new Text(picker.getEditor().getText());
            text.setFont(picker.getEditor().getFont());
            double room = picker.getEditor().getWidth() - picker.getEditor().getPadding().getLeft()
                    - picker.getEditor().getPadding().getRight();
            if (text.getLayoutBounds().getWidth() > room) {
                cut.add(picker.getId() + " \"" + picker.getEditor().getText() + "\" in " + room + " px");
            }
        }
        return cut;
    }
}
