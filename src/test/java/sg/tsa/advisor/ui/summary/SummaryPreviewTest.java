package sg.tsa.advisor.ui.summary;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.app.Styles;
import sg.tsa.advisor.summary.SummaryCases;
import sg.tsa.advisor.summary.SummaryPdf;
import sg.tsa.advisor.testing.FocusRing;
import sg.tsa.advisor.ui.FxBackgroundExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class SummaryPreviewTest {
    private static final byte[] LONG_SUMMARY = SummaryPdf.create(SummaryCases.fiveQualifications());

    @TempDir
    Path dir;

    private final FxBackgroundExecutor background = new FxBackgroundExecutor();
    private final AtomicReference<Path> chosen = new AtomicReference<>();
    private final RecordingPrinter printer = new RecordingPrinter();
    private Stage owner;
    private Stage preview;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(new Label("The advising screen")), 400, 300));
        stage.show();
    }

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        SummaryActions actions = new SummaryActions(background, printer,
                (window, suggested) -> Optional.ofNullable(chosen.get()));
        robot.interact(() -> preview = actions.openPreview(owner, () -> LONG_SUMMARY, "exemptions.pdf"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#summaryPage-1").tryQuery().isPresent());
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> preview.close());
        background.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void toolbarButtonsShowAFocusRingInTheLightAndTheDarkTheme(FxRobot robot) {
        // The application's style sheet builds on the theme's colours: the theme first, as the application does.
        robot.interact(() -> {
            Styles.applyTheme(false);
            preview.getScene().getStylesheets().setAll(Styles.APPLICATION);
        });
        Node print = robot.lookup("#printSummary").query();
        Node save = robot.lookup("#saveSummary").query();
        Node close = robot.lookup("#closeSummary").query();
        for (boolean dark : new boolean[]{false, true}) {
            robot.interact(() -> Styles.applyTheme(dark));
            WaitForAsyncUtils.waitForFxEvents();
            String theme = dark ? " (dark)" : " (light)";
            FocusRing.assertVisible(robot, close, print, print, "Print" + theme);
            FocusRing.assertVisible(robot, close, save, save, "Save as PDF" + theme);
            FocusRing.assertVisible(robot, print, close, close, "Close" + theme);
        }
        robot.interact(() -> Styles.applyTheme(false));
    }

    @Test
    void opensAtAReadableSizeAndEscapeClosesIt(FxRobot robot) {
        assertThat(preview.getWidth()).isGreaterThanOrEqualTo(560);
        assertThat(preview.getHeight()).isGreaterThanOrEqualTo(420);
        assertThat(preview.getMinWidth()).isGreaterThanOrEqualTo(400);
        assertThat(preview.isShowing()).isTrue();

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(preview.isShowing()).isFalse();
    }

    @Test
    void withNoPrinterPrintOffersSaveAsPdfInstead(FxRobot robot) throws Exception {
        printer.none = true;
        Path target = dir.resolve("saved-instead.pdf");
        chosen.set(target);

        robot.clickOn("#printSummary");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(target));
        assertThat(Files.readAllBytes(target)).isEqualTo(LONG_SUMMARY);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#summaryStatus")
                .queryAs(Label.class).getText().startsWith("Saved to"));
        assertThat(printer.printed.get()).isNull();
    }

    @Test
    void showsEveryPageOfThePdf(FxRobot robot) throws Exception {
        int pages;
        try (PDDocument document = Loader.loadPDF(LONG_SUMMARY)) {
            pages = document.getNumberOfPages();
        }
        // Looked up in this preview only: a preview another test left open may show another summary.
        Node root = preview.getScene().getRoot();
        Label status = robot.from(root).lookup("#summaryStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().equals(pages + " pages"));
        WaitForAsyncUtils.waitForFxEvents();
        VBox shown = robot.from(root).lookup("#summaryPages").queryAs(VBox.class);

        assertThat(shown.getChildren()).hasSize(pages).allSatisfy(node -> {
            ImageView page = (ImageView) node;
            assertThat(page.getImage().getWidth()).isGreaterThan(900);
            assertThat(page.getImage().getHeight() / page.getImage().getWidth()).isCloseTo(297.0 / 210, within());
        });
        assertThat(status.getText()).isEqualTo(pages + " pages");
    }

    @Test
    void saveWritesTheSamePdfToTheChosenFile(FxRobot robot) throws Exception {
        Path file = dir.resolve("tan-wei-ling.pdf");
        chosen.set(file);

        robot.clickOn("#saveSummary");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#summaryStatus")
                .queryAs(Label.class).getText().startsWith("Saved to"));
        assertThat(Files.readAllBytes(file)).isEqualTo(LONG_SUMMARY);
        try (PDDocument saved = Loader.loadPDF(file.toFile())) {
            assertThat(saved.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aFailedSaveSaysSoAndWritesNothing(FxRobot robot) throws Exception {
        Path file = dir.resolve("no-such-folder").resolve("summary.pdf");
        chosen.set(file);

        robot.clickOn("#saveSummary");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#summaryStatus")
                .queryAs(Label.class).getText().startsWith("Could not save"));
        Label status = robot.lookup("#summaryStatus").queryAs(Label.class);
        assertThat(status.getText()).contains(file.toString(), "the folder does not exist");
        assertThat(status.getStyleClass()).contains("danger");
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void printSendsThatPdfToThePrinterAwayFromTheFxThread(FxRobot robot) throws Exception {
        robot.clickOn("#printSummary");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> printer.printed.get() != null);
        assertThat(printer.printed.get()).isEqualTo(LONG_SUMMARY);
        assertThat(printer.onFxThread.get()).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#summaryStatus")
                .queryAs(Label.class).getText().equals("Sent to the printer."));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.01);
    }

    /** Records what it was asked to print, and on which thread. */
    private static final class RecordingPrinter implements SummaryPrinter {
        final AtomicReference<byte[]> printed = new AtomicReference<>();
        final AtomicReference<Boolean> onFxThread = new AtomicReference<>();
        volatile boolean none;

        @Override
        public boolean print(byte[] pdf) throws NoPrinterException {
            if (none) {
                throw new NoPrinterException();
            }
            onFxThread.set(Platform.isFxApplicationThread());
            printed.set(pdf);
            return true;
        }
    }
}
