package sg.tsa.advisor.app;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.matcher.control.LabeledMatchers;
import sg.tsa.advisor.catalogue.signing.PublicSigningKey;
import sg.tsa.advisor.catalogue.signing.SignatureFiles;
import sg.tsa.advisor.catalogue.signing.SigningKeys;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.catalogue.Edition;
import sg.tsa.advisor.storage.learner.LearnerDetails;
import sg.tsa.advisor.storage.settings.CounsellorQuestion;
import sg.tsa.advisor.testing.Editions;
import sg.tsa.advisor.ui.catalogue.ImpactRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;
import static sg.tsa.advisor.testing.Shown.shown;

/**
 * The Catalogue workspace driven in the whole application on a real data folder, with real catalogue files and
 * real Ed25519 keys: import → review → activate, refusal of unsigned files, a malformed file, activating a stored
 * edition, and the advising screen following (or offering) the edition made active there.
 */
class CatalogueWorkspaceTest extends WholeAppTest {
    private static final String WORKSPACE = "Catalogue — Exemption Advisor";

    /** Where the programme office's key and the catalogue files are, apart from the data folder. */
    @TempDir
    Path files;

    /** A data folder that trusts a new key (office.key beside it) and holds one learner's consultation. */
    private PublicSigningKey prepare(boolean trustKey, Path keyFile) throws Exception {
        try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
            new CounsellorQuestion(storage.database()).markAsked();
            PublicSigningKey key = SigningKeys.generate(keyFile);
            if (trustKey) {
                storage.trustedKeys().add(key);
            }
            LocalDate today = LocalDate.now();
            Editions.consultation(storage, new LearnerDetails("Tan Wei Ling", "tan.wl@example.sg", "9123 4567", null),
                    "cisco-ccna", today.minusYears(1), today);
            return key;
        }
    }

    private Path nextEdition(Path folder) throws Exception {
        return Editions.file(folder, Editions.without("cisco-ccna", "2027.01"));
    }

    private static void sign(Path file, Path keyFile) throws Exception {
        SignatureFiles.sign(Files.readAllBytes(file), SigningKeys.readPrivate(keyFile),
                SigningKeys.readPublic(SigningKeys.publicFile(keyFile)).id(), SignatureFiles.signatureFile(file));
    }

    private List<Edition> stored() {
        try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
            return storage.catalogues().editions();
        }
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @SuppressWarnings("unchecked")
    private List<String> lines(String query) {
        return robot.lookup(query).queryAs(ListView.class).getItems();
    }

    private boolean enabled(String query) {
        return !robot.lookup(query).queryAs(Button.class).isDisabled();
    }

    private void openWorkspaceAndReview(Path file) throws Exception {
        app.catalogueFiles = owner -> file.toFile();
        robot.clickOn("#openCatalogue");
        waitUntil(() -> robot.lookup("#editionsTable").queryAs(TableView.class).getItems().size() == stored().size());
        robot.clickOn("#importCatalogueFile");
        waitUntil(() -> robot.lookup("#review").tryQuery().isPresent());
    }

    private void waitForReview() throws Exception {
        waitUntil(() -> !text("#reviewImpactHeading").isEmpty() || !text("#reviewFailure").isEmpty());
        assertThat(text("#reviewFailure")).isEmpty();
        assertThat(text("#reviewProgress")).isEmpty();
    }

    @Test
    void aSignedFileIsReviewedWithItsChangesAndLearnersThenActivatedAndTheScreenSwitchesToIt() throws Exception {
        PublicSigningKey key = prepare(true, files.resolve("office.key"));
        Path file = nextEdition(files);
        sign(file, files.resolve("office.key"));
        startApp();
        app.catalogueFiles = owner -> file.toFile();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#editionsTable").tryQuery().isPresent());
        Stage workspace = (Stage) robot.window(WORKSPACE);
        assertThat(workspace.getOwner()).isNotNull();
        assertThat(workspace.getWidth()).isGreaterThanOrEqualTo(800);
        assertThat(workspace.getHeight()).isGreaterThanOrEqualTo(520);
        assertThat(text("#trustedKeys")).startsWith("This laptop trusts 1 key");
        waitUntil(() -> robot.lookup("#editionsTable").queryAs(TableView.class).getItems().size() == 1);
        assertThat(robot.lookup("#editionsTable .table-cell").match(LabeledMatchers.hasText("● active")).tryQuery())
                .isPresent();

        robot.clickOn("#importCatalogueFile");
        waitForReview();

        assertThat(text("#reviewTitle")).isEqualTo("Import catalogue 2027.01 from 2027.01.json");
        assertThat(text("#reviewValidity")).startsWith("Valid catalogue 2027.01 of Temasek Polytechnic");
        assertThat(text("#reviewSignature")).startsWith("Signed by key " + key.id() + ", which this laptop trusts");
        assertThat(robot.lookup("#importUnsigned").queryAs(CheckBox.class).isVisible()).isFalse();
        assertThat(text("#reviewChangesHeading")).endsWith("against the active edition 2026.11");
        assertThat(lines("#reviewChanges")).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("- rule "));
        assertThat(text("#reviewImpactHeading")).startsWith("1 of 1 saved consultations would change");
        @SuppressWarnings("unchecked")
        List<ImpactRow> impacts = robot.lookup("#reviewImpacts").queryAs(TableView.class).getItems();
        assertThat(impacts).singleElement().satisfies(row -> {
            assertThat(row.learner()).isEqualTo("Tan Wei Ling");
            assertThat(row.contact()).isEqualTo("tan.wl@example.sg, 9123 4567");
            assertThat(row.gains()).isEmpty();
            assertThat(row.loses()).contains("(dip-idm-ict)");
        });
        assertThat(stored()).extracting(Edition::version).containsExactly("2026.11");

        robot.clickOn("#importAndActivate");

        // Nothing on the screen would change: the screen switches without asking.
        waitUntil(() -> text("#catalogueEdition").contains("2027.01"));
        assertThat(visible("#editionOffer")).isFalse();
        assertThat(text("#editionsMessage")).isEqualTo("Imported catalogue 2027.01; it is now the active catalogue "
                + "(a backup was taken first).");
        assertThat(stored()).filteredOn(Edition::active).singleElement()
                .satisfies(e -> assertThat(e.signedBy()).isEqualTo(key.id()));
        assertThat(visible("#unsignedEdition")).isFalse();
        waitUntil(() -> robot.lookup("#editionsTable").queryAs(TableView.class).getItems().size() == 2);
    }

    @Test
    void anUnsignedFileIsRefusedUntilImportAsUnsignedIsTickedAndAnUnsignedEditionIsSaidSoInTheMainWindow()
            throws Exception {
        prepare(true, files.resolve("office.key"));
        Path file = nextEdition(files);
        startApp();

        openWorkspaceAndReview(file);
        waitForReview();

        assertThat(text("#reviewSignature")).isEqualTo("Refused: " + file + " is not signed: there is no "
                + "2027.01.json.sig beside it. This laptop imports only catalogue files signed by a key it trusts.");
        assertThat(enabled("#importAndActivate")).isFalse();
        assertThat(enabled("#importOnly")).isFalse();

        robot.clickOn("#importUnsigned");
        assertThat(enabled("#importAndActivate")).isTrue();
        robot.clickOn("#importOnly");

        waitUntil(() -> !text("#editionsMessage").isEmpty());
        assertThat(text("#editionsMessage")).isEqualTo("Imported catalogue 2027.01; the active catalogue is "
                + "unchanged. It is marked unsigned.");
        assertThat(stored()).filteredOn(e -> e.version().equals("2027.01")).singleElement()
                .satisfies(e -> assertThat(e.signed()).isFalse()).satisfies(e -> assertThat(e.active()).isFalse());
        assertThat(text("#catalogueEdition")).contains("2026.11");
        waitUntil(() -> robot.lookup("#editionsTable .table-cell").match(LabeledMatchers.hasText("Unsigned"))
                .tryQuery().isPresent());

        // Activate the stored, unsigned edition: reviewed the same way, then the main window says it is unsigned.
        robot.clickOn(robot.lookup("#editionsTable .table-cell").match(LabeledMatchers.hasText("2027.01"))
                .queryAs(javafx.scene.Node.class));
        robot.clickOn("#activateEdition");
        waitForReview();
        assertThat(text("#reviewTitle")).isEqualTo("Activate catalogue 2027.01 again");
        assertThat(text("#reviewSignature")).startsWith("Unsigned");
        robot.clickOn("#activateReviewed");

        waitUntil(() -> text("#catalogueEdition").contains("2027.01"));
        waitUntil(() -> visible("#unsignedEdition"));
        assertThat(text("#unsignedEdition")).isEqualTo("Catalogue 2027.01 is unsigned");
        assertThat(robot.lookup("#unsignedEdition").queryAs(Labeled.class).getTooltip().getText())
                .contains("without a signature by a key this laptop trusts");
    }

    @Test
    void aMalformedFileListsEveryProblemWithItsPathAndStoresNothing() throws Exception {
        prepare(false, files.resolve("office.key"));
        Path file = files.resolve("broken.json");
        Files.writeString(file, Files.readString(nextEdition(files))
                .replaceFirst("\"recencyYears\": \\d+", "\"recencyYears\": 2147483647")
                .replaceFirst("\"publishedOn\": \"[^\"]+\"", "\"publishedOn\": \"yesterday\""));
        startApp();

        openWorkspaceAndReview(file);
        waitUntil(() -> !lines("#reviewProblems").isEmpty());

        assertThat(text("#reviewValidity")).startsWith("Not a valid catalogue: 2 lines below");
        assertThat(lines("#reviewProblems")).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("$."))
                .anySatisfy(line -> assertThat(line).startsWith("$.defaults.recencyYears: "));
        assertThat(enabled("#importAndActivate")).isFalse();
        assertThat(enabled("#importOnly")).isFalse();

        robot.clickOn("#cancelReview");
        waitUntil(() -> robot.lookup("#review").tryQuery().isEmpty());
        assertThat(visible("#reviewHint")).isTrue();
        assertThat(stored()).extracting(Edition::version).containsExactly("2026.11");
    }

    @Test
    void activatingAnEditionThatChangesTheConsultationInProgressOffersItInsteadOfSwitching() throws Exception {
        prepare(false, files.resolve("office.key"));
        try (Storage storage = Storage.open(dataDir, Clock.systemUTC())) {
            storage.catalogues().importCatalogue(Editions.without("cisco-ccna", "2027.01"), null, false);
        }
        startApp();
        robot.clickOn("#learnerName").write("Lim Jun Jie");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("ccna");
        robot.type(KeyCode.ENTER);
        robot.write(LocalDate.now().minusYears(1).toString()).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#row-dip-idm-ict-dcn").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#editionsTable").queryAs(TableView.class).getItems().size() == 2);
        robot.clickOn(robot.lookup("#editionsTable .table-cell").match(LabeledMatchers.hasText("2027.01"))
                .queryAs(javafx.scene.Node.class));
        robot.clickOn("#activateEdition");
        waitForReview();
        robot.clickOn("#activateReviewed");

        waitUntil(() -> visible("#editionOffer"));
        assertThat(text("#editionOfferText")).startsWith("Catalogue edition 2027.01 was made active in the Catalogue "
                + "workspace. With it: ").containsPattern("[1-9][0-9]* modules? fewer exempted");
        assertThat(text("#catalogueEdition")).contains("2026.11");
        assertThat(robot.lookup("#row-dip-idm-ict-dcn").tryQuery()).isPresent();
        assertThat(stored()).filteredOn(Edition::active).extracting(Edition::version).containsExactly("2027.01");

        robot.interact(() -> ((Stage) robot.window(WORKSPACE)).close());
        robot.interact(() -> robot.lookup("#switchEdition").queryAs(Button.class).fire());
        waitUntil(() -> text("#catalogueEdition").contains("2027.01"));
        waitUntil(() -> shown(robot, "#row-dip-idm-ict-dcn").isEmpty());
    }
}
