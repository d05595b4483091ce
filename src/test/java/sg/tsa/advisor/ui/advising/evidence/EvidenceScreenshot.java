package sg.tsa.advisor.ui.advising.evidence;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import sg.tsa.advisor.app.Styles;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.format.CatalogueReader;
import sg.tsa.advisor.catalogue.format.CatalogueWriter;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.evidence.EvidenceReader;
import sg.tsa.advisor.evidence.MadeFiles;
import sg.tsa.advisor.evidence.TrustedKeys;
import sg.tsa.advisor.ui.FxBackgroundExecutor;
import sg.tsa.advisor.ui.advising.AdvisingScreenshots;
import sg.tsa.advisor.ui.advising.AdvisingView;
import sg.tsa.advisor.ui.advising.AdvisingViewModel;
import sg.tsa.advisor.ui.advising.history.InMemoryConsultations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Run by hand under Xvfb for the README: the advising screen after a Credly badge (PNG), a signed Open Badges 3.0
 * credential and an unlisted badge were added from files, on the shipped catalogue given {@code matches} here.
 * {@code xvfb-run -a -s "-screen 0 1366x768x24" java -cp ... EvidenceScreenshot 1366 768 docs/evidence-files.png}
 */
public final class EvidenceScreenshot {
    private EvidenceScreenshot() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** Kept apart from the main class so that a class-path launch works (see the Launcher). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            List<String> raw = getParameters().getRaw();
            Styles.applyTheme(false);
            FxBackgroundExecutor background = new FxBackgroundExecutor();
            InMemoryConsultations store = new InMemoryConsultations(Clock.systemUTC());
            AdvisingViewModel model = new AdvisingViewModel(background, () -> LocalDate.of(2026, 11, 28), "Mei Ling",
                    store, store);
            AdvisingView view = new AdvisingView(model);
            EvidenceFilesModel files = new EvidenceFilesModel(background, model,
                    new EvidenceReader(TrustedKeys.none()));
            EvidenceFilesView.install(view, files, List::of);
            Scene scene = new Scene(view, Integer.parseInt(raw.get(0)), Integer.parseInt(raw.get(1)));
            scene.getStylesheets().add(Styles.APPLICATION);
            stage.setScene(scene);
            stage.show();
            Catalogue catalogue = withMatches();
            model.load(() -> catalogue);
            Path folder = Files.createTempDirectory("evidence-screenshot");
            List<Path> learnerFiles = List.of(
                    Files.write(folder.resolve("aws-saa.png"), MadeFiles.bakedPng("openbadges", MadeFiles.ob2Assertion(
                            "https://api.credly.com/v1/obi/v2/badge_classes/" + TEMPLATE,
                            "AWS Certified Solutions Architect – Associate", "2024-08-30T00:00:00.000Z").toString(),
                            false)),
                    Files.writeString(folder.resolve("ccna.json"), MadeFiles.signDataIntegrity(
                            MadeFiles.ob3Credential("Cisco Certified Network Associate", "2024-06-01T00:00:00Z",
                                    "2027-06-01T00:00:00Z"), MadeFiles.keyPair(1)).toString()),
                    Files.write(folder.resolve("forklift.png"), MadeFiles.bakedPng("openbadges",
                            MadeFiles.ob2Assertion("https://badges.example.org/classes/7", "Forklift Safety",
                                    "2024-01-01").toString(), false)));
            model.header().learnerNameProperty().set("Tan Ah Kow");
            whenLoaded(model, () -> files.add(learnerFiles));
            new Thread(() -> {
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Platform.runLater(() -> {
                    AdvisingScreenshots.write(scene.snapshot(null), raw.get(2));
                    background.close();
                    Platform.exit();
                });
            }).start();
        }
    }

    static final String TEMPLATE = "0e8a3b2c-5d9f-4e61-a1b7-2f3c4d5e6f70";

    private static void whenLoaded(AdvisingViewModel model, Runnable then) {
        if (model.catalogueProperty().get() == null) {
            Platform.runLater(() -> whenLoaded(model, then));
        } else {
            then.run();
        }
    }

    /** The shipped catalogue with example matches (not real Credly or 1EdTech ids) for AWS SAA and CCNA. */
    private static Catalogue withMatches() throws Exception {
        JsonObject json = JsonParser.parseString(CatalogueWriter.toString(ShippedCatalogue.load())).getAsJsonObject();
        for (JsonElement element : json.getAsJsonArray("credentials")) {
            JsonObject credential = element.getAsJsonObject();
            String id = credential.get("id").getAsString();
            JsonArray matches = new JsonArray();
            JsonObject match = new JsonObject();
            if (id.equals("aws-saa")) {
                match.addProperty("credlyTemplate", TEMPLATE);
            } else if (id.equals("cisco-ccna")) {
                match.addProperty("achievementId", MadeFiles.ACHIEVEMENT_ID);
            } else {
                continue;
            }
            matches.add(match);
            credential.add("matches", matches);
        }
        return CatalogueReader.read(json.toString());
    }
}
