package sg.tsa.advisor.ui.advising;

import javafx.geometry.Bounds;
import javafx.stage.Stage;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.app.Styles;
import sg.tsa.advisor.ui.advising.history.ConsultationDraft;
import sg.tsa.advisor.ui.advising.history.EnteredCredential;
import sg.tsa.advisor.ui.advising.history.SavedConsultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * Every text of a reopened (read-only) consultation, with an exemption lapsing before the intake, reads at 4.5:1 or
 * more against what is behind it, in both themes. Measured on the drawn pixels: for each field and label, its
 * background is its most common colour and its text the colour that stands out most from it (the core of a glyph).
 */
class ReadableTextTest extends ScreenTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static final double AA = 4.5;

    @AfterEach
    void lightAgain(FxRobot robot) {
        robot.interact(() -> Styles.applyTheme(false));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyTextOfAReopenedConsultationReadsAtLeast4point5To1(boolean dark, FxRobot robot) throws Exception {
        robot.interact(() -> Styles.applyTheme(dark));
        waitUntil(() -> model.catalogueProperty().get() != null);
        SavedConsultation saved = store.save(new ConsultationDraft(null, "Tan Ah Kow", "9123 4567", "Mei Ling",
                ScreenModels.TODAY, LocalDate.of(2027, 4, 1), "2026.11", List.of(
                new EnteredCredential("cisco-ccna", LocalDate.of(2024, 6, 1), "certificate seen", false),
                new EnteredCredential("aws-saa", LocalDate.of(2023, 1, 1), null, false),
                new EnteredCredential("udacity-ba", LocalDate.of(2019, 5, 2), null, false))), "{}");
        robot.interact(() -> model.actions().open(saved));
        waitUntil(() -> model.readOnlyProperty().get()
                && robot.lookup("#row-dip-idm-ict-ccs-intake").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        List<Node> checked = new ArrayList<>();
        for (String id : List.of("#learnerName", "#learnerContact", "#counsellor", "#asOfDate", "#intakeDate",
                "#attained-cisco-ccna", "#attained-aws-saa", "#evidence-cisco-ccna")) {
            checked.add(robot.lookup(id).query());
        }
        checked.addAll(robot.lookup((Labeled l) -> l.getText() != null && !l.getText().isBlank() && shown(l)
                && !l.isDisabled()).queryAll());
        WritableImage shot = snapshot(robot);

        List<String> unreadable = new ArrayList<>();
        for (Node node : checked) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getWidth() < 6 || b.getHeight() < 6 || b.getMaxY() > stage.getScene().getHeight()) {
                continue;
            }
            double ratio = contrast(shot.getPixelReader(), b);
            if (ratio < AA) {
                unreadable.add(String.format("%s %s: %.2f:1", node.getId() == null ? node.getStyleClass() : node.getId(),
                        node instanceof Labeled l ? "\"" + l.getText() + "\"" : "", ratio));
            }
        }
        assertThat(checked).hasSizeGreaterThan(20);
        assertThat(unreadable).as(dark ? "dark theme" : "light theme").isEmpty();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private WritableImage snapshot(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        return image[0];
    }

    /** The contrast of the colour that stands out most from the most common one, inside {@code b} (1 px in). */
    private static double contrast(PixelReader pixels, Bounds b) {
        Map<Integer, Integer> counts = new HashMap<>();
        int x0 = (int) Math.ceil(b.getMinX()) + 1;
        int x1 = (int) Math.floor(b.getMaxX()) - 1;
        int y0 = (int) Math.ceil(b.getMinY()) + 1;
        int y1 = (int) Math.floor(b.getMaxY()) - 1;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                counts.merge(pixels.getArgb(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int back = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double best = 1;
        for (int rgb : counts.keySet()) {
            best = Math.max(best, ratio(back, rgb));
        }
        return best;
    }

    static double ratio(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
