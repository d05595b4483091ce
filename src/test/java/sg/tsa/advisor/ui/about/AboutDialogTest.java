package sg.tsa.advisor.ui.about;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import sg.tsa.advisor.app.Styles;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.testing.Pom;
import sg.tsa.advisor.ui.CurrentThreadExecutor;
import sg.tsa.advisor.ui.advising.AdvisingView;
import sg.tsa.advisor.ui.advising.AdvisingViewModel;
import sg.tsa.advisor.ui.advising.history.InMemoryConsultations;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.FxWait.waitUntil;

/** The About dialog reached from the advising screen by F1 and by its button, as a counsellor would. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    private AdvisingViewModel model;

    @Start
    void start(Stage stage) {
        Styles.applyTheme(false);
        CurrentThreadExecutor background = new CurrentThreadExecutor();
        InMemoryConsultations store = new InMemoryConsultations(Clock.systemUTC());
        model = new AdvisingViewModel(background, () -> LocalDate.of(2026, 11, 28), "Mei Ling", store, store);
        AdvisingView view = new AdvisingView(model);
        view.setOnAbout(() -> AboutDialog.open(stage, model.catalogueProperty(), background));
        Scene scene = new Scene(view, 1280, 760);
        scene.getStylesheets().add(Styles.APPLICATION);
        stage.setScene(scene);
        stage.show();
        model.load(ShippedCatalogue::load);
    }

    private static boolean aboutIsOpen(FxRobot robot) {
        return robot.listWindows().stream().anyMatch(AboutDialogTest::isAbout);
    }

    private static boolean isAbout(Window w) {
        return w instanceof Stage s && "About Exemption Advisor".equals(s.getTitle()) && s.isShowing();
    }

    @Test
    void f1ShowsThePomsVersionTheActiveCatalogueAndTheLicencesThenEscapeClosesIt(FxRobot robot) throws Exception {
        waitUntil(() -> model.catalogueProperty().get() != null);
        Catalogue active = model.catalogueProperty().get();
        assertThat(aboutIsOpen(robot)).isFalse();

        robot.clickOn("#learnerName").type(KeyCode.F1);
        waitUntil(() -> aboutIsOpen(robot));

        assertThat(robot.lookup("#aboutVersion").queryAs(Label.class).getText()).isEqualTo("Version " + Pom.version());
        assertThat(robot.lookup("#aboutCatalogue").queryAs(Label.class).getText())
                .contains("Catalogue " + active.version()).contains(active.institution());
        waitUntil(() -> !robot.lookup("#licenceText").queryAs(TextArea.class).getText().startsWith("Loading"));
        assertThat(robot.lookup("#licenceText").queryAs(TextArea.class).getText())
                .contains("Copyright 2026 Temasek Polytechnic").contains("Apache License");

        robot.clickOn("Third-party software");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea thirdParty = robot.lookup("#thirdPartyText").queryAs(TextArea.class);
        assertThat(thirdParty.isVisible()).isTrue();
        assertThat(thirdParty.getText()).contains("(org.apache.pdfbox:pdfbox)", "(org.openjfx:javafx-controls)",
                "DejaVu Sans", "Feather icons");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !aboutIsOpen(robot));
    }

    @Test
    void theToolbarButtonOpensItAndCloseClosesIt(FxRobot robot) throws Exception {
        robot.clickOn("#about");
        waitUntil(() -> aboutIsOpen(robot));
        assertThat(robot.lookup("#aboutVersion").queryAs(Label.class).getText()).startsWith("Version ");
        robot.clickOn("#closeAbout");
        waitUntil(() -> !aboutIsOpen(robot));
    }
}
