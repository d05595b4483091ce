package sg.tsa.advisor.storage.cataloguedraft;

import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.catalogue.draft.DraftDocument;
import sg.tsa.advisor.catalogue.draft.DraftValues;
import sg.tsa.advisor.catalogue.draft.JsonPath;
import sg.tsa.advisor.storage.Storage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue draft kept in a real database file, across closing and reopening it. */
class CatalogueDraftStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aDraftWithProblemsComesBackAsItWasTypedAfterARestart() {
        DraftDocument draft = DraftDocument.empty(LocalDate.of(2026, 12, 1));
        draft.set(JsonPath.of("version"), new JsonPrimitive("2027.01"));
        draft.set(JsonPath.of("defaults", "recencyYears"), DraftValues.optionalNumber("four"));
        try (Storage storage = Storage.open(dir, CLOCK)) {
            assertThat(storage.catalogueDraft().load()).isEmpty();
            storage.catalogueDraft().keep(draft.text(), "2026.11");
        }
        try (Storage storage = Storage.open(dir, CLOCK)) {
            CatalogueDraftStore.Kept kept = storage.catalogueDraft().load().orElseThrow();
            DraftDocument back = DraftDocument.parse(kept.content(), kept.basedOn());

            assertThat(back.root()).isEqualTo(draft.root());
            assertThat(kept.basedOn()).isEqualTo("2026.11");
            assertThat(kept.keptAt()).isEqualTo(CLOCK.instant());
        }
    }

    @Test
    void keepingReplacesTheDraftAndDiscardingForgetsIt() {
        try (Storage storage = Storage.open(dir, CLOCK)) {
            CatalogueDraftStore store = storage.catalogueDraft();
            store.keep("{\"version\":\"a\"}", null);
            store.keep("{\"version\":\"b\"}", "2026.11");

            assertThat(store.load()).hasValueSatisfying(k -> {
                assertThat(k.content()).isEqualTo("{\"version\":\"b\"}");
                assertThat(k.basedOn()).isEqualTo("2026.11");
            });
            assertThat(store.discard()).isTrue();
            assertThat(store.load()).isEmpty();
            assertThat(store.discard()).isFalse();
        }
    }
}
