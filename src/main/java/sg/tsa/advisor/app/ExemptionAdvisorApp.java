package sg.tsa.advisor.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.ui.FxBackgroundExecutor;
import sg.tsa.advisor.ui.advising.AdvisingView;
import sg.tsa.advisor.ui.advising.AdvisingViewModel;

import java.time.LocalDate;

/** The window, and the composition root that wires services to view models. */
public final class ExemptionAdvisorApp extends Application {
    private FxBackgroundExecutor background;

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
        model.load(ShippedCatalogue::load);
    }

    @Override
    public void stop() {
        if (background != null) {
            background.close();
        }
    }
}
