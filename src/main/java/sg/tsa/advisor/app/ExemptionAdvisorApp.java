package sg.tsa.advisor.app;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import sg.tsa.advisor.evidence.EvidenceReader;
import sg.tsa.advisor.evidence.TrustedKeys;
import sg.tsa.advisor.ui.HanText;
import sg.tsa.advisor.ui.advising.evidence.EvidenceFilesModel;
import sg.tsa.advisor.ui.advising.evidence.EvidenceFilesView;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.storage.DataDirectory;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.catalogue.Edition;
import sg.tsa.advisor.storage.settings.Theme;
import sg.tsa.advisor.storage.settings.WindowLook;
import sg.tsa.advisor.ui.FxBackgroundExecutor;
import sg.tsa.advisor.ui.catalogue.draft.DraftEditors;
import sg.tsa.advisor.ui.about.AboutDialog;
import sg.tsa.advisor.ui.advising.AdvisingView;
import sg.tsa.advisor.ui.advising.AdvisingViewModel;
import sg.tsa.advisor.ui.advising.TextSizeScroll;
import sg.tsa.advisor.ui.advising.EditionBanner;
import sg.tsa.advisor.ui.advising.EditionWatch;
import sg.tsa.advisor.ui.advising.draft.LocalDrafts;
import sg.tsa.advisor.ui.advising.history.LocalHistory;
import sg.tsa.advisor.ui.advising.settings.LocalSettings;
import sg.tsa.advisor.ui.advising.settings.UserSettings;
import sg.tsa.advisor.ui.summary.LocalSaveFolder;
import sg.tsa.advisor.ui.summary.SummaryActions;
import sg.tsa.advisor.editions.EditionService;
import sg.tsa.advisor.ui.catalogue.CatalogueWorkspace;
import sg.tsa.advisor.ui.catalogue.EditionsModel;
import sg.tsa.advisor.ui.catalogue.UnsignedNote;
import sg.tsa.advisor.ui.catalogue.UnsignedNoteModel;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/** The window, and the composition root that wires services to view models. */
public final class ExemptionAdvisorApp extends Application {
    /** Passed by {@link Launcher} for {@code --measure-startup}. */
    static final String MEASURE_STARTUP = "--measure-startup";

    private FxBackgroundExecutor background;
    private volatile Storage storage;
    private EditionWatch editions;
    private Timeline watching;
    private CatalogueWorkspace workspace;
    /** The look of the first frame, read before the window is built (decision 0145). */
    private WindowLook look = WindowLook.DEFAULTS;
    /** Completed once the start on the local database is over: opened, given up on, or quitting. */
    private final CompletableFuture<Void> storageStarted = new CompletableFuture<>();
    /** Asks for a catalogue file to import; tests give a file instead of a chooser. */
    Function<Window, File> catalogueFiles = ExemptionAdvisorApp::chooseCatalogueFile;

    /** Reads the look the window was last left with; runs on JavaFX's launcher thread, not the FX thread. */
    @Override
    public void init() {
        look = WindowLook.read(dataDirectory());
    }

