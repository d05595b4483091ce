package sg.tsa.advisor.ui.advising;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.app.Styles;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.ui.FxBackgroundExecutor;
import sg.tsa.advisor.ui.advising.draft.Drafts;
import sg.tsa.advisor.ui.advising.history.ConsultationService;
import sg.tsa.advisor.ui.advising.history.InMemoryConsultations;
import sg.tsa.advisor.ui.advising.history.LearnerDirectory;
import sg.tsa.advisor.ui.advising.settings.UserSettings;

import java.time.Clock;

import static sg.tsa.advisor.testing.FxWait.waitUntil;

/**
 * The advising screen in a real window on the shipped catalogue, for TestFX tests driven by real key events: a
 * test class extends it, calls {@link #show} from its {@code @Start} method, and may choose the window's size and
 * where consultations are kept.
 */
@ExtendWith(ApplicationExtension.class)
abstract class ScreenTest {
    protected final FxBackgroundExecutor background = new FxBackgroundExecutor();
    protected final InMemoryConsultations store = new InMemoryConsultations(Clock.systemUTC());
    protected AdvisingViewModel model;
    protected Stage stage;

    /** The window's width and height; 1280×760 unless a test needs another. */
    protected int[] size() {
        return new int[]{1280, 760};
    }

    /** Called first, before the screen is made (e.g. to open a real database). */
    protected void beforeScreen() {
    }

    protected LearnerDirectory learners() {
        return store;
    }

    protected ConsultationService consultations() {
        return store;
    }

    /** Where the consultation in progress is kept; nowhere unless a test keeps it (in memory or in a database). */
    protected Drafts drafts() {
        return Drafts.none();
    }

    /** Called once the view model is made, before the window shows it: answers to questions, a print hook. */
    protected void beforeShow(AdvisingViewModel model) {
    }

    /** Makes and shows the screen: each test class calls it from its own {@code @Start} method (TestFX looks there). */
    protected void show(Stage stage) {
        this.stage = stage;
        beforeScreen();
        Styles.applyTheme(false);
        model = new AdvisingViewModel(background, () -> ScreenModels.TODAY, "Mei Ling", learners(),
                consultations(), UserSettings.forgetful("Mei Ling"), drafts(), Clock.systemUTC());
        beforeShow(model);
        Scene scene = new Scene(new AdvisingView(model), size()[0], size()[1]);
        scene.getStylesheets().add(Styles.APPLICATION);
        stage.setScene(scene);
        stage.show();
        model.load(ShippedCatalogue::load);
    }

    @AfterEach
    void stopBackground(FxRobot robot) {
        // Take the screen down first: a date field losing focus commits its text and starts one last recompute.
        robot.interact(() -> stage.getScene().setRoot(new javafx.scene.layout.Pane()));
        WaitForAsyncUtils.waitForFxEvents();
        background.close();
        afterScreen();
    }

    /** Called last, once the screen is down. */
    protected void afterScreen() {
    }

    /** Ctrl+F, the query, Enter on the highlighted match, then the date typed and Enter. */
    protected void add(FxRobot robot, String query, String date) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write(query);
        waitUntil(() -> !model.picker().matches().isEmpty());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(date).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
