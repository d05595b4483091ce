package sg.tsa.advisor.ui.advising;

import javafx.stage.Stage;
import javafx.scene.control.TextField;
import javafx.scene.control.Label;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.testing.Clipped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * The advising screen at 1024×640: no button cut to "…", no date cut off, no sideways scrolling of the advice, no
 * word broken in Browse, and an evidence note longer than its field shown whole.
 */
class SmallScreenTest extends ScreenTest {
    private static final String LONG = "UNVERIFIABLE · Credly badge, issued 30 Aug 2024, expires 30 Aug 2027, "
            + "not verifiable offline (aws-saa.png)";

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    protected int[] size() {
        return new int[]{1024, 640};
    }

    @Test
    void buttonsAndDatesAreWholeAndTheAdviceDoesNotScrollSideways(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        robot.interact(() -> {
            model.header().learnerNameProperty().set("Tan Ah Kow");
            model.header().intakeProperty().set(LocalDate.of(2027, 4, 1));
            ScreenModels.add(model, "ccna", LocalDate.of(2024, 6, 1));
            ScreenModels.add(model, "saa", LocalDate.of(2022, 12, 1));
            ScreenModels.add(model, "aipnd", LocalDate.of(2025, 3, 1));
        });
        waitUntil(() -> robot.lookup("#row-dip-idm-ict-ccs-intake").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Clipped.in(robot)).isEmpty();
        Node results = robot.lookup("#results").query();
        assertThat(robot.from(results.getParent().getParent().getParent()).lookup((ScrollBar s) ->
                s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && s.isVisible()).tryQuery()).isEmpty();
    }

    @Test
    void browseColumnsBreakNoWordAndCutNoHeaderAndTheTableDoesNotScrollSideways(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        robot.interact(() -> ScreenModels.add(model, "ccna", LocalDate.of(2024, 6, 1)));
        robot.clickOn("#browseTab");
        waitUntil(() -> robot.lookup(".browse-cell-text").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> broken = new ArrayList<>();
        for (Text cell : robot.lookup(".browse-cell-text").<Text>queryAllAs(Text.class)) {
            if (!cell.isVisible() || cell.getText().isEmpty()) {
                continue;
            }
            for (String word : cell.getText().split("\\s+")) {
                Text measure = new Text(word);
                measure.setFont(cell.getFont());
                if (measure.getLayoutBounds().getWidth() > cell.getWrappingWidth()) {
                    broken.add("\"" + word + "\" in " + cell.getWrappingWidth() + " px");
                }
            }
        }
        assertThat(broken).as("words broken across lines").isEmpty();
        Node table = robot.lookup("#browseTable").query();
        assertThat(robot.from(table).lookup(".column-header .label").<javafx.scene.control.Label>queryAllAs(
                javafx.scene.control.Label.class)).allSatisfy(header -> assertThat(robot.from(header)
                .lookup((Text t) -> t.getText().endsWith("…")).tryQuery()).as(header.getText()).isEmpty());
        assertThat(robot.from(table).lookup((ScrollBar s) -> s.getOrientation()
                == javafx.geometry.Orientation.HORIZONTAL && s.isVisible()).tryQuery()).isEmpty();
        assertThat(robot.lookup(".browse-cell-text").<Text>queryAllAs(Text.class))
                .extracting(Text::getText).contains("Exempted", "Not exempted");
    }

    @Test
    void aNoteTooLongForItsFieldIsShownWholeBelowItAndInItsTooltip(FxRobot robot) throws Exception {
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        add(robot, "aws saa", "30/08/2024");
        robot.clickOn("#evidence-aws-saa").write("seen");
        WaitForAsyncUtils.waitForFxEvents();
        Label whole = robot.lookup("#evidenceWhole-aws-saa").queryAs(Label.class);
        assertThat(whole.isVisible()).as("a short note fits its field").isFalse();

        robot.write(", " + LONG);
        WaitForAsyncUtils.waitForFxEvents();

        String note = "seen, " + LONG;
        TextField field = robot.lookup("#evidence-aws-saa").queryAs(TextField.class);
        waitUntil(whole::isVisible);
        assertThat(whole.getText()).isEqualTo(note);
        assertThat(field.getTooltip().getText()).isEqualTo(note);
        Node card = robot.lookup("#entry-aws-saa").query();
        Bounds label = whole.localToScene(whole.getLayoutBounds());
        Bounds inCard = card.localToScene(card.getLayoutBounds());
        assertThat(label.getMaxX()).as("wrapped inside its card").isLessThanOrEqualTo(inCard.getMaxX());
        assertThat(label.getHeight()).as("on more than one line").isGreaterThan(field.getFont().getSize() * 2);
        assertThat(((javafx.scene.text.Text) whole.lookup(".text")).getText()).as("drawn whole, nothing elided")
                .isEqualTo(note);
    }
}
