package sg.tsa.advisor.ui.advising;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.ui.advising.history.SavedConsultation;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;
import static sg.tsa.advisor.testing.Shown.shown;

/** The advising screen driven headless, by keyboard and mouse, as a counsellor would. */
class AdvisingViewTest extends ScreenTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }


    private void waitFor(FxRobot robot, String query) throws Exception {
        waitUntil(() -> shown(robot, query).isPresent());
    }

    @Test
    void newLearnerAddsCcnaSeesTheExemptionSavesAndReopensIt(FxRobot robot) throws Exception {
        waitFor(robot, "#learnerName");
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        add(robot, "ccna", "01/06/2024");

        waitFor(robot, "#row-dip-idm-ict-dcn");
        assertThat(text(robot, "#standing-cisco-ccna")).isEqualTo("Counts until 1 Jun 2028");
        Node row = robot.lookup("#row-dip-idm-ict-dcn").query();
        assertThat(robot.from(row).lookup((Label l) -> l.getText().equals("Data Communication and Networking"))
                .tryQuery()).isPresent();
        assertThat(robot.from(row).lookup((Label l) -> l.getText().startsWith("because: Cisco Certified Network "
                + "Associate (CCNA), attained 1 Jun 2024")).tryQuery()).isPresent();

        robot.clickOn("#row-dip-idm-ict-dcn");
        waitFor(robot, "#explanationVerdict");
        assertThat(text(robot, "#explanationVerdict")).isEqualTo("Exempted");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> store.all().size() == 1);
        waitUntil(() -> model.history().entries().size() == 1);
        assertThat(text(robot, "#status")).startsWith("Saved for Tan Ah Kow");

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#entry-cisco-ccna").tryQuery().isEmpty());
        assertThat(shown(robot, "#row-dip-idm-ict-dcn")).isEmpty();

        robot.write("Tan");
        waitFor(robot, "#learner-" + store.all().get(0).learner().id());
        robot.clickOn("#learner-" + store.all().get(0).learner().id());
        robot.clickOn("#historyTab");
        waitUntil(() -> model.history().entries().size() == 1);
        ListView<?> past = robot.lookup("#pastConsultations").queryAs(ListView.class);
        robot.clickOn(past).type(KeyCode.DOWN);
        robot.interact(() -> past.getSelectionModel().select(0));
        robot.clickOn("#openConsultation");

        waitUntil(() -> model.readOnlyProperty().get());
        waitFor(robot, "#entry-cisco-ccna");
        assertThat(robot.lookup("#readOnlyBanner").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#credentialSearch").query().isDisabled()).isTrue();
        robot.clickOn("#adviceTab");
        waitFor(robot, "#row-dip-idm-ict-dcn");
        SavedConsultation saved = store.all().get(0);
        assertThat(saved.draft().held()).extracting(c -> c.attainedOn()).containsExactly(LocalDate.of(2024, 6, 1));
    }

    @Test
    void aWhatIfAddsAPlannedCredentialShownApartFromTheAdvice(FxRobot robot) throws Exception {
        add(robot, "aipnd", "01/03/2025");
        waitFor(robot, "#whatIf-aipnd-mltf-pml-udacity-mltf");
        assertThat(shown(robot, "#qualification-sd-aisd")).isEmpty();

        robot.clickOn("#whatIf-aipnd-mltf-pml-udacity-mltf");

        waitFor(robot, "#plannedGains");
        Node planned = robot.lookup("#entry-udacity-mltf").query();
        assertThat(planned.getStyleClass()).contains("planned");
        assertThat(text(robot, "#standing-udacity-mltf")).startsWith("Planned");
        Node gains = robot.lookup("#plannedGains").query();
        assertThat(robot.from(gains)
                .lookup((Label l) -> l.getText().startsWith("Principles of Machine Learning")).tryQuery()).isPresent();
        assertThat(shown(robot, "#qualification-sd-aisd")).isEmpty();
    }

    @Test
    void aLapsedCredentialSaysWhenItStoppedCounting(FxRobot robot) throws Exception {
        add(robot, "ccna", "01/01/2020");

        waitFor(robot, "#lapsed-cisco-ccna");
        assertThat(text(robot, "#standing-cisco-ccna")).isEqualTo("Stopped counting after 1 Jan 2024");
        assertThat(text(robot, "#lapsed-cisco-ccna")).contains("stopped counting after 1 Jan 2024");
        assertThat(shown(robot, "#row-dip-idm-ict-dcn")).isEmpty();
    }

    @Test
    void aFutureDateIsRefusedWithAMessageAndDeleteRemovesTheCredential(FxRobot robot) throws Exception {
        add(robot, "ccna", "05/01/2027");

        waitUntil(() -> text(robot, "#standing-cisco-ccna").contains("after the assessment date"));
        assertThat(text(robot, "#standing-cisco-ccna")).startsWith("Attained 5 Jan 2027 is after the assessment date");
        assertThat(model.picker().entries().get(0).attainedOnProperty().get()).isNull();

        robot.interact(() -> robot.lookup("#entry-cisco-ccna").query().requestFocus());
        robot.type(KeyCode.DELETE);
        waitUntil(() -> model.picker().entries().isEmpty());
        assertThat(robot.lookup("#entry-cisco-ccna").tryQuery()).isEmpty();
    }

    @Test
    void browseShowsWhatWouldExemptEachModuleAndExplainsIt(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        robot.clickOn("#browseTab");
        ComboBox<?> chooser = robot.lookup("#browseQualification").queryAs(ComboBox.class);
        robot.interact(() -> model.browse().qualificationProperty()
                .set(model.catalogueProperty().get().qualification("dip-idm-ict").orElseThrow()));
        assertThat(chooser.getValue()).isNotNull();
        TableView<?> table = robot.lookup("#browseTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(robot.from(table).lookup((javafx.scene.text.Text t) -> t.getText().startsWith(
                "AWS Certified Solutions Architect – Associate or")).tryQuery()).isPresent();

        robot.clickOn(robot.from(table).lookup((javafx.scene.text.Text t) -> t.getText()
                .equals("Cloud Computing & Security")).queryAs(javafx.scene.text.Text.class));

        waitFor(robot, "#explanationVerdict");
        assertThat(text(robot, "#explanationVerdict")).isEqualTo("Not exempted");
        assertThat(text(robot, "#explanationSubject")).startsWith("Cloud Computing & Security");
    }

    @Test
    void browseShowsTheAdviceAsItIsWhenSelectedAgain(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        robot.clickOn("#browseTab");
        robot.interact(() -> model.browse().qualificationProperty()
                .set(model.catalogueProperty().get().qualification("dip-idm-ict").orElseThrow()));
        TableView<?> table = robot.lookup("#browseTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(robot.from(table).lookup((javafx.scene.text.Text t) -> t.getText().equals("Exempted"))
                .tryQuery()).isEmpty();

        // Browse is hidden while the credential is added on the Advice tab.
        robot.clickOn("#adviceTab");
        add(robot, "ccna", "01/06/2024");
        waitUntil(() -> robot.lookup("#row-dip-idm-ict-dcn").tryQuery().isPresent());
        robot.clickOn("#browseTab");

        waitUntil(() -> robot.from(table).lookup((javafx.scene.text.Text t) -> t.getText().equals("Exempted"))
                .tryQuery().isPresent());
        assertThat(robot.from(table).lookup((javafx.scene.text.Text t) -> t.getText().equals("Not exempted"))
                .queryAll()).hasSize(1);
    }

    @Test
    void aReturningLearnerIsChosenFromTheSuggestionsByKeyboard(FxRobot robot) throws Exception {
        for (String name : new String[]{"Tan Ah Kow", "Tan Mei Hua"}) {
            store.save(new sg.tsa.advisor.ui.advising.history.ConsultationDraft(null, name, null, "Mei Ling",
                    ScreenModels.TODAY, null, "2026.11", java.util.List.of()), "{}");
        }
        waitUntil(() -> model.catalogueProperty().get() != null);
        robot.clickOn("#learnerName").write("Tan");
        waitUntil(() -> model.header().suggestions().size() == 2);

        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.UP).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        waitUntil(() -> "Returning learner".equals(text(robot, "#learnerState")));
        assertThat(model.header().learnerNameProperty().get()).isEqualTo("Tan Mei Hua");
    }

    @Test
    void leavingAnUnchangedDateFieldAfterSavingIsNotAChange(FxRobot robot) throws Exception {
        robot.clickOn("#learnerName").write("Tan Ah Kow");
        add(robot, "ccna", "01/06/2024");
        robot.clickOn("#attained-cisco-ccna");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> store.all().size() == 1);
        waitUntil(() -> text(robot, "#status").startsWith("Saved for Tan Ah Kow"));

        robot.clickOn("#historyTab");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#status")).startsWith("Saved for Tan Ah Kow");
    }
}
