package sg.tsa.advisor.ui.catalogue.draft;

import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Requirement;
import sg.tsa.advisor.catalogue.format.CatalogueReader;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.catalogue.signing.SigningKeys;
import sg.tsa.advisor.cli.CliRun;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.learner.HeldEntry;
import sg.tsa.advisor.storage.learner.LearnerDetails;
import sg.tsa.advisor.storage.learner.Visit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;
import static sg.tsa.advisor.ui.catalogue.draft.EditorWindow.CLOCK;

/**
 * The programme office builds a small catalogue from nothing in the editor, by keyboard, publishes and signs it; a
 * second laptop that trusts the key imports it through the command line, sees the diff and the impact, and grants
 * the exemption; the same file with one byte changed is refused.
 */
@ExtendWith(ApplicationExtension.class)
class BuildPublishAndRollOutTest {
    private static final LocalDate ATTAINED = LocalDate.of(2026, 6, 1);

    @TempDir
    static Path temp;

    private final EditorWindow window = new EditorWindow();

    @Start
    void start(Stage stage) {
        window.show(stage, temp.resolve("office"), new FxDebounce(DraftEditors.QUIET));
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    private static CliRun cli(Path data, String... args) {
        return CliRun.in(data, CLOCK, args);
    }

    private static void section(FxRobot robot, String title) {
        robot.clickOn((ListCell<?> cell) -> title.equals(cell.getText()));
    }

    /** Types each text into the focused field and goes on with Tab; null skips a field. */
    private static void fill(FxRobot robot, String... texts) {
        for (String text : texts) {
            if (text != null) {
                robot.write(text, 0);
            }
            robot.type(KeyCode.TAB);
        }
    }

    @Test
    void buildFromNothingPublishSignedAndRollOutToASecondLaptop(FxRobot robot) throws Exception {
        DraftEditorModel model = window.model();
        waitUntil(() -> model.document() != null);
        robot.clickOn("#draftStartEmpty").clickOn("#draftReplaceConfirm");
        waitUntil(() -> model.document().basedOn() == null && model.checkedProperty().get());

        section(robot, DraftEditorView.EDITION);
        robot.clickOn("#draft-edition-version");
        fill(robot, "2027.01", null, "Test Poly");
        section(robot, "Sources");
        robot.clickOn("#draft-sources-add");
        fill(robot, "list", "Our list", "https://t.edu");
        section(robot, "Issuers");
        robot.clickOn("#draft-issuers-add");
        fill(robot, "acme", "Acme Academy");
        section(robot, "Credentials");
        robot.clickOn("#draft-credentials-add");
        fill(robot, "a", "Cloud A", "acme");
        robot.clickOn("#draft-credentials-add");
        fill(robot, "b", "Network B", "acme");
        section(robot, "Qualifications");
        robot.clickOn("#draft-qualifications-add");
        fill(robot, "dip", null, "Diploma");
        robot.clickOn("#draft-qualifications-modules-tab").clickOn("#draft-qualifications-modules-add");
        fill(robot, "m1", null, "Module One");
        robot.clickOn("#draft-qualifications-modules-add");
        fill(robot, "m2", null, "Module 2");
        robot.clickOn("#draft-qualifications-certificates-tab").clickOn("#draft-qualifications-certificates-add");
        fill(robot, "pdc", "PDC", null, "m2");
        section(robot, "Rules");
        robot.clickOn("#draft-rules-add");
        fill(robot, "ab", "dip", null, "m1");
        robot.clickOn("#draft-rules-requires-credential").write("a", 0).type(KeyCode.ENTER);
        robot.write("b", 0).type(KeyCode.ENTER);
        // From the credential box past the builder's five buttons and recency, from, until, to the source.
        robot.type(KeyCode.TAB, 9).write("list", 0).type(KeyCode.TAB);
        assertThat(robot.lookup("#draft-rules-source").queryAs(javafx.scene.control.ComboBox.class).getEditor()
                .getText()).isEqualTo("list");

        waitUntil(() -> model.checkedProperty().get());
        assertThat(model.problems()).as("problems left").isEmpty();
        Path key = temp.resolve("k");
        SigningKeys.generate(key);
        Path file = temp.resolve("c.json");
        section(robot, DraftEditorView.PUBLISH);
        robot.clickOn("#draftPublishFile").write(file.toString(), 0);
        robot.clickOn("#draftPublishKey").write(key.toString(), 0);
        robot.clickOn("#draftPublish");
        TextArea result = robot.lookup("#draftPublishResult").queryAs(TextArea.class);
        waitUntil(() -> result.getText().startsWith("Wrote"));

        assertThat(result.getText()).startsWith("Wrote edition 2027.01 to " + file + ".\nSigned with key ");
        Catalogue published = CatalogueReader.read(file);
        assertThat(published.publishedOn()).isEqualTo(LocalDate.now(CLOCK));
        assertThat(published.rules().get(0).requires()).isEqualTo(new Requirement.AllOf(List.of(
                new Requirement.Holds("a"), new Requirement.Holds("b"))));
        assertThat(published.qualifications().get(0).certificates().get(0).moduleIds()).containsExactly("m2");
        assertThat(model.document().basedOn()).isEqualTo("2027.01");
        Path laptop = temp.resolve("laptop");
        try (Storage storage = Storage.open(laptop, CLOCK)) {
            storage.consultations().record(new Visit(null, new LearnerDetails("Tan Wei Ling", null, null, null),
                    List.of(new HeldEntry("a", ATTAINED, null), new HeldEntry("b", ATTAINED, null)),
                    CLOCK.instant(), null, LocalDate.now(CLOCK), null, ShippedCatalogue.load().version(), "{}"));
        }
        assertThat(cli(laptop, "catalogue", "trust", "add", key + ".pub").status()).isZero();
        CliRun diff = cli(laptop, "catalogue", "diff", ShippedCatalogue.load().version(), file.toString());
        CliRun impact = cli(laptop, "catalogue", "impact", file.toString());
        CliRun imported = cli(laptop, "catalogue", "import", file.toString());
        CliRun advised = cli(laptop, "advise", "a@" + ATTAINED, "b@" + ATTAINED);

        assertThat(diff.status()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("rule ab", "credential a");
        assertThat(impact.status()).as(impact.err()).isZero();
        assertThat(impact.out()).startsWith("1 of 1 saved consultations would change").contains("Tan Wei Ling");
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("imported catalogue 2027.01 of Test Poly");
        assertThat(advised.status()).as(advised.err()).isZero();
        assertThat(advised.out()).contains("Module One");
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf("Module One") + "Module On".length();
        bytes[at] = 'E';
        Path tampered = temp.resolve("tampered.json");
        Files.write(tampered, bytes);
        Files.copy(Path.of(file + ".sig"), Path.of(tampered + ".sig"));
        CliRun refused = cli(laptop, "catalogue", "import", tampered.toString());

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("the signature does not match the file");
    }
}