    @Override
    public void start(Stage stage) {
        boolean dark = look.theme() == Theme.DARK;
        Styles.applyTheme(dark);
        background = new FxBackgroundExecutor();
        Clock clock = Clock.systemDefaultZone();
        // Until the local database is open (in the background, below), nothing can be saved and no learner is found.
        LocalHistory history = new LocalHistory(clock);
        LocalSettings settings = new LocalSettings();
        LocalDrafts drafts = new LocalDrafts();
        AdvisingViewModel model = new AdvisingViewModel(background, LocalDate::now, "",
                history, history, settings, drafts, clock);
        model.assumeLook(dark, look.textSize());
        model.darkThemeProperty().addListener((obs, old, now) -> Styles.applyTheme(now));
        model.onPrintProperty().set(new PrintSummary(new SummaryActions(background, new LocalSaveFolder(() -> storage)),
                () -> stage, clock));
        model.actions().confirmationProperty().set(new AlertConfirmation(stage));
        model.unsavedQuestionProperty().set(new AlertUnsavedQuestion(stage));
        // Closing the window with an unsaved consultation asks first; Cancel keeps the window open.
        stage.setOnCloseRequest(e -> {
            e.consume();
            model.leave(stage::close);
        });
        // An edition made active elsewhere is looked for when the window regains focus and every 30 seconds.
        editions = new EditionWatch(model, background, () -> storage == null ? null
                : storage.catalogues().activeEdition().map(Edition::version).orElse(null),
                () -> storage.catalogues().activeCatalogue());
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                editions.check();
            }
        });
        watching = new Timeline(new KeyFrame(Duration.seconds(30), e -> editions.check()));
        watching.setCycleCount(Animation.INDEFINITE);
        watching.play();
        DataNotice notice = new DataNotice();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        AdvisingView view = new AdvisingView(model);
        EvidenceFilesView.install(view, new EvidenceFilesModel(background, model, new EvidenceReader(TrustedKeys.none())),
                () -> credentialFiles().showOpenMultipleDialog(stage));
        view.setOnAbout(() -> AboutDialog.open(stage, model.catalogueProperty(), background));
        UnsignedNoteModel unsigned = new UnsignedNoteModel(model.catalogueProperty(), background,
                () -> storage == null ? List.of() : storage.catalogues().editions());
        view.setEditionNote(new UnsignedNote(unsigned));
        view.setOnCatalogue(() -> openCatalogue(stage, unsigned));
        BorderPane root = new BorderPane(view);
        root.setTop(new VBox(notice, new EditionBanner(editions)));
        // Enlarged text scrolls the window rather than clipping it (Ctrl+= / Ctrl+- / Ctrl+0).
        Scene scene = new Scene(TextSizeScroll.around(root, model.textSizeProperty()),
                Math.min(1600, screen.getWidth()), Math.min(1000, screen.getHeight()));
        scene.getStylesheets().add(Styles.APPLICATION);
        if (getParameters().getRaw().contains(MEASURE_STARTUP)) {
            StartupMeasurement.printAfterFirstFrame(scene, System.out, storageStarted);
        }
        // The database is opened once the first frame is laid out: opening it (integrity check, migrations, backup)
        // and loading the catalogue would otherwise compete with building that frame (decision 0145). Until then
        // the window shows the look file's theme and text size, and the catalogue as loading.
        afterFirstLayout(scene, () -> {
            startStorage(stage, clock, history, settings, drafts, model, notice);
            // The Han face for names in Chinese, read now rather than when the first such name is typed.
            background.run(() -> {
                HanText.load();
                return null;
            }, loaded -> { }, failed -> { });
        });
        stage.setTitle("Exemption Advisor");
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(600);
        if (screen.getWidth() <= 1440) {
            ScreenFilling.fill(stage, screen);
        }
        stage.show();
    }

    /** Runs {@code then} on the FX thread once, after the scene's first layout pulse is over. */
    private static void afterFirstLayout(Scene scene, Runnable then) {
        AtomicBoolean done = new AtomicBoolean();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (done.compareAndSet(false, true)) {
                // Removed and run after the pulse: the scene is going through its listeners right now.
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    then.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Opens the Catalogue workspace (one per window), which switches the screen to an edition activated there. */
    private void openCatalogue(Stage stage, UnsignedNoteModel unsigned) {
        if (workspace == null) {
            EditionsModel model = new EditionsModel(new EditionService(() -> storage), background, version -> {
                editions.activatedHere();
                unsigned.refresh();
            });
            // An edition published and activated in the Draft tab is followed as one activated on the Editions tab.
            workspace = new CatalogueWorkspace(stage, model, () -> DraftEditors.create(storage, background,
                    Clock.systemDefaultZone(), () -> {
                        editions.activatedHere();
                        unsigned.refresh();
                        model.refresh();
                    }), owner -> catalogueFiles.apply(owner));
        }
        workspace.show();
    }

    private static File chooseCatalogueFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a catalogue file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Catalogue files", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser.showOpenDialog(owner);
    }

    private static FileChooser credentialFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add credentials from the learner's files");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Badges and certificates", "*.png", "*.svg", "*.json", "*.jwt",
                        "*.opencert"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    private void startStorage(Stage stage, Clock clock, LocalHistory history, LocalSettings settings,
                              LocalDrafts drafts, AdvisingViewModel model, DataNotice notice) {
        new StorageStartup(background, dataDirectory(), clock, new FxStartupDialogs(stage, clock),
                new StorageStartup.Outcome() {
                    private volatile UserSettings.Snapshot read;

                    @Override
                    public void opened(Storage opened) {
                        settings.attach(opened);
                        try {
                            read = settings.read();
                        } catch (RuntimeException e) {
                            read = null; // read again once ready, which reports the problem on the screen
                        }
                    }

                    @Override
                    public void ready(Storage opened) {
                        storage = opened;
                        history.attach(opened);
                        drafts.attach(opened);
                        notice.show(DataNotice.about(opened));
                        if (read != null) {
                            model.useSettings(read);
                        } else {
                            model.loadSettings();
                        }
                        model.load(opened.catalogues()::activeCatalogue);
                        storageStarted.complete(null);
                    }

                    @Override
                    public void withoutStorage() {
                        model.load(ShippedCatalogue::load);
                        storageStarted.complete(null);
                    }

                    @Override
                    public void quit() {
                        storageStarted.complete(null);
                        Platform.exit();
                    }
                }).start();
    }

    /** {@code --data-dir=DIR} as passed by the launcher, else the variable, else the platform's folder. */
    private Path dataDirectory() {
        String option = getParameters().getNamed().get("data-dir");
        return DataDirectory.resolve(option == null ? null : Path.of(option));
    }

    /** Looks for an edition made active elsewhere now, as regaining the focus does. */
    void checkEdition() {
        editions.check();
    }

    /** Whether the check asked last is still under way. */
    boolean checkingEdition() {
        return editions.checking();
    }

    @Override
    public void stop() {
        if (watching != null) {
            watching.stop();
        }
        if (background != null) {
            background.close();
        }
        if (storage != null) {
            storage.close();
        }
    }
}
