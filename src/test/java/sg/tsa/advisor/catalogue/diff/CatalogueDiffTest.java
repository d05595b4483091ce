package sg.tsa.advisor.catalogue.diff;

import org.junit.jupiter.api.Test;
import sg.tsa.advisor.catalogue.Catalogue;
import sg.tsa.advisor.catalogue.diff.Change.Kind;
import sg.tsa.advisor.catalogue.diff.Change.Type;
import sg.tsa.advisor.testing.CatalogueBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.tsa.advisor.testing.CatalogueBuilder.allOf;
import static sg.tsa.advisor.testing.CatalogueBuilder.catalogue;

/** The changes between two editions, each in words, matched by id; nothing reported for what is the same. */
class CatalogueDiffTest {

    private static CatalogueBuilder base() {
        return catalogue().defaultRecency(4).credentials("a", "b", "c")
                .qualification("q1", "Q one", true, "m1", "m2")
                .certificate("q1", "pdc1", "m1")
                .qualification("q2", "Q two", false, "m1")
                .moduleRule("r1", "q1", "m1", "a").ruleField("r1", "recencyYears", 4)
                .moduleRule("r2", "q2", "m1", "b");
    }

    private static List<Change> diff(CatalogueBuilder old, CatalogueBuilder updated) {
        return CatalogueDiff.between(old.build(), updated.build());
    }

    @Test
    void anEditionComparedWithItselfHasNoChanges() {
        Catalogue catalogue = base().build();
        assertThat(CatalogueDiff.between(catalogue, catalogue)).isEmpty();
        assertThat(diff(base(), base().set("$.version", "other").set("$.publishedOn", "2027-01-01"))).isEmpty();
    }

    @Test
    void aRulesRecencyIsSaidWithBothValues() {
        List<Change> changes = diff(base(), base().ruleField("r1", "recencyYears", 3));
        assertThat(changes).containsExactly(new Change(Type.CHANGED, Kind.RULE, "r1", null, List.of("recencyYears"),
                "rule r1: recency 4 → 3 years"));
    }

    @Test
    void severalFieldsOfOneRuleAreOneChange() {
        List<Change> changes = diff(base(), base().ruleField("r2", "requires", allOf("b", "c"))
                .ruleField("r2", "effectiveFrom", "2027-01-01").ruleField("r2", "note", "new note"));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.fields()).containsExactly("requires", "effectiveFrom", "note");
            assertThat(c.text()).isEqualTo("rule r2: requires b → b and c; in force from none → 2027-01-01; "
                    + "note added");
        });
    }

    @Test
    void aModulesTitleChangeNamesItsQualification() {
        List<Change> changes = diff(base(), base().set("$.qualifications[0].modules[1].title", "Renamed"));
        assertThat(changes).containsExactly(new Change(Type.CHANGED, Kind.MODULE, "m2", "q1", List.of("title"),
                "module m2 of q1: title changed"));
    }

    @Test
    void addedAndRemovedEntriesAreListedWithWhatTheyAre() {
        CatalogueBuilder updated = base().credentials("d").remove("$.rules[1]")
                .moduleRule("r3", "q1", "m2", allOf("a", "d"));
        List<Change> changes = diff(base(), updated);
        assertThat(changes).extracting(Change::text).containsExactly(
                "credential d added: \"Credential d\"",
                "rule r2 removed: exempts module m1 of q2 for b",
                "rule r3 added: exempts module m2 of q1 for a and d");
        assertThat(changes).extracting(Change::change).containsExactly(Type.ADDED, Type.REMOVED, Type.ADDED);
    }

    @Test
    void aCredentialsDigitalMatchesAreCompared() {
        List<Change> changes = diff(base(), base().setJson("$.credentials[0].matches",
                "[{\"credlyTemplate\": \"0c3f1a52-7d4e-4b6a-9a51-2f1d8e6c9b01\"}]"));
        assertThat(changes).extracting(Change::text).containsExactly("credential a: digital credential matches 0 → 1");
        assertThat(changes.get(0).fields()).containsExactly("matches");
    }

    @Test
    void certificatesDefaultsAndQualificationsAreCompared() {
        CatalogueBuilder updated = base().defaultRecency(3).set("$.qualifications[0].certificates[0].modules",
                com.google.gson.JsonParser.parseString("[\"m1\", \"m2\"]")).set("$.qualifications[1].structureComplete",
                true);
        List<Change> changes = diff(base(), updated);
        assertThat(changes).extracting(Change::text).containsExactly(
                "defaults: default recency 4 → 3 years (for every rule without its own)",
                "qualification q2: module list now complete",
                "certificate pdc1 of q1: modules m1 → m1, m2");
        assertThat(changes).extracting(Change::kind).containsExactly(Kind.DEFAULTS, Kind.QUALIFICATION,
                Kind.CERTIFICATE);
    }
}
