package sg.tsa.advisor.ui.advising;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.ui.advising.history.ConsultationService;
import sg.tsa.advisor.ui.advising.history.InMemoryConsultations;
import sg.tsa.advisor.ui.advising.history.LearnerDirectory;

import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumingThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * A learner's name in Chinese, Jawi or Tamil shows in the window as its own characters, not as the empty boxes
 * a font draws for characters it lacks. The window takes these characters from the system's fonts (font
 * fallback); Tamil is checked where the system has a Tamil font at all.
 */
class NamesInOtherScriptsViewTest extends ScreenTest {
    /** Characters no font has: each is drawn as the missing-glyph box. */
    private static final char MISSING = '\uE000';

    private final InMemoryConsultations fixedTime = ScreenModels.store();

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    protected LearnerDirectory learners() {
        return fixedTime;
    }

    @Override
    protected ConsultationService consultations() {
        return fixedTime;
    }


    @Test
    void chineseAndJawiNamesShowAsTheirCharacters(FxRobot robot) throws Exception {
        for (String name : new String[] {"陈伟玲", "陳偉玲", "نور عائشة"}) {
            assertThat(showsItsOwnGlyphs(robot, name)).as(name).isTrue();
        }
    }

    /**
     * Whatever the system's fonts: a name with a Han character is drawn in the application's own Han face (the
     * one the summary embeds), since JavaFX cannot fall back to every Chinese font a laptop may have; other names
     * keep the window's font.
     */
    @Test
    void aNameInChineseIsDrawnInTheApplicationsHanFaceAndOthersInTheWindowsFont(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#learnerName").tryQuery().isPresent());
        TextField learner = robot.lookup("#learnerName").queryAs(TextField.class);
        TextField counsellor = robot.lookup("#counsellor").queryAs(TextField.class);
        String windowFont = learner.getFont().getFamily();

        robot.interact(() -> {
            learner.setText("陈伟玲 (Tan Wei Ling)");
            counsellor.setText("林美玲");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(learner.getFont().getFamily()).isEqualTo("Noto Sans CJK SC");
        assertThat(counsellor.getFont().getFamily()).isEqualTo("Noto Sans CJK SC");

        robot.interact(() -> learner.setText("Tan Wei Ling"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(learner.getFont().getFamily()).isEqualTo(windowFont).isNotEqualTo("Noto Sans CJK SC");
    }

    @Test
    void tamilNamesShowAsTheirCharactersWhereTheSystemHasATamilFont(FxRobot robot) throws Exception {
        boolean tamilFont = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
                .anyMatch(font -> font.canDisplay('த'));
        assumingThat(tamilFont, () -> assertThat(showsItsOwnGlyphs(robot, "தமிழ்செல்வி")).isTrue());
        // the check itself tells missing glyphs apart: a name of characters no font has fails it
        assertThat(showsItsOwnGlyphs(robot, String.valueOf(MISSING).repeat(4))).isFalse();
    }

    /**
     * Types {@code name} into the learner field and compares the drawn text with as many missing-glyph boxes:
     * a name drawn as boxes looks exactly like them.
     */
    private boolean showsItsOwnGlyphs(FxRobot robot, String name) throws Exception {
        waitUntil(() -> robot.lookup("#learnerName").tryQuery().isPresent());
        TextField field = robot.lookup("#learnerName").queryAs(TextField.class);
        Image drawn = textImage(robot, field, name);
        Image boxes = textImage(robot, field, String.valueOf(MISSING).repeat(name.codePointCount(0, name.length())));
        assertThat(inkedPixels(drawn)).as("ink of " + name).isGreaterThan(20);
        return !samePixels(drawn, boxes);
    }

    private static Image textImage(FxRobot robot, TextField field, String text) {
        AtomicReference<Image> image = new AtomicReference<>();
        robot.interact(() -> field.setText(text));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Node textNode = field.lookupAll(".text").stream()
                    .filter(n -> n instanceof Text t && text.equals(t.getText())).findFirst().orElseThrow();
            SnapshotParameters white = new SnapshotParameters();
            white.setFill(Color.WHITE);
            image.set(textNode.snapshot(white, null));
        });
        return image.get();
    }

    private static int inkedPixels(Image image) {
        int ink = 0;
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                ink += (reader.getArgb(x, y) & 0xFF) < 128 ? 1 : 0;
            }
        }
        return ink;
    }

    private static boolean samePixels(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
