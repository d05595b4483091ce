package sg.tsa.advisor.ui.advising;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.app.Styles;
import sg.tsa.advisor.catalogue.Credential;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.ui.FxBackgroundExecutor;
import sg.tsa.advisor.ui.advising.history.InMemoryConsultations;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/** The type-ahead with typos, typed with real key events: the highlighted row is the one Enter adds. */
@ExtendWith(ApplicationExtension.class)
class SearchViewTest {
    private final FxBackgroundExecutor background = new FxBackgroundExecutor();
    private final InMemoryConsultations store = new InMemoryConsultations(Clock.systemUTC());
    private AdvisingViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Styles.applyTheme(false);
        model = new AdvisingViewModel(background, () -> ScreenModels.TODAY, "Mei Ling", store, store);
        Scene scene = new Scene(new AdvisingView(model), 1280, 760);
        scene.getStylesheets().add(Styles.APPLICATION);
        stage.setScene(scene);
        stage.show();
        model.load(ShippedCatalogue::load);
    }

    @AfterEach
    void stopBackground(FxRobot robot) {
        robot.interact(() -> stage.getScene().setRoot(new javafx.scene.layout.Pane()));
        WaitForAsyncUtils.waitForFxEvents();
        background.close();
    }

    @SuppressWarnings("unchecked")
    private ListView<Credential> matches(FxRobot robot) {
        return robot.lookup("#credentialMatches").queryAs(ListView.class);
    }

    @Test
    void aTypoFindsTheCredentialHighlightedAndEnterAddsIt(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("ccan");
        waitUntil(() -> !model.picker().matches().isEmpty());

        assertThat(matches(robot).getSelectionModel().getSelectedItem().id()).isEqualTo("cisco-ccna");
        assertThat(robot.lookup("#searchHint").queryAs(Label.class).getText())
                .isEqualTo("Nothing is spelt \"ccan\": the closest spellings are listed");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#entry-cisco-ccna").tryQuery().isPresent());
    }

    @Test
    void downMovesTheHighlightAndEnterAddsTheHighlightedRow(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("aws archtect");
        waitUntil(() -> model.picker().matches().size() == 2);
        Credential first = model.picker().matches().get(0);
        Credential second = model.picker().matches().get(1);
        assertThat(matches(robot).getSelectionModel().getSelectedItem()).isEqualTo(first);

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(matches(robot).getSelectionModel().getSelectedItem()).isEqualTo(second);
        robot.type(KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#entry-" + second.id()).tryQuery().isPresent());
        assertThat(robot.lookup("#entry-" + first.id()).tryQuery()).isEmpty();
    }
}
