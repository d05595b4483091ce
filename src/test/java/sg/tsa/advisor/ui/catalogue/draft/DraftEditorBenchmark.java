package sg.tsa.advisor.ui.catalogue.draft;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import sg.tsa.advisor.app.Styles;
import sg.tsa.advisor.catalogue.draft.DraftCheck;
import sg.tsa.advisor.catalogue.draft.DraftDocument;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.bench.SyntheticCatalogue;
import sg.tsa.advisor.ui.FxBackgroundExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

/**
 * Run by hand (never by the build) for the README's performance figures: the draft editor on the 20,000-rule
 * synthetic catalogue, in a real window. Measures filter-as-you-type on the rules table (the FX thread's work for
 * one keystroke: the filter and the table's layout), and what each edit costs: the copy taken on the FX thread,
 * the check and the keep in the background. With {@code --stay} the window stays open (for screenshots).
 * <pre>
 * xvfb-run -a -s "-screen 0 1366x768x24" java -cp "target/classes:target/test-classes:target/lib/*" \
 *     sg.tsa.advisor.ui.catalogue.draft.DraftEditorBenchmark [--stay] [--small] [WIDTHxHEIGHT]
 * </pre>
 */
public final class DraftEditorBenchmark {
    private DraftEditorBenchmark() {
    }

    public static void main(String[] args) {
        // Through a class that is not the Application: the JDK's launcher refuses an Application main class when
        // JavaFX is on the class path rather than the module path.
        Application.launch(Window.class, args);
    }

    /** The window measured. */
    public static final class Window extends Application {
    private FxBackgroundExecutor background;
    private Storage storage;

    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        boolean stay = args.contains("--stay");
        boolean small = args.contains("--small");
        int[] size = args.stream().filter(a -> a.matches("\\d+x\\d+")).findFirst()
                .map(a -> Arrays.stream(a.split("x")).mapToInt(Integer::parseInt).toArray()).orElse(new int[]{1366, 768});
        Path data = Files.createTempDirectory("draft-bench");
        storage = Storage.open(data, Clock.systemUTC());
        if (!small) {
            var catalogue = SyntheticCatalogue.generate("synthetic-1", 42L, SyntheticCatalogue.Size.BENCHMARK);
            storage.catalogueDraft().keep(DraftDocument.of(catalogue).text(), catalogue.version());
        }
        background = new FxBackgroundExecutor();
        Styles.applyTheme(false);
        long opening = System.nanoTime();
        DraftEditorView view = DraftEditors.create(storage, background, Clock.systemUTC());
        Scene scene = new Scene(view, size[0], size[1]);
        scene.getStylesheets().add(Styles.APPLICATION);
        stage.setScene(scene);
        stage.setTitle("Catalogue draft");
        stage.setWidth(size[0]);
        stage.setHeight(size[1]);
        stage.show();
        DraftEditorModel model = view.model();
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        model.checkedProperty().addListener((o, was, is) -> {
            if (is && model.document() != null && model.problems().isEmpty() && !stay && !started.getAndSet(true)) {
                System.out.printf("open and first check: %.0f ms%n", (System.nanoTime() - opening) / 1e6);
                Platform.runLater(() -> measure(view, model));
            }
        });
        if (stay) {
            view.list("rules");
        }
    }

    private void measure(DraftEditorView view, DraftEditorModel model) {
        view.reveal(sg.tsa.advisor.catalogue.draft.JsonPath.of("rules", 0));
        ListSection rules = view.list("rules");
        String[] typed = {"r", "ru", "rul", "rule", "rule-1", "rule-12", "rule-123", "rule-1234", "rule-123", "rule-12",
            "rule-1", "rule", "", "cred-1", "cred-17", "cred-177", "", "dcn", "zzz", ""};
        long[] filter = new long[typed.length * 5];
        for (int i = 0; i < filter.length; i++) {
            long start = System.nanoTime();
            rules.filter().setText(typed[i % typed.length]);
            rules.table().applyCss();
            rules.table().layout();
            filter[i] = System.nanoTime() - start;
        }
        long[] keystroke = new long[40];
        var note = sg.tsa.advisor.catalogue.draft.JsonPath.of("rules", 7, "note");
        for (int i = 0; i < keystroke.length; i++) {
            long start = System.nanoTime();
            model.set(note, sg.tsa.advisor.catalogue.draft.DraftValues.optionalText("checked by the office".substring(0,
                    1 + i % 20)));
            keystroke[i] = System.nanoTime() - start;
        }
        var copy = model.document().snapshot();
        background.run(() -> {
            long[] check = new long[3];
            long[] keep = new long[3];
            for (int i = 0; i < check.length; i++) {
                long start = System.nanoTime();
                DraftCheck.of(model.document() == null ? copy : copy.deepCopy());
                check[i] = System.nanoTime() - start;
                start = System.nanoTime();
                storage.catalogueDraft().keep(DraftDocument.text(copy), "synthetic-1");
                keep[i] = System.nanoTime() - start;
            }
            return new long[][]{check, keep};
        }, times -> {
            System.out.printf("rules: %d; filter keystroke (filter + table layout, FX thread), median %.1f ms, "
                    + "max %.1f ms%n", rules.table().getItems().size(), median(filter), max(filter));
            System.out.printf("first filter keystroke: %.0f ms%n", filter[0] / 1e6);
            System.out.printf("one edit typed in a rule's field (FX thread, the editor following it), median %.2f ms,"
                    + " max %.1f ms%n", median(keystroke), max(keystroke));
            System.out.printf("check (background), median %.0f ms; keep (text + one transaction), median %.0f ms%n",
                    median(times[0]), median(times[1]));
            Platform.exit();
        }, e -> {
            e.printStackTrace();
            Platform.exit();
        });
    }

    @Override
    public void stop() {
        background.close();
        storage.close();
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
}
}
