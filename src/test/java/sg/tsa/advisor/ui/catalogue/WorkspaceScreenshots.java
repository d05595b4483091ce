package sg.tsa.advisor.ui.catalogue;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import sg.tsa.advisor.app.Styles;
import sg.tsa.advisor.catalogue.signing.PublicSigningKey;
import sg.tsa.advisor.catalogue.signing.SignatureFiles;
import sg.tsa.advisor.catalogue.signing.SigningKeys;
import sg.tsa.advisor.editions.EditionService;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.learner.LearnerDetails;
import sg.tsa.advisor.testing.Editions;
import sg.tsa.advisor.ui.FxBackgroundExecutor;
import sg.tsa.advisor.ui.advising.AdvisingScreenshots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Run by hand under Xvfb to refresh the README's screenshot of the Catalogue workspace: a data folder in a
 * temporary directory that trusts the programme office's key and holds two consultations, and the review of a
 * signed edition that drops the Cisco CCNA's rules, drawn at the given size and written as PNG.
 * {@code xvfb-run -a -s "-screen 0 1920x1080x24" java -cp ... WorkspaceScreenshots 1200 760 docs/catalogue-workspace.png}
 */
public final class WorkspaceScreenshots {
    private WorkspaceScreenshots() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** Kept apart from the main class so that a class-path launch works (see the Launcher). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            WorkspaceScreenshots.start(getParameters());
        }
    }

    static void start(Application.Parameters parameters) throws Exception {
        int width = Integer.parseInt(parameters.getRaw().get(0));
        int height = Integer.parseInt(parameters.getRaw().get(1));
        String out = parameters.getRaw().get(2);
        Path folder = Files.createTempDirectory("workspace-screenshot");
        Storage storage = Storage.open(folder.resolve("data"), Clock.systemUTC());
        PublicSigningKey key = SigningKeys.generate(folder.resolve("office.key"));
        storage.trustedKeys().add(key);
        LocalDate today = LocalDate.now();
        Editions.consultation(storage, new LearnerDetails("Tan Wei Ling", "tan.wl@example.sg", "9123 4567", null),
                "cisco-ccna", today.minusYears(1), today);
        Editions.consultation(storage, new LearnerDetails("Muhammad Irfan", null, "8765 4321", null), "cisco-ccna",
                today.minusMonths(30), today.minusMonths(2));
        Editions.consultation(storage, new LearnerDetails("Lim Jun Jie", null, null, null), "aws-saa",
                today.minusYears(1), today);
        Path file = Editions.file(folder, Editions.without("cisco-ccna", "2027.01"));
        SignatureFiles.sign(Files.readAllBytes(file), SigningKeys.readPrivate(folder.resolve("office.key")), key.id(),
                SignatureFiles.signatureFile(file));

        Styles.applyTheme(false);
        FxBackgroundExecutor background = new FxBackgroundExecutor();
        EditionsModel model = new EditionsModel(new EditionService(() -> storage), background, version -> { });
        CatalogueWorkspace workspace = new CatalogueWorkspace(null, model, null, owner -> file.toFile());
        workspace.stage().getScene().getStylesheets().add(Styles.APPLICATION);
        workspace.stage().setWidth(width);
        workspace.stage().setHeight(height);
        workspace.show();
        model.reviewFile(file);
        model.reviewProperty().get().reviewedProperty().addListener((obs, was, reviewed) -> Platform.runLater(() -> {
            AdvisingScreenshots.write(workspace.stage().getScene().snapshot(null), out);
            background.close();
            storage.close();
            delete(folder);
            Platform.exit();
        }));
    }

    private static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
