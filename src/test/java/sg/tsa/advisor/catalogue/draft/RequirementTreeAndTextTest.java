package sg.tsa.advisor.catalogue.draft;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The requirement builder's changes and the one-line texts of requirements, exemptions and badge matches. */
class RequirementTreeAndTextTest {
    private static JsonElement json(String text) {
        return JsonParser.parseString(text);
    }

    @Test
    void addingToTheEmptyAllOfOfANewRuleFillsIt() {
        JsonElement requires = json("{\"allOf\":[]}");
        requires = RequirementTree.add(requires, List.of(), RequirementTree.credential(" a "));
        requires = RequirementTree.add(requires, List.of(), RequirementTree.credential("b"));

        assertThat(requires).isEqualTo(json("{\"allOf\":[\"a\",\"b\"]}"));
        assertThat(DraftText.requirement(requires)).isEqualTo("a AND b");
    }

    @Test
    void addingBesideASingleCredentialMakesAnAllOfAndBesideAPartPutsItInThatPartsGroup() {
        assertThat(RequirementTree.add(new JsonPrimitive("a"), List.of(), RequirementTree.credential("b")))
                .isEqualTo(json("{\"allOf\":[\"a\",\"b\"]}"));
        assertThat(RequirementTree.add(null, List.of(), RequirementTree.credential("a")))
                .isEqualTo(json("{\"allOf\":[\"a\"]}"));
        JsonElement nested = json("{\"allOf\":[\"a\",{\"anyOf\":[\"b\"]}]}");
        assertThat(RequirementTree.add(nested, List.of(1, 0), RequirementTree.credential("c")))
                .isEqualTo(json("{\"allOf\":[\"a\",{\"anyOf\":[\"b\",\"c\"]}]}"));
        assertThat(RequirementTree.add(nested, List.of(1), RequirementTree.group(true)))
                .isEqualTo(json("{\"allOf\":[\"a\",{\"anyOf\":[\"b\",{\"allOf\":[]}]}]}"));
        assertThat(nested).as("the draft's own tree is never changed in place")
                .isEqualTo(json("{\"allOf\":[\"a\",{\"anyOf\":[\"b\"]}]}"));
    }

    @Test
    void removingAPartAndTogglingAGroup() {
        JsonElement requires = json("{\"allOf\":[\"a\",{\"anyOf\":[\"b\",\"c\"]}]}");

        assertThat(RequirementTree.remove(requires, List.of(1, 0)))
                .isEqualTo(json("{\"allOf\":[\"a\",{\"anyOf\":[\"c\"]}]}"));
        assertThat(RequirementTree.remove(requires, List.of())).isEqualTo(json("{\"allOf\":[]}"));
        assertThat(RequirementTree.toggle(requires, List.of(1)))
                .isEqualTo(json("{\"allOf\":[\"a\",{\"allOf\":[\"b\",\"c\"]}]}"));
        assertThat(RequirementTree.toggle(requires, List.of(0))).isEqualTo(requires);
        assertThat(DraftText.requirement(requires)).isEqualTo("a AND (b OR c)");
    }

    @Test
    void exemptionsAndOddRequirementsReadAsWritten() {
        assertThat(DraftText.exempts(json("{\"module\":\"dcn\"}"))).isEqualTo("module dcn");
        assertThat(DraftText.exempts(json("{\"certificate\":\"pdc1\"}"))).isEqualTo("certificate pdc1");
        assertThat(DraftText.requirement(json("{\"anyOf\":[]}"))).isEqualTo("(any of: nothing yet)");
        assertThat(DraftText.requirement(json("[1]"))).isEqualTo("[1]");
    }

    @Test
    void badgeMatchesRoundTripThroughLinesAndAnUnreadableLineIsKeptForTheValidator() {
        List<String> lines = List.of("achievementId https://badges.example/a/1",
                "credlyTemplate 0b1c2d3e-0000-4000-8000-000000000001", "openCerts 0xABC Diploma in Testing", "",
                "a line of its own");

        var matches = DraftText.matches(lines);

        assertThat(matches).hasSize(4);
        assertThat(matches.get(2)).isEqualTo(json("{\"openCerts\":{\"store\":\"0xABC\",\"name\":\"Diploma in "
                + "Testing\"}}"));
        assertThat(matches.get(3)).isEqualTo(new JsonPrimitive("a line of its own"));
        assertThat(DraftText.matchLines(matches)).containsExactly(lines.get(0), lines.get(1), lines.get(2),
                lines.get(4));
        assertThat(DraftText.matches(List.of(" ", ""))).isNull();
    }

    @Test
    void typedNumbersAreKeptAsNumbersOnlyWhenTheyAreJsonNumbers() {
        assertThat(DraftValues.optionalNumber(" 12.5 ").getAsJsonPrimitive().isNumber()).isTrue();
        assertThat(DraftValues.optionalNumber("1e400").toString()).isEqualTo("1e400");
        assertThat(DraftValues.optionalNumber("ten").getAsJsonPrimitive().isString()).isTrue();
        assertThat(DraftValues.optionalNumber("0x10").getAsJsonPrimitive().isString()).isTrue();
        assertThat(DraftValues.optionalNumber(" ")).isNull();
        assertThat(DraftValues.optionalText("  ")).isNull();
        assertThat(DraftValues.texts(List.of(" CCNA", "", "200-301 "))).isEqualTo(json("[\"CCNA\",\"200-301\"]"));
    }

    @Test
    void aReplicaFollowsEditsUndoAndRedoWithoutSharingValuesWithTheDraft() {
        DraftDocument draft = DraftDocument.empty(java.time.LocalDate.of(2026, 12, 1));
        DraftReplica replica = DraftReplica.of(draft);
        draft.apply(new Edit.Insert(JsonPath.of("issuers"), 0, Templates.issuer()));
        draft.set(JsonPath.of("issuers", 0, "id"), new JsonPrimitive("ci"));
        draft.set(JsonPath.of("issuers", 0, "id"), new JsonPrimitive("cisco"));
        draft.set(JsonPath.of("contact", "phone"), new JsonPrimitive("6788 0000"));
        draft.apply(new Edit.Insert(JsonPath.of("issuers"), 0, Templates.issuer()));
        draft.undo();
        draft.undo();
        draft.redo();

        var copy = replica.copy();

        assertThat(copy).isEqualTo(draft.root());
        copy.getAsJsonArray("issuers").get(0).getAsJsonObject().addProperty("id", "changed");
        assertThat(replica.copy()).isEqualTo(draft.root());
    }
}
