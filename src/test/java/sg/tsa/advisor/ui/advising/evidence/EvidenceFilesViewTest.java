package sg.tsa.advisor.ui.advising.evidence;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
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
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.evidence.EvidenceReader;
import sg.tsa.advisor.evidence.MadeFiles;
import sg.tsa.advisor.evidence.TrustedKeys;
import sg.tsa.advisor.testing.CatalogueBuilder;
import sg.tsa.advisor.ui.FxBackgroundExecutor;
import sg.tsa.advisor.ui.advising.AdvisingView;
import sg.tsa.advisor.ui.advising.AdvisingViewModel;
import sg.tsa.advisor.ui.advising.CredentialEntry;
import sg.tsa.advisor.ui.advising.history.InMemoryConsultations;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;
import static sg.tsa.advisor.testing.Shown.shown;

/** Files added to the advising screen with Ctrl+O and "Add from file…": credentials, dates, tags, exemptions. */
@ExtendWith(ApplicationExtension.class)
class EvidenceFilesViewTest {
    static final String TEMPLATE = "0e8a3b2c-5d9f-4e61-a1b7-2f3c4d5e6f70";
    static final String TP_STORE = "0x4d05f843718da742b4229938f972a3eb969c25ce";

    private final FxBackgroundExecutor background = new FxBackgroundExecutor();
    private final InMemoryConsultations store = new InMemoryConsultations(Clock.systemUTC());
    private final List<File> chosen = new ArrayList<>();
    private AdvisingViewModel model;
    private Stage stage;
    private Path folder;
    private Path png;
    private Path opencert;

    static Catalogue catalogue() {
        return CatalogueBuilder.catalogue().credentials("aws-saa", "dit")
                .setJson("$.credentials[0].matches", "[{\"credlyTemplate\": \"" + TEMPLATE + "\"}]")
                .setJson("$.credentials[1].matches", "[{\"openCerts\": {\"store\": \"" + TP_STORE
                        + "\", \"name\": \"Diploma in Information Technology\"}}]")
                .qualification("q1", "Diploma in Infocomm", true, "m1", "m2", "m3")
                .moduleRule("r1", "q1", "m1", "aws-saa").moduleRule("r2", "q1", "m2", "dit").build();
    }

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        folder = Files.createTempDirectory("evidence-files");
        png = Files.write(folder.resolve("aws-saa.png"), MadeFiles.bakedPng("openbadges", MadeFiles.ob2Assertion(
                "https://api.credly.com/v1/obi/v2/badge_classes/" + TEMPLATE,
                "AWS Certified Solutions Architect – Associate", "2024-08-30T00:00:00.000Z").toString(), false));
        opencert = Files.writeString(folder.resolve("dit.opencert"), MadeFiles.openCerts(TP_STORE,
                "Diploma in Information Technology", "2023-05-02", 1).get(0).toString());
        Styles.applyTheme(false);
        model = new AdvisingViewModel(background, () -> LocalDate.of(2026, 11, 28), "Mei Ling", store, store);
        AdvisingView view = new AdvisingView(model);
        EvidenceFilesView.install(view, new EvidenceFilesModel(background, model,
                new EvidenceReader(TrustedKeys.none())), () -> List.copyOf(chosen));
        Scene scene = new Scene(view, 1280, 760);
        scene.getStylesheets().add(Styles.APPLICATION);
        stage.setScene(scene);
        stage.show();
        model.load(EvidenceFilesViewTest::catalogue);
    }

    @AfterEach
    void stop(FxRobot robot) throws IOException {
        robot.interact(() -> stage.getScene().setRoot(new javafx.scene.layout.Pane()));
        WaitForAsyncUtils.waitForFxEvents();
        background.close();
        try (var files = Files.list(folder)) {
            files.forEach(f -> f.toFile().delete());
        }
        Files.delete(folder);
    }

    private CredentialEntry entry(String id) {
        return model.picker().entries().stream().filter(e -> e.credential().id().equals(id)).findFirst()
                .orElseThrow();
    }

    private void pressCtrlO(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlOAddsABakedBadgeAndAnOpenCertWithTheirDatesTagsAndExemptions(FxRobot robot) throws Exception {
        chosen.addAll(List.of(png.toFile(), opencert.toFile()));

        pressCtrlO(robot);

        waitUntil(() -> model.picker().entries().size() == 2);
        assertThat(entry("aws-saa").attainedOnProperty().get()).isEqualTo(LocalDate.of(2024, 8, 30));
        assertThat(entry("dit").attainedOnProperty().get()).isEqualTo(LocalDate.of(2023, 5, 2));
        assertThat(robot.lookup("#evidence-aws-saa").queryAs(TextInputControl.class).getText())
                .isEqualTo("UNVERIFIABLE · Credly badge, issued 30 Aug 2024, expires 30 Aug 2027, not verifiable"
                        + " offline (aws-saa.png)");
        assertThat(robot.lookup("#evidence-dit").queryAs(TextInputControl.class).getText())
                .startsWith("INTACT · OpenCerts certificate, issued 2 May 2023, file intact");
        waitUntil(() -> robot.lookup("#row-q1-m1").tryQuery().isPresent()
                && robot.lookup("#row-q1-m2").tryQuery().isPresent());
        assertThat(shown(robot, "#row-q1-m3")).isEmpty();
    }

    @Test
    void aFileAlreadyAddedIsNotAddedTwice(FxRobot robot) throws Exception {
        chosen.add(png.toFile());
        pressCtrlO(robot);
        waitUntil(() -> model.picker().entries().size() == 1);

        robot.clickOn("#addFromFile");

        waitUntil(() -> robot.lookup("#evidenceMessage").queryAs(Label.class).getText()
                .equals("aws-saa.png was added already"));
        assertThat(model.picker().entries()).hasSize(1);
    }

    @Test
    void anAlteredAnUnlistedAndAnUnreadableFileAddNothingAndSayWhy(FxRobot robot) throws Exception {
        String edited = Files.readString(opencert).replace("2023-05-02", "2020-05-02");
        Path altered = Files.writeString(folder.resolve("edited.opencert"), edited);
        Path unlisted = Files.write(folder.resolve("other.png"), MadeFiles.bakedPng("openbadges",
                MadeFiles.ob2Assertion("https://badges.example.org/classes/7", "Forklift Safety", "2024-01-01")
                        .toString(), false));
        Path notes = Files.writeString(folder.resolve("notes.txt"), "ccna", StandardCharsets.UTF_8);
        chosen.addAll(List.of(altered.toFile(), unlisted.toFile(), notes.toFile()));

        pressCtrlO(robot);

        waitUntil(() -> !robot.lookup("#evidenceMessage").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#evidenceMessage").queryAs(Label.class).getText().lines().toList())
                .satisfiesExactly(
                        line -> assertThat(line).startsWith("edited.opencert: ALTERED, not counted"),
                        line -> assertThat(line).isEqualTo("other.png: \"Forklift Safety\" is not in the catalogue;"
                                + " record it as an unlisted credential if it matters"),
                        line -> assertThat(line).startsWith("notes.txt: not a credential file"));
        assertThat(model.picker().entries()).isEmpty();
    }

}
