package sg.tsa.advisor.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.storage.DataDirectory;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.ui.FxBackgroundExecutor;
import sg.tsa.advisor.ui.advising.AdvisingView;
import sg.tsa.advisor.ui.advising.AdvisingViewModel;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/** The window, and the composition root that wires services to view models. */
public final class ExemptionAdvisorApp extends Application {
    private FxBackgroundExecutor background;
    private volatile Storage storage;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        background = new FxBackgroundExecutor();
        AdvisingViewModel model = new AdvisingViewModel(background, LocalDate.now());
        Scene scene = new Scene(new AdvisingView(model), 1280, 720);
        scene.getStylesheets().add(Styles.APPLICATION);
        stage.setTitle("Exemption Advisor");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        new StorageStartup(background, dataDirectory(), Clock.systemDefaultZone(), new FxStartupDialogs(stage),
                new StorageStartup.Outcome() {
                    @Override
                    public void ready(Storage opened) {
                        storage = opened;
                        model.load(opened.catalogues()::activeCatalogue);
                    }

                    @Override
                    public void withoutStorage() {
                        model.load(ShippedCatalogue::load);
                    }

                    @Override
                    public void quit() {
                        Platform.exit();
                    }
                }).start();
    }

    /** {@code --data-dir=DIR} as passed by the launcher, else the variable, else the platform's folder. */
    private Path dataDirectory() {
        String option = getParameters().getNamed().get("data-dir");
        return DataDirectory.resolve(option == null ? null : Path.of(option));
    }

    @Override
    public void stop() {
        if (background != null) {
            background.close();
        }
        if (storage != null) {
            storage.close();
        }
    }
}
