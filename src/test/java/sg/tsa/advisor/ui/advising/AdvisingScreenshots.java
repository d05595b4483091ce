package sg.tsa.advisor.ui.advising;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import sg.tsa.advisor.app.Styles;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.ui.FxBackgroundExecutor;
import sg.tsa.advisor.ui.advising.history.InMemoryConsultations;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Run by hand under Xvfb to refresh the README's screenshots: the advising screen with the shipped catalogue and a
 * learner holding several credentials (one whose exemption lapses before the intake, one given as a month alone),
 * drawn at the given size and written as PNG.
 * {@code xvfb-run -a -s "-screen 0 1920x1080x24" java -cp ... AdvisingScreenshots 1366 768 docs/advising-1366.png}
 */
public final class AdvisingScreenshots {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private AdvisingScreenshots() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** Kept apart from the main class so that a class-path launch works (see the Launcher). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            AdvisingScreenshots.start(stage, getParameters());
        }
    }

    static void start(Stage stage, Application.Parameters parameters) {
        int width = Integer.parseInt(parameters.getRaw().get(0));
        int height = Integer.parseInt(parameters.getRaw().get(1));
        String out = parameters.getRaw().get(2);
        boolean dark = parameters.getRaw().contains("--dark");
        Styles.applyTheme(dark);
        FxBackgroundExecutor background = new FxBackgroundExecutor();
        InMemoryConsultations store = new InMemoryConsultations(Clock.systemUTC());
        AdvisingViewModel model = new AdvisingViewModel(background, () -> TODAY, "Mei Ling", store, store);
        Scene scene = new Scene(new AdvisingView(model), width, height);
        scene.getStylesheets().add(Styles.APPLICATION);
        stage.setScene(scene);
        stage.show();
        Catalogue catalogue = ShippedCatalogue.load();
        model.load(() -> catalogue);
        Platform.runLater(() -> fill(model, catalogue));
        new Thread(() -> {
            sleep(4000);
            Platform.runLater(() -> {
                write(scene.snapshot(null), out);
                background.close();
                Platform.exit();
            });
        }).start();
    }

    private static void fill(AdvisingViewModel model, Catalogue catalogue) {
        if (model.catalogueProperty().get() == null) {
            Platform.runLater(() -> fill(model, catalogue));
            return;
        }
        model.header().learnerNameProperty().set("Tan Ah Kow");
        model.header().learnerContactProperty().set("9123 4567");
        model.header().intakeProperty().set(LocalDate.of(2027, 4, 1));
        add(model, "ccna", LocalDate.of(2024, 6, 1), "Cisco certificate PDF seen");
        add(model, "saa", LocalDate.of(2022, 12, 1), "");
        // given as a month alone: "March 2025, taken as 1 Mar 2025"
        add(model, "aipnd", LocalDate.of(2025, 3, 1), "Udacity transcript").setAttained(LocalDate.of(2025, 3, 1),
                true);
        add(model, "business analytics", LocalDate.of(2021, 5, 10), "");
        model.whatIf("udacity-mltf");
        Platform.runLater(() -> Platform.runLater(() -> {
            var ict = catalogue.qualification("dip-idm-ict").orElseThrow();
            model.select(ExplanationTarget.of(ict, ict.module("ccs").orElseThrow()));
        }));
    }

    private static CredentialEntry add(AdvisingViewModel model, String query, LocalDate attained, String note) {
        model.picker().queryProperty().set(query);
        CredentialEntry entry = model.picker().addTopMatch().orElseThrow();
        entry.attainedOnProperty().set(attained);
        entry.evidenceNoteProperty().set(note);
        return entry;
    }

    /** Writes a snapshot as PNG; also used by the evidence screenshot. */
    public static void write(WritableImage image, String path) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(buffered, "png", new File(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
