package sg.tsa.advisor.ui.advising;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.ui.FxBackgroundExecutor;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class AdvisingViewTest {
    private final FxBackgroundExecutor background = new FxBackgroundExecutor();
    private AdvisingViewModel model;

    @Start
    void start(Stage stage) {
        model = new AdvisingViewModel(background, LocalDate.of(2026, 11, 28));
        stage.setScene(new Scene(new AdvisingView(model), 1280, 720));
        stage.show();
        model.load(ShippedCatalogue::load);
    }

    @AfterEach
    void stopBackground() {
        background.close();
    }

    @Test
    void tickingCcnaShowsItsModuleExempted(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#held-cisco-ccna").tryQuery().isPresent());

        robot.clickOn("#held-cisco-ccna");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#qualification-dip-idm-ict").tryQuery().isPresent());
        VBox card = robot.lookup("#qualification-dip-idm-ict").queryAs(VBox.class);
        assertThat(robot.from(card).lookup((Label l) -> l.getText().equals("Data Communication and Networking"))
                .tryQuery()).isPresent();
        assertThat(robot.from(card).lookup((Label l) -> l.getText().startsWith("because: Cisco Certified Network"))
                .tryQuery()).isPresent();
    }

    @Test
    void anAttainedDateAfterTheAssessmentDateIsRefusedWithAMessage(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#held-cisco-ccna").tryQuery().isPresent());
        robot.clickOn("#held-cisco-ccna");
        robot.interact(() -> model.choices().stream()
                .filter(c -> c.credential().id().equals("cisco-ccna")).findFirst().orElseThrow()
                .attainedOnProperty().set(LocalDate.of(2027, 1, 5)));

        Label problem = robot.lookup("#problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("Cisco Certified Network Associate (CCNA)").contains("5 Jan 2027");
    }
}
