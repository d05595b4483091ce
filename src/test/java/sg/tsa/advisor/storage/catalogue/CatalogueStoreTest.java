package sg.tsa.advisor.storage.catalogue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.Requirement;
import sg.tsa.advisor.catalogue.Rule;
import sg.tsa.advisor.catalogue.format.CatalogueWriter;
import sg.tsa.advisor.catalogue.format.InvalidCatalogueException;
import sg.tsa.advisor.catalogue.format.ShippedCatalogue;
import sg.tsa.advisor.storage.DatabaseState;
import sg.tsa.advisor.storage.Storage;
import sg.tsa.advisor.storage.StorageException;
import sg.tsa.advisor.storage.bench.SyntheticCatalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CatalogueStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
    private static final Catalogue SHIPPED = ShippedCatalogue.load();

    @TempDir
    Path temp;
    private Storage storage;
    private CatalogueStore store;

    @BeforeEach
    void open() {
        storage = Storage.open(temp.resolve("data"), CLOCK);
        store = storage.catalogues();
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void editionsLiveSideBySideAndAnyCanBeActivated() {
        Catalogue next = CatalogueRoundTripProperties.withVersion(SHIPPED, "2027.01");

        ImportResult imported = store.importCatalogue(next);

        assertThat(imported.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(store.editions()).extracting(Edition::version, Edition::active)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SHIPPED.version(), false),
                        org.assertj.core.groups.Tuple.tuple("2027.01", true));
        assertThat(store.activeCatalogue().version()).isEqualTo("2027.01");

        store.activate(SHIPPED.version());

        assertThat(store.activeCatalogue().version()).isEqualTo(SHIPPED.version());
        assertThat(CatalogueWriter.toString(store.activeCatalogue())).isEqualTo(CatalogueWriter.toString(SHIPPED));
        assertThat(CatalogueWriter.toString(store.edition("2027.01"))).isEqualTo(CatalogueWriter.toString(next));
    }

    @Test
    void valuesRulesRepeatAreReadBackOnceEach() {
        Catalogue many = SyntheticCatalogue.generate("synthetic-1", 7L, new SyntheticCatalogue.Size(3, 10, 20, 200));
        store.importCatalogue(many);

        Catalogue read = store.edition(many.version());

        assertThat(CatalogueWriter.toString(read)).isEqualTo(CatalogueWriter.toString(many));
        List<Function<Rule, Object>> repeated = List.of(Rule::qualificationId, Rule::sourceId, Rule::exempts);
        for (Function<Rule, Object> value : repeated) {
            Map<Object, Object> first = new HashMap<>();
            int repeats = 0;
            for (Rule rule : read.rules()) {
                Object seen = first.putIfAbsent(value.apply(rule), value.apply(rule));
                if (seen != null) {
                    assertThat(value.apply(rule)).as("rule %s", rule.id()).isSameAs(seen);
                    repeats++;
                }
            }
            assertThat(repeats).isPositive();
        }
    }

    @Test
    void importingAStoredVersionAgainStoresNothingTwice() {
        Map<String, String> before = DatabaseState.of(storage.database());

        ImportResult again = store.importCatalogue(SHIPPED);

        assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.ALREADY_STORED);
        assertThat(DatabaseState.of(storage.database())).isEqualTo(before);
    }

    @Test
    void aStoredVersionWithOtherContentsIsRefusedAndChangesNothing() {
        Catalogue impostor = new Catalogue(SHIPPED.version(), SHIPPED.publishedOn(), "Another Institution", null,
                SHIPPED.sources(), SHIPPED.defaultRecencyYears(), SHIPPED.issuers(), SHIPPED.credentials(),
                SHIPPED.qualifications(), SHIPPED.rules());
        Map<String, String> before = DatabaseState.of(storage.database());

        assertThatThrownBy(() -> store.importCatalogue(impostor)).isInstanceOf(EditionConflictException.class)
                .hasMessageContaining("version \"" + SHIPPED.version() + "\" is already stored with different contents");
        assertThat(DatabaseState.of(storage.database())).isEqualTo(before);
    }

    @Test
    void anInvalidFileIsRejectedWithEveryProblemAndChangesNothing() throws Exception {
        Path file = temp.resolve("bad.json");
        String text = CatalogueWriter.toString(CatalogueRoundTripProperties.withVersion(SHIPPED, "2027.02"))
                .replace("\"requires\": \"cisco-ccna\"", "\"requires\": \"cisco-ccnx\"")
                .replaceFirst("\"publishedOn\": \"[0-9-]+\"", "\"publishedOn\": \"28/11/2026\"");
        Files.writeString(file, text);
        Map<String, String> before = DatabaseState.of(storage.database());

        InvalidCatalogueException thrown = catchThrowableOfType(InvalidCatalogueException.class,
                () -> store.importFile(file));

        assertThat(thrown.problems()).extracting(p -> p.path())
                .contains("$.publishedOn").anyMatch(path -> path.startsWith("$.rules["));
        assertThat(thrown.problems()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(DatabaseState.of(storage.database())).isEqualTo(before);
        assertThat(store.activeCatalogue().version()).isEqualTo(SHIPPED.version());
    }

    @Test
    void aFailureHalfWayThroughTheStoreRollsEverythingBack() {
        // Passes the domain's own checks but not the database's: its very last requirement names a credential the
        // edition does not have, so the import fails after every other row was written.
        List<Rule> rules = new ArrayList<>(SHIPPED.rules());
        Rule last = rules.get(rules.size() - 1);
        rules.add(new Rule("late-failure", last.qualificationId(), last.exempts(),
                new Requirement.AllOf(List.of(new Requirement.Holds(SHIPPED.credentials().get(0).id()),
                        new Requirement.Holds("no-such-credential"))), null, null, null, last.sourceId(), null));
        Catalogue broken = new Catalogue("2027.03", SHIPPED.publishedOn(), SHIPPED.institution(), null,
                SHIPPED.sources(), null, SHIPPED.issuers(), SHIPPED.credentials(), SHIPPED.qualifications(), rules);
        Map<String, String> before = DatabaseState.of(storage.database());

        assertThatThrownBy(() -> store.importCatalogue(broken)).isInstanceOf(StorageException.class);

        assertThat(DatabaseState.of(storage.database())).isEqualTo(before);
        assertThat(CatalogueWriter.toString(store.activeCatalogue())).isEqualTo(CatalogueWriter.toString(SHIPPED));
    }

    @Test
    void activatingAnUnknownVersionNamesTheStoredOnesAndChangesNothing() {
        Map<String, String> before = DatabaseState.of(storage.database());

        assertThatThrownBy(() -> store.activate("1999.01")).isInstanceOf(UnknownEditionException.class)
                .hasMessage("no catalogue edition \"1999.01\" is stored; stored editions: " + SHIPPED.version());
        assertThat(DatabaseState.of(storage.database())).isEqualTo(before);
    }
}
