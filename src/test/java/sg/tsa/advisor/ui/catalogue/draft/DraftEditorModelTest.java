package sg.tsa.advisor.ui.catalogue.draft;

import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.catalogue.draft.DraftValues;
import sg.tsa.advisor.catalogue.draft.JsonPath;
import sg.tsa.advisor.catalogue.format.CatalogueProblem;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.cataloguedraft.DraftPublisher;
import sg.tsa.advisor.ui.BackgroundExecutor;
import sg.tsa.advisor.ui.CurrentThreadExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.ui.catalogue.draft.EditorWindow.CLOCK;

/** The draft editor's view model without a screen, on a real data folder. */
class DraftEditorModelTest {
    @TempDir
    Path dir;

    private Storage storage;

    @BeforeEach
    void open() {
        storage = Storage.open(dir.resolve("data"), CLOCK);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private DraftEditorModel model(BackgroundExecutor background) {
        return new DraftEditorModel(storage.catalogueDraft(), storage.catalogues(),
                new DraftPublisher(storage.catalogues(), storage.trustedKeys()), background, CLOCK, Debounce.NONE);
    }

    @Test
    void withNothingKeptTheDraftStartsFromTheActiveEditionAndEachEditIsKeptForTheNextStart() {
        DraftEditorModel first = model(new CurrentThreadExecutor());
        first.open();
        assertThat(first.document().basedOn()).isEqualTo(ShippedCatalogue.load().version());
        assertThat(first.checkedProperty().get()).isTrue();
        assertThat(first.problems()).isEmpty();

        first.set(JsonPath.of("institution"), DraftValues.text(""));

        assertThat(first.problems()).extracting(CatalogueProblem::path).containsExactly("$.institution");
        assertThat(first.canUndoProperty().get()).isTrue();
        DraftEditorModel second = model(new CurrentThreadExecutor());
        second.open();
        assertThat(second.document().root()).isEqualTo(first.document().root());
        assertThat(second.problems()).extracting(CatalogueProblem::path).containsExactly("$.institution");
        assertThat(second.canUndoProperty().get()).isFalse();
    }

    @Test
    void aKeptDraftThatCannotBeReadIsSaidAndANewOneFromTheActiveEditionShownWithoutReplacingItYet() {
        storage.catalogueDraft().keep("{\"version\": ", null);
        DraftEditorModel model = model(new CurrentThreadExecutor());

        model.open();

        assertThat(model.document().basedOn()).isEqualTo(ShippedCatalogue.load().version());
        assertThat(model.statusProperty().get()).startsWith("The kept draft could not be read (")
                .endsWith("this is a new draft from edition " + ShippedCatalogue.load().version()
                        + "; the kept one is replaced at the first edit");
        assertThat(storage.catalogueDraft().load().orElseThrow().content()).isEqualTo("{\"version\": ");
    }

    @Test
    void choosingAProblemAsksTheEditorToShowItsPath() {
        DraftEditorModel model = model(new CurrentThreadExecutor());
        model.open();
        model.set(JsonPath.of("rules", 2, "recencyYears"), DraftValues.optionalNumber("0"));

        model.goTo(model.problems().get(0));

        assertThat(model.revealProperty().get()).isEqualTo(JsonPath.of("rules", 2, "recencyYears"));
    }

    @Test
    void aCheckThatFinishesAfterANewerOneIsNotShown() {
        Deferred background = new Deferred();
        DraftEditorModel model = model(background);
        model.open();
        background.runAll();
        model.set(JsonPath.of("institution"), DraftValues.text(""));
        Runnable olderResult = background.workNowResultLater();
        model.endTyping();
        model.set(JsonPath.of("institution"), DraftValues.text("Back again"));
        background.runAll();
        assertThat(model.problems()).isEmpty();

        olderResult.run();

        assertThat(model.problems()).as("the older check found the blank institution; it must not be shown").isEmpty();
        assertThat(storage.catalogueDraft().load().orElseThrow().content()).contains("\"institution\":\"Back again\"");
    }

    @Test
    void publishingIsRefusedWithTheProblemsThenDoneAndTheDraftIsBasedOnTheNewEdition() {
        DraftEditorModel model = model(new CurrentThreadExecutor());
        model.open();
        model.set(JsonPath.of("credentials", 0, "issuer"), new JsonPrimitive("nobody"));
        Path file = dir.resolve("out.json");
        List<String> said = new ArrayList<>();

        model.publish(file.toString(), "", false, said::addAll);

        assertThat(said.get(0)).isEqualTo("the draft has 1 problem; nothing written:");
        assertThat(Files.exists(file)).isFalse();

        model.undo();
        model.set(JsonPath.of("version"), DraftValues.text("2026.12"));
        said.clear();
        model.publish(file.toString(), " ", true, said::addAll);

        assertThat(said).containsExactly("Wrote edition 2026.12 to " + file + ".",
                "Not signed: laptops that trust a key will refuse it.",
                "Imported here; it is now the active edition.");
        assertThat(model.document().basedOn()).isEqualTo("2026.12");
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(storage.catalogues().activeEdition().orElseThrow().version()).isEqualTo("2026.12");
        assertThat(storage.catalogueDraft().load().orElseThrow().basedOn()).isEqualTo("2026.12");
    }

    /** Holds background work until the test runs it. */
    private static final class Deferred implements BackgroundExecutor {
        private record Task<T>(Callable<T> work, Consumer<T> onSuccess) {
            Runnable runWork() throws Exception {
                T result = work.call();
                return () -> onSuccess.accept(result);
            }
        }

        private final Deque<Task<?>> waiting = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            waiting.add(new Task<>(work, onSuccess));
        }

        void runAll() {
            while (!waiting.isEmpty()) {
                try {
                    waiting.removeFirst().runWork().run();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        }

        /** Runs the oldest task's work now; its result is delivered when the returned action runs. */
        Runnable workNowResultLater() {
            try {
                return waiting.removeFirst().runWork();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }
}
